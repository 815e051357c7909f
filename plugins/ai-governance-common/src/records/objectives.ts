import { z } from 'zod';
import { TEXT_LIMITS } from './constants';
import { isoDateSchema } from './schemas';
import type { RecordMeta } from './types';

/*
 * Objectives of the AI management system (ISO/IEC 42001 6.2, measured under
 * 9.1): each binds a KPI to a measure the suite computes from its own
 * records, with a target and a due date. The current value is computed when
 * read; a daily snapshot keeps its history, drawn as a trend. Objectives are
 * org-level records, so their history events name AIMS_ENTITY_REF.
 */

/** The measures an objective's KPI can be bound to; each is computed by the backend. @public */
export const AIMS_MEASURES = [
  'high-tier-silver-or-above',
  'open-critical-risks',
  'overdue-tasks',
  'open-nonconformities',
  'clause-readiness',
  'training-coverage',
] as const;
/** A measure the suite computes. @public */
export type AimsMeasure = (typeof AIMS_MEASURES)[number];

/** How a measure is shown and what it counts. @public */
export interface AimsMeasureInfo {
  label: string;
  /** `%`: 0 to 100; `count`: a whole number. */
  unit: '%' | 'count';
  /** How the suite computes it, in a sentence. */
  description: string;
}

/** Label, unit and computation of every measure. @public */
export const AIMS_MEASURE_INFO: Record<AimsMeasure, AimsMeasureInfo> = {
  'high-tier-silver-or-above': {
    label: 'High-tier AI systems at silver or above',
    unit: '%',
    description:
      'Share of the high-tier (and prohibited-tier) AI systems in scope whose scorecard level is silver or gold.',
  },
  'open-critical-risks': {
    label: 'Open critical risks',
    unit: 'count',
    description:
      'Risks not closed (nor merely proposed) whose current level is critical: the residual level once assessed, else the inherent one.',
  },
  'overdue-tasks': {
    label: 'Overdue tasks',
    unit: 'count',
    description:
      'Open tasks (reviews, revalidations, expiries, approvals) whose due date has passed.',
  },
  'open-nonconformities': {
    label: 'Open nonconformities',
    unit: 'count',
    description:
      'Nonconformities not yet closed after an effective review of their corrective actions.',
  },
  'clause-readiness': {
    label: 'Clause readiness',
    unit: '%',
    description:
      'Readiness of the clause gap assessment (clauses 4 to 10): implemented plus half of partial over the clauses counted, the recorded status or else the pre-fill.',
  },
  'training-coverage': {
    label: 'Training coverage',
    unit: '%',
    description:
      "Share of the catalog's people who hold every course their role requires (AI literacy, the high-risk obligations course, the auditor course) with a completion that has not expired.",
  },
};

/** Which way an objective's target points. @public */
export const OBJECTIVE_DIRECTIONS = ['at-least', 'at-most'] as const;
/** Which way an objective's target points. @public */
export type ObjectiveDirection = (typeof OBJECTIVE_DIRECTIONS)[number];

/** Where an objective stands, derived from its value, trend and due date. @public */
export const OBJECTIVE_STATUSES = [
  'on-track',
  'at-risk',
  'missed',
  'met',
] as const;
/** Where an objective stands. @public */
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

/** An objective's target. @public */
export interface ObjectiveTarget {
  value: number;
  direction: ObjectiveDirection;
}

/** An objective as stored (what its history events hold). @public */
export interface AimsObjectiveRecord extends RecordMeta {
  id: string;
  /** Always AIMS_ENTITY_REF: objectives belong to the management system. */
  entityRef: string;
  title: string;
  description: string;
  /** A user or group ref. */
  owner: string;
  measure: AimsMeasure;
  target: ObjectiveTarget;
  /** YYYY-MM-DD. */
  dueDate: string;
}

/** One day's snapshot of an objective's measure. @public */
export interface ObjectiveTrendPoint {
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  value: number;
}

/** A measure's value now; null when there is nothing to measure yet. @public */
export interface MeasureValue {
  value: number | null;
  /** What the value is made of, e.g. "3 of 4 high-tier AI systems". */
  detail: string;
}

/** An objective as the API answers it: the record, its value now, status and trend. @public */
export interface AimsObjective extends AimsObjectiveRecord {
  current: MeasureValue & { measuredAt: string };
  status: ObjectiveStatus;
  /** Why the status is what it is. */
  statusReason: string;
  /** The daily snapshots of the window asked for, oldest first. */
  trend: ObjectiveTrendPoint[];
}

