import type {
  AuditFindingKind,
  AuditStatus,
} from '@aigov/plugin-ai-governance-common';

/** An audit status in words. */
export const AUDIT_STATUS_LABELS: Record<AuditStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** A finding kind in words. */
export const FINDING_KIND_LABELS: Record<AuditFindingKind, string> = {
  conformity: 'Conformity',
  observation: 'Observation',
  opportunity: 'Opportunity for improvement',
  'minor-nonconformity': 'Minor nonconformity',
  'major-nonconformity': 'Major nonconformity',
};

/** Why the audit buttons are disabled; the wording follows the default policy. */
export const AUDIT_UPDATE_DENIED =
  'Only the governance office can plan internal audits and record their findings';

/** A comma- or line-separated list as its items. */
export const listOf = (text: string): string[] =>
  text
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean);
