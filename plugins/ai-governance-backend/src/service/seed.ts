import { readFile } from 'node:fs/promises';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  assessmentCreateSchema,
  controlPutSchema,
  evidenceCreateSchema,
  fieldProblems,
  isoDateSchema,
  riskCreateSchema,
} from '@aigov/plugin-ai-governance-common';
import yaml from 'js-yaml';
import { z } from 'zod';
import type { GovernanceDatabase } from '../database/GovernanceDatabase';

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
              accept: z.strictObject({ expiresAt: isoDateSchema }).optional(),
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
        .array(z.object({ approved: z.boolean().default(false) }).passthrough())
        .default([]),
    }),
  ),
});

/** Thrown for a seed file entry that does not validate; names the entry and field. */
function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = fieldProblems(result.error).map(
      p => `${p.path} ${p.message}`,
    );
    throw new Error(`${where}: ${problems.join('; ')}`);
  }
  return result.data;
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
  db: GovernanceDatabase;
  logger: LoggerService;
}): Promise<{ seeded: string[]; skipped: string[] }> {
  const { db, logger } = options;
  const content = yaml.load(await readFile(options.file, 'utf8'));
  const seed = check(seedFileSchema, content, options.file);
  const seeded: string[] = [];
  const skipped: string[] = [];
  for (const [i, system] of seed.systems.entries()) {
    const where = `${options.file} systems[${i}] (${system.entityRef})`;
    if (!(await db.getEntity(system.entityRef))) {
      skipped.push(system.entityRef);
      continue;
    }
    const existing = await db
      .db('history')
      .where('entity_ref', system.entityRef)
      .first('seq');
    if (existing) continue;

    const riskIds: string[] = [];
    for (const [j, { accept, ...input }] of system.risks.entries()) {
      const risk = await db.createRisk(
        system.entityRef,
        check(riskCreateSchema, input, `${where} risks[${j}]`),
        system.author,
      );
      riskIds.push(risk.id);
      if (accept)
        await db.acceptRisk(
          risk.id,
          risk.version,
          accept.expiresAt,
          system.approver,
        );
    }
    for (const [
      j,
      { controlId, evidence, ...input },
    ] of system.controls.entries()) {
      await db.putControl(
        system.entityRef,
        controlId,
        undefined,
        check(controlPutSchema, input, `${where} controls[${j}]`),
        system.author,
      );
      for (const [k, item] of evidence.entries()) {
        await db.createEvidence(
          system.entityRef,
          check(
            evidenceCreateSchema,
            { controlIds: [controlId], ...item },
            `${where} controls[${j}].evidence[${k}]`,
          ),
          system.author,
        );
      }
    }
    for (const [j, { approved, ...input }] of system.assessments.entries()) {
      const body = check(
        assessmentCreateSchema,
        input,
        `${where} assessments[${j}]`,
      );
      let assessment = await db.createAssessment(
        system.entityRef,
        body,
        system.author,
      );
      if (approved) {
        assessment = await db.updateAssessment(
          assessment.id,
          assessment.version,
          { status: 'in-review' },
          system.author,
        );
        await db.approveAssessment(
          assessment.id,
          assessment.version,
          system.approver,
        );
      }
    }
    seeded.push(system.entityRef);
  }
  if (seeded.length)
    logger.info(
      `Seeded governance records for ${seeded.join(', ')} from ${options.file}`,
    );
  return { seeded, skipped };
}
