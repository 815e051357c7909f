import { z } from 'zod';
import type { RecordMeta } from './types';
import { TEXT_LIMITS } from './constants';

/** What a task asks for. @public */
export const TASK_KINDS = [
  'revalidation',
  'risk-review',
  'bias-review',
  'drift-review',
  'acceptance-expiry',
  'evidence-expiry',
  'assessment-approval',
  'reassessment',
  'review-action',
  'document-review',
  'training-renewal',
] as const;
/** What a task asks for. @public */
export type TaskKind = (typeof TASK_KINDS)[number];

/** Where a task stands. @public */
export const TASK_STATUSES = ['open', 'done', 'dismissed'] as const;
/** Where a task stands. @public */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** What kind of record caused a task. @public */
export type TaskCauseType =
  | 'change'
  | 'risk'
  | 'evidence'
  | 'assessment'
  | 'schedule'
  | 'aims-review'
  | 'document'
  | 'training';

/** The Annex A controls a revalidation verifies (verification and validation, deployment). @public */
export const REVALIDATION_CONTROL_IDS = ['A.6.2.4', 'A.6.2.5'];

/** Someone's work on an AI system (a revalidation, a review, an approval), or a person's training renewal. @public */
export interface Task extends RecordMeta {
  id: string;
  entityRef: string;
  kind: TaskKind;
  /** What caused the task: a change record or another record (by id), or the review schedule. */
  cause: { type: TaskCauseType; id: string | null };
  /** The Annex A controls the task is about (a revalidation's A.6.2.4 and A.6.2.5). */
  controlIds: string[];
  /** The group or user who is to do it (the entity's owner when opened); null when it has none. */
  assignee: string | null;
  /** Due date, YYYY-MM-DD. */
  dueAt: string;
  status: TaskStatus;
  /** What was done, set when completed. */
  outcome: string | null;
  /** Why it was dismissed, set when dismissed. */
  dismissReason: string | null;
  /** Evidence of the same entity that the completion links to. */
  evidenceIds: string[];
  /** Who completed or dismissed it, and when; null while open. */
  completedBy: string | null;
  completedAt: string | null;
}

const required = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .min(1, 'must not be empty');

/** Body of POST /tasks/:id/complete. @public */
export const taskCompleteSchema = z.strictObject({
  outcome: required(TEXT_LIMITS.text),
  evidenceIds: z
    .array(z.uuid('must be an evidence id this API returned'))
    .max(100, 'must list at most 100 items')
    .default([]),
});
/** Completing a task. @public */
export type TaskComplete = z.input<typeof taskCompleteSchema>;

/** Body of POST /tasks/:id/dismiss. @public */
export const taskDismissSchema = z.strictObject({
  reason: required(TEXT_LIMITS.text),
});
/** Dismissing a task. @public */
export type TaskDismiss = z.input<typeof taskDismissSchema>;
