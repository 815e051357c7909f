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
