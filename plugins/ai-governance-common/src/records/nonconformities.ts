import { z } from 'zod';
import type { RecordMeta } from './types';
import { TEXT_LIMITS } from './constants';
import { isoDateSchema } from './schemas';

/*
 * Nonconformities and their corrective actions (ISO/IEC 42001 clause 10.2,
 * in our words: react to what went wrong, find why, act so it does not
 * happen again, and check that the action worked).
 *
 * Life cycle: `open` (recorded, being analysed) → `actions-planned` (at
 * least one corrective action) → `verifying` (every action done, waiting for
 * the effectiveness review) → `closed`. Closing needs the latest review to
 * say `effective`; a `not-effective` review sends the nonconformity back to
 * `actions-planned`. `closed` is final.
 */

/** Where a nonconformity was found. @public */
export const NONCONFORMITY_SOURCES = [
  'incident',
  'internal-audit',
  'management-review',
  'monitoring',
  'other',
] as const;
/** Where a nonconformity was found. @public */
export type NonconformitySource = (typeof NONCONFORMITY_SOURCES)[number];

/** Where a nonconformity stands, in the order it moves. @public */
export const NONCONFORMITY_STATUSES = [
  'open',
  'actions-planned',
  'verifying',
  'closed',
] as const;
/** Where a nonconformity stands. @public */
export type NonconformityStatus = (typeof NONCONFORMITY_STATUSES)[number];

/** Where a corrective action stands. @public */
export const CORRECTIVE_ACTION_STATUSES = [
  'planned',
  'in-progress',
  'done',
] as const;
/** Where a corrective action stands. @public */
export type CorrectiveActionStatus =
  (typeof CORRECTIVE_ACTION_STATUSES)[number];

/** What an effectiveness review found. @public */
export const EFFECTIVENESS_RESULTS = ['effective', 'not-effective'] as const;
/** What an effectiveness review found. @public */
export type EffectivenessResult = (typeof EFFECTIVENESS_RESULTS)[number];

/** One action that removes a nonconformity's cause. @public */
export interface CorrectiveAction {
  id: string;
  description: string;
  /** The group or user who is to do it. */
  owner: string;
  /** Due date, YYYY-MM-DD. */
  dueDate: string;
  status: CorrectiveActionStatus;
  /** Evidence of the same entity showing the action was done. */
  evidenceIds: string[];
}

/** Whether the corrective actions worked, judged by someone who did not own them. @public */
export interface EffectivenessReview {
  /** The user who reviewed. */
  reviewer: string;
  /** When, as an ISO timestamp. */
  reviewedAt: string;
  result: EffectivenessResult;
  notes: string | null;
  evidenceIds: string[];
}

/** Something that did not meet a requirement on an AI system, and what is done about it. @public */
export interface Nonconformity extends RecordMeta {
  id: string;
  entityRef: string;
  source: NonconformitySource;
  /** The record it came from (an incident's id, an audit finding's reference); null when none. */
  sourceId: string | null;
  description: string;
  /** What was done at once to contain it. */
  correction: string | null;
  /** Why it happened. */
  rootCause: string | null;
  status: NonconformityStatus;
  correctiveActions: CorrectiveAction[];
  /** The latest effectiveness review; null until one is recorded or after the actions change. */
  effectivenessReview: EffectivenessReview | null;
}

