import {
  managementReviewActionInputSchema,
  managementReviewCreateSchema,
  type ManagementReviewActionInput,
} from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import type { GovernanceServices } from './routes/context';
import { checkSeedEntry as check } from './seedCheck';

/** A review of a seed file: the API's create body, how far it got, and what it recorded. */
const seedReviewSchema = z
  .object({
    status: z.enum(['planned', 'held', 'closed']).default('planned'),
    heldAt: z.iso.date('must be a date, YYYY-MM-DD').optional(),
    decisions: z.array(z.string().min(1)).default([]),
    actions: z.array(z.object({}).passthrough()).default([]),
  })
  .passthrough();

/** The management reviews part of a seed file's management system. */
export const seedManagementReviewsSchema = z
  .array(seedReviewSchema)
  .default([]);

/** A seed file's review, checked. */
export interface ManagementReviewPlan {
  status: 'planned' | 'held' | 'closed';
  heldAt?: string;
  input: z.output<typeof managementReviewCreateSchema>;
  decisions: string[];
  actions: Array<z.output<typeof managementReviewActionInputSchema>>;
}

/** Checks each review and action with the API's schemas. */
export function planManagementReviews(
  reviews: z.output<typeof seedManagementReviewsSchema>,
  where: string,
): ManagementReviewPlan[] {
  return reviews.map((review, i) => {
    const { status, heldAt, decisions, actions, ...rest } = review;
    return {
      status,
      heldAt,
      input: check(
        managementReviewCreateSchema,
        rest,
        `${where} reviews[${i}]`,
      ),
      decisions,
      actions: actions.map((a, j) =>
        check(
          managementReviewActionInputSchema,
          a as ManagementReviewActionInput,
          `${where} reviews[${i}].actions[${j}]`,
        ),
      ),
    };
  });
}

/**
 * Records the reviews the portal has not got yet (by title), through the
 * same service as the API, in the file's order (so a later review counts
 * from the day the earlier one was held): planned with its inputs (those of
 * a past review assembled from the records as loaded), then held with its
 * decisions and actions (each a task), the actions done since completed,
 * and closed when the file says its minutes are final.
 */
export async function seedManagementReviews(
  services: GovernanceServices,
  actor: string,
  plans: ManagementReviewPlan[],
): Promise<void> {
  const titles = new Set(
    (await services.managementReviews.list()).map(r => r.title),
  );
  for (const plan of plans) {
    if (titles.has(plan.input.title)) continue;
    let review = await services.managementReviews.create(plan.input, actor);
    if (plan.status === 'planned') continue;
    const actions = plan.actions.map(({ status: _done, ...a }) => a);
    review = await services.managementReviews.update(
      review.id,
      review.version,
      {
        status: 'held',
        heldAt: plan.heldAt ?? null,
        decisions: plan.decisions,
        actions,
      },
      actor,
    );
    if (plan.actions.some(a => a.status && a.status !== 'open')) {
      review = await services.managementReviews.update(
        review.id,
        review.version,
        {
          actions: review.actions.map((a, i) => ({
            id: a.id,
            description: a.description,
            owner: a.owner,
            dueAt: a.dueAt,
            status: plan.actions[i].status,
          })),
        },
        actor,
      );
    }
    if (plan.status === 'closed') {
      await services.managementReviews.update(
        review.id,
        review.version,
        { status: 'closed' },
        actor,
      );
    }
  }
}
