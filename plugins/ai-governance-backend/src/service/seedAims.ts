import {
  aimsClausePutSchema,
  type AimsClausePut,
} from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import type { GovernanceServices } from './routes/context';
import {
  planAudits,
  seedAudits,
  seedAuditsSchema,
  type AuditPlan,
} from './seedAudits';
import { checkSeedEntry as check } from './seedCheck';
import {
  planPolicies,
  seedPolicies,
  seedPoliciesSchema,
  type PolicyPlan,
} from './seedPolicies';
import {
  planScope,
  seedRolesSchema,
  seedScope,
  seedScopeSchema,
  type ScopePlan,
} from './seedScope';
import {
  planManagementReviews,
  seedManagementReviewsSchema,
  type ManagementReviewPlan,
} from './seedManagementReviews';
import {
  planTraining,
  seedTraining,
  seedTrainingSchema,
  type TrainingPlan,
} from './seedTraining';
import {
  planObjectives,
  seedObjectivesSchema,
  type ObjectivePlan,
} from './seedObjectives';

/**
 * The management system's part of a seed file: clause assessments the
 * governance office recorded, by `assessor`, and the internal audit
 * programme (recorded by `assessor` too).
 */
export const seedManagementSystemSchema = z.strictObject({
  assessor: z
    .string()
    .regex(/^user:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/, 'must be a user reference'),
  clauses: z
    .array(z.object({ id: z.string().min(1) }).passthrough())
    .default([]),
  audits: seedAuditsSchema,
  /** Policies and procedures with their versions as written and decided. */
  policies: seedPoliciesSchema,
  /** Management reviews, in the order they were held (recorded by `assessor`). */
  reviews: seedManagementReviewsSchema,
  objectives: seedObjectivesSchema,
  /** Completed courses (recorded by `assessor` unless they say who). */
  training: seedTrainingSchema,
  /** The scope and context (4.1–4.4), as PUT /aims/scope takes it. */
  scope: seedScopeSchema,
  /** Who holds each AIMS role (5.3), as PUT /aims/roles takes it. */
  roles: seedRolesSchema,
});

/** A seed file's management system, checked. */
export interface ManagementSystemPlan {
  assessor: string;
  clauses: Array<{ id: string; input: Required<AimsClausePut> }>;
  audits: AuditPlan[];
  policies: PolicyPlan[];
  reviews: ManagementReviewPlan[];
  objectives: ObjectivePlan[];
  training: TrainingPlan[];
  context: ScopePlan;
}

/** Checks every clause assessment with the API's schema before anything is written. */
export function planManagementSystem(
  seed: z.output<typeof seedManagementSystemSchema>,
  where: string,
): ManagementSystemPlan {
  return {
    assessor: seed.assessor,
    clauses: seed.clauses.map(({ id, ...input }, i) => ({
      id,
      input: check(aimsClausePutSchema, input, `${where} clauses[${i}]`),
    })),
    audits: planAudits(seed.audits, where),
    policies: planPolicies(seed.policies, where),
    reviews: planManagementReviews(seed.reviews, where),
    objectives: planObjectives(seed.objectives, where),
    training: planTraining(seed.training, where),
    context: planScope(seed, where),
  };
}

/**
 * Records the clause assessments nobody made yet, through the same code as
 * the API, so loading the file again changes nothing and an assessment made
 * in the portal since is kept.
 */
export async function seedManagementSystem(
  services: GovernanceServices,
  plan: ManagementSystemPlan,
): Promise<void> {
  // First: the clause pre-fill and the readiness sample read the scope.
  await seedScope(services, plan.assessor, plan.context);
  await seedAudits(services, plan.assessor, plan.audits);
  await seedPolicies(services, plan.assessor, plan.policies);
  await seedTraining(services, plan.assessor, plan.training);
  if (plan.clauses.length === 0) return;
  const { items } = await services.aimsClauses.list();
  const assessed = new Set(
    items.filter(c => c.version !== undefined).map(c => c.id),
  );
  for (const clause of plan.clauses) {
    if (assessed.has(clause.id)) continue;
    await services.aimsClauses.put(
      clause.id,
      undefined,
      clause.input,
      plan.assessor,
    );
  }
}
