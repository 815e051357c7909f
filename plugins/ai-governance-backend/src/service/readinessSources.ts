import type { Stage1Sources } from './ReadinessService';

/*
 * The stage 1 items that ask only that records exist: each asks its
 * module's service the one question (is an AI policy approved, is an
 * objective set, is training recorded, was a review held this past year).
 * The services are typed by the method used, so each module stays free to
 * grow.
 */

/** The services the items are asked of. */
export interface ReadinessSourceServices {
  policies: { currentAiPolicy(): Promise<unknown | undefined> };
  objectives: { exist(): Promise<boolean> };
  training: { hasRecords(): Promise<boolean> };
  reviews: {
    latestHeld(): Promise<{ heldAt: string | null } | undefined>;
  };
}

/** A year before `today` (YYYY-MM-DD). */
const yearBefore = (today: string) =>
  `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;

/**
 * Whether an approved AI policy, objectives, training records and a review
 * held in the last 12 months exist, for the modules given; an item whose
 * module is left out has no source.
 */
export function readinessSources(
  s: Partial<ReadinessSourceServices>,
): Stage1Sources {
  const { policies, objectives, training, reviews } = s;
  return {
    ...(policies && {
      'ai-policy': async () => (await policies.currentAiPolicy()) !== undefined,
    }),
    ...(objectives && { objectives: () => objectives.exist() }),
    ...(training && { competence: () => training.hasRecords() }),
    ...(reviews && {
      'management-review': async ({ today }: { today: string }) => {
        const heldAt = (await reviews.latestHeld())?.heldAt;
        return !!heldAt && heldAt >= yearBefore(today);
      },
    }),
  };
}
