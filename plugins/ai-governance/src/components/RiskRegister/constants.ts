import type { RiskStatus } from '@aigov/plugin-ai-governance-common';

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