const text = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');
const entityRef = required(TEXT_LIMITS.short).regex(
  /^[a-z0-9]+:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
  'must be a full entity reference like group:default/payments-risk',
);
const ownerRef = required(TEXT_LIMITS.short).regex(
  /^(group|user):[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
  'must be a group or user reference like group:default/payments-risk',
);
const evidenceIds = z
  .array(z.uuid('must be an evidence id this API returned'))
  .max(100, 'must list at most 100 items');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

/** Most corrective actions one nonconformity holds. @public */
export const MAX_CORRECTIVE_ACTIONS = 50;

/** One corrective action in a request; `id` names an existing action to keep. @public */
export const correctiveActionSchema = z.strictObject({
  id: z.uuid('must be the id of one of its corrective actions').optional(),
  description: required(TEXT_LIMITS.text),
  owner: ownerRef,
  dueDate: isoDateSchema,
  status: oneOf(CORRECTIVE_ACTION_STATUSES).default('planned'),
  evidenceIds: evidenceIds.default([]),
});
/** A corrective action as a request sends it. @public */
export type CorrectiveActionInput = z.input<typeof correctiveActionSchema>;

const correctiveActions = z
  .array(correctiveActionSchema)
  .max(
    MAX_CORRECTIVE_ACTIONS,
    `must list at most ${MAX_CORRECTIVE_ACTIONS} actions`,
  )
  .refine(
    list => {
      const ids = list.flatMap(a => (a.id ? [a.id] : []));
      return new Set(ids).size === ids.length;
    },
    { error: 'must not name an action twice' },
  );

/** Body of POST /nonconformities; it starts `open`. @public */
export const nonconformityCreateSchema = z.strictObject({
  entityRef,
  source: oneOf(NONCONFORMITY_SOURCES),
  sourceId: required(TEXT_LIMITS.short).nullable().optional(),
  description: required(TEXT_LIMITS.text),
  correction: text(TEXT_LIMITS.text).nullable().optional(),
  rootCause: text(TEXT_LIMITS.text).nullable().optional(),
  correctiveActions: correctiveActions.default([]),
});
/** A new nonconformity. @public */
export type NonconformityCreate = z.input<typeof nonconformityCreateSchema>;

/** Body of PATCH /nonconformities/:id: the fields to change; `correctiveActions` replaces the list. @public */
export const nonconformityPatchSchema = z
  .strictObject({
    source: oneOf(NONCONFORMITY_SOURCES),
    sourceId: required(TEXT_LIMITS.short).nullable(),
    description: required(TEXT_LIMITS.text),
    correction: text(TEXT_LIMITS.text).nullable(),
    rootCause: text(TEXT_LIMITS.text).nullable(),
    status: oneOf(NONCONFORMITY_STATUSES),
    correctiveActions,
  })
  .partial()
  .refine(v => Object.keys(v).length > 0, {
    error: 'must change at least one field',
  });
/** A change to a nonconformity. @public */
export type NonconformityPatch = z.input<typeof nonconformityPatchSchema>;

/** Body of POST /nonconformities/:id/effectiveness; the reviewer is the caller. @public */
export const effectivenessReviewSchema = z.strictObject({
  result: oneOf(EFFECTIVENESS_RESULTS),
  notes: text(TEXT_LIMITS.text).nullable().optional(),
  evidenceIds: evidenceIds.default([]),
});
/** An effectiveness review as a request sends it. @public */
export type EffectivenessReviewInput = z.input<
  typeof effectivenessReviewSchema
>;

/** The rule that keeps a nonconformity open until its actions are shown to work. @public */
export const CLOSE_NEEDS_EFFECTIVE_REVIEW =
  'a nonconformity is closed only after an effectiveness review found its corrective actions effective';

/**
 * Why a nonconformity cannot move from its status to `next` with these
 * actions and review, or undefined when it can. @public
 */
export function nonconformityTransitionProblem(
  current: Pick<Nonconformity, 'status'>,
  next: Pick<
    Nonconformity,
    'status' | 'correctiveActions' | 'effectivenessReview'
  >,
): string | undefined {
  if (current.status === 'closed') {
    return 'a closed nonconformity stays closed; record a new one';
  }
  switch (next.status) {
    case 'actions-planned':
      return next.correctiveActions.length === 0
        ? 'actions are planned only once the nonconformity has at least one corrective action'
        : undefined;
    case 'verifying':
      if (next.correctiveActions.length === 0) {
        return 'verifying needs at least one corrective action';
      }
      return next.correctiveActions.every(a => a.status === 'done')
        ? undefined
        : 'verifying starts only once every corrective action is done';
    case 'closed':
      if (current.status !== 'verifying') {
        return `${CLOSE_NEEDS_EFFECTIVE_REVIEW}; it is ${current.status}, not verifying`;
      }
      return next.effectivenessReview?.result === 'effective'
        ? undefined
        : CLOSE_NEEDS_EFFECTIVE_REVIEW;
    default:
      return undefined;
  }
}

/**
 * Four-eyes on the effectiveness review: why `reviewer` (a user, with the
 * ownership refs of their sign-in: themselves and their groups) may not
 * judge actions owned by `actionOwners` (groups or users; `ownerTeams` are
 * the groups those users belong to), or undefined when they may. Nobody
 * reviews an action they own themselves; members of the governance office
 * may review every other; anyone else only when none of their refs is an
 * owner or an owner's team (a member of another team). @public
 */
export function effectivenessReviewerProblem(input: {
  reviewer: string;
  reviewerClaims: string[];
  actionOwners: string[];
  ownerTeams?: string[];
  governanceOffice: string;
}): string | undefined {
  const lower = (r: string) => r.toLocaleLowerCase('en-US');
  const owners = new Set(input.actionOwners.map(lower));
  const reviewer = lower(input.reviewer);
  if (owners.has(reviewer)) {
    return `${input.reviewer} owns a corrective action of this nonconformity and cannot also review its effectiveness`;
  }
  const claims = input.reviewerClaims.map(lower);
  if (claims.includes(lower(input.governanceOffice))) return undefined;
  for (const team of input.ownerTeams ?? []) owners.add(lower(team));
  const shared = claims.find(c => owners.has(c));
  return shared
    ? `${input.reviewer} belongs to ${shared}, which owns (or whose member owns) a corrective action of this nonconformity; the governance office or another team reviews its effectiveness`
    : undefined;
}

/** Whether a corrective action is overdue on `today` (YYYY-MM-DD): not done and due before it. @public */
export const isCorrectiveActionOverdue = (
  action: Pick<CorrectiveAction, 'status' | 'dueDate'>,
  today: string,
) => action.status !== 'done' && action.dueDate < today;
