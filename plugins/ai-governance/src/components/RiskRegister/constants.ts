import type {
  LifecycleStage,
  RiskStatus,
} from '@aigov/plugin-ai-governance-common';

/** Statuses the heat maps count: closed risks no longer need attention. */
export const OPEN_STATUSES: readonly RiskStatus[] = [
  'open',
  'treating',
  'accepted',
];

/** Categories the risk library uses; the field stays free text. */
export const RISK_CATEGORIES = [
  'fairness',
  'robustness',
  'privacy',
  'security',
  'transparency',
  'accountability',
  'safety',
  'supplier',
  'legal',
];

/** Life-cycle stages in words, for the form's options and its messages. */
export const LIFECYCLE_STAGE_LABELS: Record<LifecycleStage, string> = {
  design: 'Design',
  data: 'Data collection and preparation',
  development: 'Model development',
  verification: 'Verification and validation',
  deployment: 'Deployment',
  operation: 'Operation and monitoring',
  retirement: 'Retirement',
};
