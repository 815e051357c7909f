import type {
  CorrectiveActionStatus,
  EffectivenessResult,
  NonconformitySource,
  NonconformityStatus,
} from '@aigov/plugin-ai-governance-common';

/** Words for where a nonconformity stands. */
export const NONCONFORMITY_STATUS_LABELS: Record<NonconformityStatus, string> =
  {
    open: 'Open',
    'actions-planned': 'Actions planned',
    verifying: 'Verifying',
    closed: 'Closed',
  };

/** Words for where a nonconformity was found. */
export const SOURCE_LABELS: Record<NonconformitySource, string> = {
  incident: 'Incident',
  'internal-audit': 'Internal audit',
  'management-review': 'Management review',
  monitoring: 'Monitoring',
  other: 'Other',
};

/** The sources a nonconformity is recorded from on its own; one from an incident is opened on the incident. */
export const RECORDED_SOURCES = [
  'internal-audit',
  'management-review',
  'monitoring',
  'other',
] as const satisfies readonly NonconformitySource[];

/** What the source reference of each source names, as the hint under it. */
export const SOURCE_REFERENCE_HINTS: Record<NonconformitySource, string> = {
  incident: 'The incident it came from',
  'internal-audit': 'The audit and finding, e.g. IA-2026-04 finding 3',
  'management-review': 'The date of the review, e.g. 2026-10-14',
  monitoring: 'The alert, check or dashboard that showed it',
  other: 'Where it was found, so others can look it up',
};

/** Words for where a corrective action stands. */
export const ACTION_STATUS_LABELS: Record<CorrectiveActionStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
};

/** Words for what an effectiveness review found. */
export const RESULT_LABELS: Record<EffectivenessResult, string> = {
  effective: 'Effective',
  'not-effective': 'Not effective',
};
