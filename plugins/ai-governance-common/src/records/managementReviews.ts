import { z } from 'zod';
import { TEXT_LIMITS } from './constants';
import { isoDateSchema } from './schemas';
import type { TaskStatus } from './tasks';
import type { RecordMeta } from './types';

/*
 * The management review of the AI management system (ISO/IEC 42001 9.3):
 * top management looks at how the system is doing, from inputs the suite
 * assembles once, when the review is created, and keeps frozen in the
 * record; the review's decisions and actions (each tracked as a task) are
 * its outputs, exported as minutes. An org-level record: its history
 * events name AIMS_ENTITY_REF.
 *
 * Life cycle: `planned` → `held` (the meeting took place) → `closed` (the
 * minutes are final; only the status of its actions still changes).
 */

/** Where a management review stands, in the order it moves. @public */
export const MANAGEMENT_REVIEW_STATUSES = [
  'planned',
  'held',
  'closed',
] as const;
/** Where a management review stands. @public */
export type ManagementReviewStatus =
  (typeof MANAGEMENT_REVIEW_STATUSES)[number];

/** The input sections of a review, in the order the minutes list them. @public */
export const REVIEW_INPUT_SECTION_IDS = [
  'previous-actions',
  'issues',
  'objectives',
  'incidents',
  'nonconformities',
  'audits',
  'risks',
  'feedback',
] as const;
/** One input section of a review. @public */
export type ReviewInputSectionId = (typeof REVIEW_INPUT_SECTION_IDS)[number];

/** A counted figure of an input section, e.g. "Open incidents: 2". @public */
export interface ReviewInputFigure {
  label: string;
  value: number;
}

/** One line of an input section; `ref` names the record or entity it is about. @public */
export interface ReviewInputItem {
  text: string;
  ref: string | null;
}

/** One input of the review, as the suite assembled it. @public */
export interface ReviewInputSection {
  id: ReviewInputSectionId;
  title: string;
  /** Where the figures came from (the records read), in words. */
  source: string;
  summary: string;
  figures: ReviewInputFigure[];
  items: ReviewInputItem[];
}

/** The inputs of a review, frozen when it was created. @public */
export interface ReviewInputs {
  /** When the suite assembled them, an ISO timestamp. */
  assembledAt: string;
  /** The previous review, whose inputs' assembly starts "since"; null for the first. */
  previousReviewId: string | null;
  /** The start of the period the changes are counted from; null for the first review. */
  since: string | null;
  sections: ReviewInputSection[];
}

/** An action the review decided on, tracked as a task. @public */
export interface ManagementReviewAction {
  id: string;
  description: string;
  /** The user or group who is to do it. */
  owner: string;
  /** Due date, YYYY-MM-DD. */
  dueAt: string;
  /** The task that tracks it (kind `review-action`). */
  taskId: string;
  /** Its task's status, read from the task. */
  status: TaskStatus;
  /** When its task was completed or dismissed; null while open. */
  completedAt: string | null;
}

/** A management review of the AI management system. @public */
export interface ManagementReview extends RecordMeta {
  id: string;
  /** Always AIMS_ENTITY_REF: reviews belong to the management system. */
  entityRef: string;
  title: string;
  /** The planned date, YYYY-MM-DD. */
  plannedAt: string;
  /** The date it was held, YYYY-MM-DD; null until then. */
  heldAt: string | null;
  /** Who chairs it (top management), a user ref. */
  chair: string;
  /** Who attended, user refs. */
  attendees: string[];
  status: ManagementReviewStatus;
  /** What the review decided, one decision per item. */
  decisions: string[];
  actions: ManagementReviewAction[];
  inputs: ReviewInputs;
  /** When the minutes were made final; null until then. */
  closedAt: string | null;
}

const text = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');
const userRef = required(TEXT_LIMITS.short).regex(
  /^user:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
  'must be a user reference like user:default/ada',
);
const ownerRef = required(TEXT_LIMITS.short).regex(
  /^(user|group):[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
  'must be a user or group reference like group:default/ai-governance-office',
);
const unique = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max, `must list at most ${max} items`)
    .refine(
      l => new Set(l.map(i => i.toLocaleLowerCase('en-US'))).size === l.length,
      'must not list an item twice',
    );

/** Most attendees of one review. @public */
export const MAX_REVIEW_ATTENDEES = 50;
/** Most decisions or actions of one review. @public */
export const MAX_REVIEW_OUTPUTS = 50;

/** An action as a request sends it: no id for a new one. @public */
export const managementReviewActionInputSchema = z.strictObject({
  id: z.uuid('must be the id of an action of this review').optional(),
  description: required(TEXT_LIMITS.text),
  owner: ownerRef,
  dueAt: isoDateSchema,
  /** Closing an action completes (`done`) or dismisses its task. */
  status: z
    .enum(['open', 'done', 'dismissed'], {
      error: 'must be one of open, done, dismissed',
    })
    .optional(),
});
/** An action as a request sends it. @public */
export type ManagementReviewActionInput = z.input<
  typeof managementReviewActionInputSchema
>;

/** Body of POST /management-reviews: a new review starts `planned`. @public */
export const managementReviewCreateSchema = z.strictObject({
  title: required(TEXT_LIMITS.title),
  plannedAt: isoDateSchema,
  chair: userRef,
  attendees: unique(userRef, MAX_REVIEW_ATTENDEES).default([]),
});
/** A new review as a request sends it. @public */
export type ManagementReviewCreate = z.input<
  typeof managementReviewCreateSchema
>;

/** Body of PATCH /management-reviews/:id: the fields to change; `decisions` and `actions` replace the lists. @public */
export const managementReviewPatchSchema = z
  .strictObject({
    title: required(TEXT_LIMITS.title),
    plannedAt: isoDateSchema,
    heldAt: isoDateSchema.nullable(),
    chair: userRef,
    attendees: unique(userRef, MAX_REVIEW_ATTENDEES),
    decisions: z
      .array(required(TEXT_LIMITS.text))
      .max(MAX_REVIEW_OUTPUTS, `must list at most ${MAX_REVIEW_OUTPUTS} items`),
    actions: z
      .array(managementReviewActionInputSchema)
      .max(MAX_REVIEW_OUTPUTS, `must list at most ${MAX_REVIEW_OUTPUTS} items`),
    status: z.enum(MANAGEMENT_REVIEW_STATUSES, {
      error: `must be one of ${MANAGEMENT_REVIEW_STATUSES.join(', ')}`,
    }),
  })
  .partial()
  .refine(v => Object.keys(v).length > 0, {
    error: 'must change at least one field',
  });
/** A change to a review. @public */
export type ManagementReviewPatch = z.input<typeof managementReviewPatchSchema>;

/** Why a review cannot move from `from` to `to`, or undefined when it can. @public */
export function managementReviewTransitionProblem(
  from: ManagementReviewStatus,
  to: ManagementReviewStatus,
): string | undefined {
  const order = MANAGEMENT_REVIEW_STATUSES;
  if (from === to || order.indexOf(to) === order.indexOf(from) + 1) {
    return undefined;
  }
  return `a management review moves planned → held → closed, not ${from} → ${to}`;
}

/** The rule that keeps closed minutes final, as refusals name it. @public */
export const CLOSED_REVIEW_RULE =
  "a closed review's minutes are final: only the status of its actions still changes";
