import type { RiskStatus } from '@aigov/plugin-ai-governance-common';

/** Statuses the heat maps count: closed risks no longer need attention. */
export const OPEN_STATUSES: readonly RiskStatus[] = [
  'open',
  'treating',
  'accepted',
];

/** Words for the 1–5 scales, so a number means the same to every reader. */
export const LIKELIHOOD_LABELS: Record<number, string> = {
  1: 'rare',
  2: 'unlikely',
  3: 'possible',
  4: 'likely',
  5: 'almost certain',
};

export const IMPACT_LABELS: Record<number, string> = {
  1: 'negligible',
  2: 'minor',
  3: 'moderate',
  4: 'major',
  5: 'severe',
};

export const SCALE = [1, 2, 3, 4, 5] as const;

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

/*
 * Why a button is disabled. The wording follows the default permission
 * policy; a deployment with another policy still gets an honest reason.
 */
export const DENIED = {
  create: 'Only the owning team and the governance office can record risks',
  update: 'Only the owning team and the governance office can change risks',
  accept: 'Only the governance office can approve accepting a risk',
  checking: 'Checking your permissions…',
  failed: 'Could not check your permissions; reload the page to try again',
} as const;
