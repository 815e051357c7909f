import { readFile } from 'node:fs/promises';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  assessmentCreateSchema,
  controlPutSchema,
  evidenceCreateSchema,
  NONCONFORMITY_SOURCES,
  nonconformityCreateSchema,
  riskAcceptSchema,
  riskCreateSchema,
} from '@aigov/plugin-ai-governance-common';
import yaml from 'js-yaml';
import { z } from 'zod';
import type { GovernanceServices } from './routes/context';
import { REVIEW_KINDS } from './reviewSchedule';
import {
  planIncident,
  seedIncident,
  seedIncidentSchema,
} from './seedIncidents';
import {
  planManagementSystem,
  seedManagementSystem,
  seedManagementSystemSchema,
} from './seedAims';
import { checkSeedEntry as check } from './seedCheck';
import { seedManagementReviews } from './seedManagementReviews';
import { seedObjectives } from './seedObjectives';

const userRef = z
  .string()
  .regex(/^user:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/, 'must be a user reference');

const seedFileSchema = z.strictObject({
  systems: z.array(
    z.strictObject({
      entityRef: z.string().min(1),
      author: userRef,
      approver: userRef,
      risks: z
        .array(
          z
            .object({
              accept: riskAcceptSchema.optional(),
            })
            .passthrough(),
        )
        .default([]),
      controls: z
        .array(
          z
            .object({
              controlId: z.string(),
              evidence: z.array(z.record(z.string(), z.unknown())).default([]),
            })
            .passthrough(),
        )
        .default([]),
      assessments: z
        .array(
          z
            .object({
              status: z
                .enum(['draft', 'in-review', 'approved'])
                .default('draft'),
            })
            .passthrough(),
        )
        .default([]),
      /** Incidents, with where they got to and the nonconformity they led to. */
      incidents: z.array(seedIncidentSchema).default([]),
      /** Nonconformities found other than by an incident: by an internal audit, a management review, monitoring. */
      nonconformities: z
        .array(
          z
            .object({
              source: z.enum(NONCONFORMITY_SOURCES).exclude(['incident'], {
                error:
                  'must be internal-audit, management-review, monitoring or other; a nonconformity from an incident is listed under its incident',
              }),
            })
            .passthrough(),
        )
        .default([]),
      /** Reviews done before these records were kept; the next is due from them. */
      reviews: z
        .array(
          z.strictObject({
            kind: z.enum(REVIEW_KINDS),
            completedAt: z.iso.date('must be a date, YYYY-MM-DD'),
            outcome: z.string().trim().min(1, 'must not be empty'),
          }),
        )
        .default([]),
      /**
       * The models the catalog entry listed before its last edit: loaded as
       * the system's earlier state, so the catalog's current models are
       * detected as a change (with its revalidation) once the records are in.
       */
      earlierModels: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            version: z.string().min(1),
            supplier: z.string().min(1),
          }),
        )
        .optional(),
      /** When the catalog moved on from `earlierModels`; today by default. */
      modelsChangedAt: z.iso.date('must be a date, YYYY-MM-DD').optional(),
    }),
  ),
  /** The management system's own records: clause assessments. */
  managementSystem: seedManagementSystemSchema.optional(),
});

const RELATIVE_DATE = /^today(?:([+-])(\d{1,4}))?(T\d{2}:\d{2}(?::\d{2})?Z)?$/;

/**
 * Replaces every `today`, `today+N` and `today-N` string (N days) with that
 * date, and `today-NThh:mmZ` with that moment, so a demo's "expires in two
 * weeks" stays two weeks away on whatever day it is loaded.
 */
export function resolveRelativeDates(value: unknown, now: Date): unknown {
  if (typeof value === 'string') {
    const m = RELATIVE_DATE.exec(value);
    if (!m) return value;
    const days = m[1] ? Number(`${m[1]}${m[2]}`) : 0;
    const day = new Date(now.getTime() + days * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return m[3] ? `${day}${m[3]}` : day;
  }
  if (Array.isArray(value)) return value.map(v => resolveRelativeDates(v, now));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, resolveRelativeDates(v, now)]),
    );
  }
  return value;
}

function earlierModels(
  models: Array<{ name: string; version: string; supplier: string }>,
) {
  return Object.fromEntries(
    models.map(m => [m.name, { version: m.version, supplier: m.supplier }]),
  );
}

/**
 * Loads governance records from a YAML file (the demo's records, or records
 * migrated from a spreadsheet) for systems that have none yet, so running it
 * again changes nothing. Systems the catalog does not have yet are left for
 * the next run. Every record is written through the same code as the API,
 * history included.
 */