/** Why `target` does not fit `measure`, or undefined when it does. @public */
export function objectiveTargetProblem(
  measure: AimsMeasure,
  target: ObjectiveTarget,
): string | undefined {
  const info = AIMS_MEASURE_INFO[measure];
  if (!info) return undefined;
  if (info.unit === '%' && (target.value < 0 || target.value > 100)) {
    return 'must be a percentage from 0 to 100 for this measure';
  }
  if (
    info.unit === 'count' &&
    (target.value < 0 || !Number.isInteger(target.value))
  ) {
    return 'must be a whole number, 0 or more, for this measure';
  }
  return undefined;
}

const text = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

const fields = {
  title: required(TEXT_LIMITS.title),
  description: text(TEXT_LIMITS.text),
  owner: required(TEXT_LIMITS.short).regex(
    /^(group|user):[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
    'must be a group or user reference like group:default/ai-governance-office',
  ),
  measure: oneOf(AIMS_MEASURES),
  target: z.strictObject({
    value: z
      .number({ error: 'must be a number' })
      .min(0, 'must be 0 or more')
      .max(1_000_000, 'must be at most 1000000'),
    direction: oneOf(OBJECTIVE_DIRECTIONS),
  }),
  dueDate: isoDateSchema,
};

/** Body of POST /aims/objectives. @public */
export const objectiveCreateSchema = z
  .strictObject({ ...fields, description: fields.description.default('') })
  .superRefine((v, ctx) => {
    const problem = objectiveTargetProblem(v.measure, v.target);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        path: ['target', 'value'],
        message: problem,
      });
  });
/** A new objective as a request sends it. @public */
export type AimsObjectiveCreate = z.input<typeof objectiveCreateSchema>;

/** Body of PATCH /aims/objectives/:id: the fields to change (the target fit is checked on the result). @public */
export const objectivePatchSchema = z
  .strictObject(fields)
  .partial()
  .refine(v => Object.keys(v).length > 0, {
    error: 'must change at least one field',
  });
/** A change to an objective. @public */
export type AimsObjectivePatch = z.input<typeof objectivePatchSchema>;

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS,
  );

/** Whether `value` reaches the target. @public */
export const meetsTarget = (value: number, target: ObjectiveTarget) =>
  target.direction === 'at-least'
    ? value >= target.value
    : value <= target.value;

/** Days of trend the on-track projection looks back over. @public */
export const OBJECTIVE_PACE_DAYS = 30;

const shown = (v: number) => String(Math.round(v * 10) / 10);

/**
 * Where an objective stands on `today`: `met` once the value reaches the
 * target; `missed` when the due date has passed without; otherwise
 * `on-track` when the pace of the last {@link OBJECTIVE_PACE_DAYS} days of
 * snapshots (or the days there are) reaches the target by the due date,
 * `at-risk` when it does not. A value that cannot be measured is at risk.
 * @public
 */
export function objectiveStatus(input: {
  value: number | null;
  target: ObjectiveTarget;
  dueDate: string;
  today: string;
  trend: ObjectiveTrendPoint[];
}): { status: ObjectiveStatus; reason: string } {
  const { value, target, dueDate, today } = input;
  const aim = `${target.direction === 'at-least' ? 'at least' : 'at most'} ${
    target.value
  }`;
  if (value === null) {
    return { status: 'at-risk', reason: 'The measure has no value yet' };
  }
  if (meetsTarget(value, target)) {
    return {
      status: 'met',
      reason: `${shown(value)} reaches the target of ${aim}`,
    };
  }
  if (today > dueDate) {
    return {
      status: 'missed',
      reason: `Due on ${dueDate}: ${shown(value)}, short of ${aim}`,
    };
  }
  const earliest = input.trend.find(
    p => p.day < today && daysBetween(p.day, today) <= OBJECTIVE_PACE_DAYS,
  );
  if (!earliest) {
    return {
      status: 'on-track',
      reason: `${shown(
        value,
      )}, target ${aim} by ${dueDate}; no earlier snapshot to project a pace from yet`,
    };
  }
  const days = daysBetween(earliest.day, today);
  const projected =
    value + ((value - earliest.value) / days) * daysBetween(today, dueDate);
  return meetsTarget(projected, target)
    ? {
        status: 'on-track',
        reason: `At the pace of the last ${days} days it reaches ${aim} by ${dueDate}`,
      }
    : {
        status: 'at-risk',
        reason: `At the pace of the last ${days} days it would be ${shown(
          projected,
        )} on ${dueDate}, short of ${aim}`,
      };
}
