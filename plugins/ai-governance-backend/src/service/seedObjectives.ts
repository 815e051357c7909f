import {
  AIMS_MEASURE_INFO,
  objectiveCreateSchema,
  type AimsObjectiveCreate,
  type ObjectiveTrendPoint,
} from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import { daysBefore, DEFAULT_TREND_DAYS } from './ObjectiveService';
import type { GovernanceServices } from './routes/context';
import { checkSeedEntry as check } from './seedCheck';

/** An objective of a seed file: the API's create body and its value 90 days ago. */
const seedObjectiveSchema = z
  .object({
    /** The measure's value at the start of the back-filled trend. */
    trendFrom: z.number().min(0),
  })
  .passthrough();

/** The objectives part of a seed file's management system. */
export const seedObjectivesSchema = z.array(seedObjectiveSchema).default([]);

/** A seed file's objective, checked. */
export interface ObjectivePlan {
  input: z.output<typeof objectiveCreateSchema>;
  trendFrom: number;
}

/** Checks each objective with the API's schema before anything is written. */
export function planObjectives(
  objectives: z.output<typeof seedObjectivesSchema>,
  where: string,
): ObjectivePlan[] {
  return objectives.map(({ trendFrom, ...body }, i) => ({
    trendFrom,
    input: check(
      objectiveCreateSchema,
      body as AimsObjectiveCreate,
      `${where} objectives[${i}]`,
    ),
  }));
}

/**
 * A plausible daily history from `from` on the first day to `to` on the
 * last: the straight line with a small, repeatable wobble, in whole
 * numbers for counts.
 */
export function backfilledTrend(
  days: string[],
  from: number,
  to: number,
  unit: '%' | 'count',
): ObjectiveTrendPoint[] {
  const last = Math.max(days.length - 1, 1);
  return days.map((day, i) => {
    const t = i / last;
    const line = from + (to - from) * t;
    if (unit === 'count') return { day, value: Math.max(0, Math.round(line)) };
    const wobble = i === last ? 0 : Math.sin(i * 1.7) * 1.5;
    const value = Math.min(100, Math.max(0, line + wobble));
    return { day, value: Math.round(value * 10) / 10 };
  });
}

/**
 * Sets the objectives the portal has not got yet (by title) through the
 * same service as the API, which takes today's snapshot, and back-fills
 * the daily snapshots of the 90 days before through the store: from the
 * seed's `trendFrom` to the value measured today, so the demo's charts
 * end where the records stand.
 */
export async function seedObjectives(
  services: GovernanceServices,
  actor: string,
  plans: ObjectivePlan[],
): Promise<void> {
  if (plans.length === 0) return;
  const existing = new Set(
    (await services.objectives.list()).map(o => o.title),
  );
  for (const plan of plans) {
    if (existing.has(plan.input.title)) continue;
    const created = await services.objectives.create(plan.input, actor);
    const today = created.current.measuredAt.slice(0, 10);
    if (created.current.value === null) continue;
    const days = Array.from({ length: DEFAULT_TREND_DAYS }, (_, i) =>
      daysBefore(today, DEFAULT_TREND_DAYS - i),
    );
    await services.objectives.backfill(
      created.id,
      backfilledTrend(
        days,
        plan.trendFrom,
        created.current.value,
        AIMS_MEASURE_INFO[plan.input.measure].unit,
      ),
    );
  }
}
