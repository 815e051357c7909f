import {
  effectivenessReviewSchema,
  incidentCreateSchema,
  nonconformityCreateSchema,
  OPEN_INCIDENT_STATUSES,
  type IncidentStatus,
} from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import type { GovernanceServices } from './routes/context';
import { checkSeedEntry as check } from './seedCheck';

/*
 * The incidents of a seed file entry: each with the status it has reached,
 * its timeline comments and, when one was opened from it, its nonconformity
 * with corrective actions and effectiveness review. Everything is written
 * through the services the API uses, one step at a time, so the history
 * tells the same story a person working in the portal would leave.
 */

const userRef = z
  .string()
  .regex(/^user:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/, 'must be a user reference');

/** What a seed file gives per incident, checked again by the API's schemas. */
export const seedIncidentSchema = z
  .object({
    /** Where the incident got to: the statuses in between are walked. */
    status: z
      .enum(['triaged', 'investigating', 'remediating', 'closed'])
      .optional(),
    comments: z.array(z.string().min(1)).default([]),
    nonconformity: z
      .object({
        review: effectivenessReviewSchema
          .omit({ evidenceIds: true })
          .extend({ reviewer: userRef })
          .optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

/** A seed incident, validated with the API's own schemas. */
export type SeedIncidentPlan = ReturnType<typeof planIncident>;

/** Checks one seed incident with the API's schemas, naming the entry on failure. */
export function planIncident(
  entityRef: string,
  raw: z.output<typeof seedIncidentSchema>,
  where: string,
) {
  const { status, comments, nonconformity, ...input } = raw;
  const plan = {
    input: check(incidentCreateSchema, input, where),
    status,
    comments,
    nonconformity: undefined as
      | undefined
      | {
          input: z.output<typeof nonconformityCreateSchema>;
          review?: {
            result: 'effective' | 'not-effective';
            notes?: string | null;
            reviewer: string;
          };
        },
  };
  if (nonconformity) {
    const { review, ...rest } = nonconformity;
    plan.nonconformity = {
      input: check(
        nonconformityCreateSchema,
        { ...rest, entityRef, source: 'incident' },
        `${where}.nonconformity`,
      ),
      review,
    };
  }
  return plan;
}

/** The statuses from `reported` up to `target`, in order. */
function walk(target: IncidentStatus | undefined): IncidentStatus[] {
  if (!target) return [];
  const path = [...OPEN_INCIDENT_STATUSES.slice(1), 'closed' as const];
  return path.slice(0, path.indexOf(target as (typeof path)[number]) + 1);
}

const HOUR = 3_600_000;

/**
 * When each of `count` timeline entries happened, in order: an hour apart
 * after the incident became known, closer together if that would reach
 * beyond `now`, so none is dated before the awareness or in the future.
 * Nothing (the clock's time) when the awareness is not in the past.
 */
function entryTimes(
  awareAt: string,
  count: number,
  now: string,
): Array<string | undefined> {
  const from = Date.parse(awareAt);
  const span = Date.parse(now) - from;
  if (!(span > 0)) return Array.from({ length: count }, () => undefined);
  const step = Math.min(HOUR, span / (count + 1));
  return Array.from({ length: count }, (_, i) =>
    new Date(Math.floor(from + (i + 1) * step)).toISOString(),
  );
}

/** Writes one planned incident and what followed from it, as `author` (and the reviewer). */
export async function seedIncident(
  services: GovernanceServices,
  entityRef: string,
  plan: SeedIncidentPlan,
  author: string,
): Promise<void> {
  const { incidents, nonconformities } = services;
  let incident = await incidents.create(
    entityRef,
    plan.input as Parameters<typeof incidents.create>[1],
    author,
  );
  const steps = walk(plan.status);
  // The timeline as it happened after the awareness, not at the load.
  const times = entryTimes(
    incident.awareAt,
    plan.comments.length + steps.length,
    services.work.now(),
  );
  for (const text of plan.comments) {
    await incidents.entry(
      incident.id,
      { kind: 'comment', text },
      author,
      times.shift(),
    );
  }
  // The nonconformity is opened while the incident is being remediated.
  const beforeClose = steps.filter(s => s !== 'closed');
  for (const status of beforeClose) {
    incident = await incidents.update(
      incident.id,
      incident.version,
      { status },
      author,
      times.shift(),
    );
  }
  if (plan.nonconformity) {
    const { input, review } = plan.nonconformity;
    let nc = await nonconformities.create(
      { ...input, sourceId: incident.id } as Parameters<
        typeof nonconformities.create
      >[0],
      author,
    );
    if (review) {
      // Planned, done, verified: the life of a corrective action that worked.
      for (const status of ['actions-planned', 'verifying'] as const) {
        nc = await nonconformities.update(
          nc.id,
          nc.version,
          { status },
          author,
        );
      }
      nc = await nonconformities.review(
        nc.id,
        nc.version,
        { result: review.result, notes: review.notes ?? null, evidenceIds: [] },
        review.reviewer,
        [review.reviewer],
      );
      if (review.result === 'effective') {
        await nonconformities.update(
          nc.id,
          nc.version,
          { status: 'closed' },
          author,
        );
      }
    }
  }
  if (steps.includes('closed')) {
    await incidents.update(
      incident.id,
      incident.version,
      { status: 'closed' },
      author,
      times.shift(),
    );
  }
}
