import { trainingRecordCreateSchema } from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import type { GovernanceServices } from './routes/context';
import { checkSeedEntry as check } from './seedCheck';

/** A completion of a seed file: the API's body, and who recorded it (the assessor unless given). */
const seedTrainingEntry = z
  .object({
    recordedBy: z
      .string()
      .regex(
        /^user:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/,
        'must be a user reference',
      )
      .optional(),
  })
  .passthrough();

/** The training part of a seed file's management system. */
export const seedTrainingSchema = z.array(seedTrainingEntry).default([]);

/** A seed file's completion, checked. */
export interface TrainingPlan {
  recordedBy?: string;
  input: z.output<typeof trainingRecordCreateSchema>;
}

/** Checks each completion with the API's schema before anything is written. */
export function planTraining(
  entries: z.output<typeof seedTrainingSchema>,
  where: string,
): TrainingPlan[] {
  return entries.map(({ recordedBy, ...body }, i) => ({
    ...(recordedBy ? { recordedBy } : {}),
    input: check(trainingRecordCreateSchema, body, `${where} training[${i}]`),
  }));
}

/**
 * Records the demo's completions once, on a portal with no training
 * recorded yet, through the same service as the API (each course's
 * validity sets its expiry), then opens the renewal tasks of those
 * expiring within 30 days or expired, as the daily job would.
 */
export async function seedTraining(
  services: GovernanceServices,
  assessor: string,
  plans: TrainingPlan[],
): Promise<void> {
  if (plans.length === 0 || (await services.training.hasRecords())) return;
  for (const plan of plans) {
    await services.training.record(plan.input, plan.recordedBy ?? assessor);
  }
  await services.training.openRenewals();
}