export async function seedFromFile(options: {
  file: string;
  services: GovernanceServices;
  logger: LoggerService;
  /** The day relative dates count from; now by default. */
  clock?: () => Date;
}): Promise<{ seeded: string[]; skipped: string[] }> {
  const { services, logger } = options;
  const { entityStore, risks, controls, assessments } = services;
  // The core schema keeps dates as the strings the API expects.
  const content = yaml.load(await readFile(options.file, 'utf8'), {
    schema: yaml.CORE_SCHEMA,
  });
  const now = (options.clock ?? (() => new Date()))();
  const seed = check(
    seedFileSchema,
    resolveRelativeDates(content, now),
    options.file,
  );
  // Validate every record of the file before writing any, so a bad entry
  // leaves nothing half-loaded.
  const plans = seed.systems.map((system, i) => {
    const where = `${options.file} systems[${i}] (${system.entityRef})`;
    return {
      system,
      risks: system.risks.map(({ accept, ...input }, j) => ({
        accept,
        input: check(riskCreateSchema, input, `${where} risks[${j}]`),
      })),
      controls: system.controls.map(({ controlId, evidence, ...input }, j) => ({
        controlId,
        input: check(controlPutSchema, input, `${where} controls[${j}]`),
        evidence: evidence.map((item, k) =>
          check(
            evidenceCreateSchema,
            {
              ...item,
              // The control the evidence is listed under, plus any others.
              controlIds: [
                controlId,
                ...((item.controlIds as string[] | undefined) ?? []),
              ],
            },
            `${where} controls[${j}].evidence[${k}]`,
          ),
        ),
      })),
      assessments: system.assessments.map(({ status, ...input }, j) => ({
        status,
        input: check(
          assessmentCreateSchema,
          input,
          `${where} assessments[${j}]`,
        ),
      })),
      incidents: system.incidents.map((incident, k) =>
        planIncident(system.entityRef, incident, `${where} incidents[${k}]`),
      ),
      nonconformities: system.nonconformities.map((input, k) =>
        check(
          nonconformityCreateSchema,
          { ...input, entityRef: system.entityRef },
          `${where} nonconformities[${k}]`,
        ),
      ),
    };
  });

  const managementSystem =
    seed.managementSystem &&
    planManagementSystem(
      seed.managementSystem,
      `${options.file} managementSystem`,
    );

  const seeded: string[] = [];
  const skipped: string[] = [];
  for (const plan of plans) {
    const { entityRef, author, approver } = plan.system;
    if (!(await entityStore.getEntity(entityRef))) {
      skipped.push(entityRef);
      continue;
    }
    if (await entityStore.hasHistory(entityRef)) continue;

    for (const { input, accept } of plan.risks) {
      const risk = await risks.create(entityRef, input, author);
      if (accept)
        await risks.accept(risk.id, risk.version, accept.expiresAt, approver);
    }
    for (const control of plan.controls) {
      await controls.put(
        entityRef,
        control.controlId,
        undefined,
        control.input,
        author,
      );
      for (const item of control.evidence) {
        await services.evidence.create(entityRef, item, author);
      }
    }
    for (const { input, status } of plan.assessments) {
      let assessment = await assessments.create(entityRef, input, author);
      if (status !== 'draft') {
        assessment = await assessments.update(
          assessment.id,
          assessment.version,
          { status: 'in-review' },
          author,
        );
      }
      if (status === 'approved') {
        await assessments.approve(assessment.id, assessment.version, approver);
      }
    }
    for (const incident of plan.incidents) {
      await seedIncident(services, entityRef, incident, author);
    }
    for (const input of plan.nonconformities) {
      await services.nonconformities.create(input, author);
    }
    const owner = (await entityStore.getEntity(entityRef))?.ownerRef ?? null;
    for (const review of plan.system.reviews) {
      await services.tasks.recordPastReview(
        entityRef,
        { ...review, completedAt: `${review.completedAt}T12:00:00.000Z` },
        owner,
        author,
      );
    }
    if (plan.system.earlierModels) {
      // After the records, as in life: the model moved on once they existed.
      await services.changes.detectFromEarlierState(
        entityRef,
        { models: earlierModels(plan.system.earlierModels) },
        // The seed does not know the catalog location the entry came from.
        { location: null, commit: null },
        plan.system.modelsChangedAt &&
          `${plan.system.modelsChangedAt}T09:00:00.000Z`,
      );
    }
    seeded.push(entityRef);
  }
  // Clause assessments are the organisation's, not a system's: each is
  // recorded once, whether or not the catalog has the systems yet.
  if (managementSystem) await seedManagementSystem(services, managementSystem);
  // Objectives are measured from the systems' records: set them, and
  // back-fill their trends, once every system is in.
  if (managementSystem && skipped.length === 0) {
    await seedObjectives(
      services,
      managementSystem.assessor,
      managementSystem.objectives,
    );
    // After the objectives, so a review's frozen inputs include them.
    await seedManagementReviews(
      services,
      managementSystem.assessor,
      managementSystem.reviews,
    );
  }
  if (seeded.length)
    logger.info(
      `Seeded governance records for ${seeded.join(', ')} from ${options.file}`,
    );
  return { seeded, skipped };
}
