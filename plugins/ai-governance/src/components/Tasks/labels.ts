import type { TaskKind, TaskStatus } from '@aigov/plugin-ai-governance-common';

/** What each kind of task asks for, in words. */
export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  revalidation: 'Revalidate the AI system',
  'risk-review': 'Review the risks',
  'bias-review': 'Review for bias',
  'drift-review': 'Review for drift',
  'acceptance-expiry': 'Renew or end a risk acceptance',
  'evidence-expiry': 'Replace expiring evidence',
  'assessment-approval': 'Approve an assessment',
  reassessment: 'Reassess the risk register',
  'review-action': 'Carry out a management review action',
  'training-renewal': 'Renew your training',
  'document-review': 'Review a policy or procedure',
};

/** How a task's status reads. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  open: 'Open',
  done: 'Done',
  dismissed: 'Dismissed',
};
