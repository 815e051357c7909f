import {
  DOCUMENT_VERSION_STATUSES,
  documentCreateSchema,
  documentVersionCreateSchema,
} from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import type { PastVersion } from './documentVersions';
import type { GovernanceServices } from './routes/context';
import { checkSeedEntry as check } from './seedCheck';

const userRef = z
  .string()
  .regex(/^user:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/, 'must be a user reference');
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

/** A version of a seed file's document: the API's version body, and who wrote and decided it when. */
const seedVersionSchema = z
  .object({
    author: userRef,
    writtenAt: day,
    status: z.enum(DOCUMENT_VERSION_STATUSES).default('approved'),
    decidedBy: userRef.optional(),
    decidedAt: day.optional(),
    rejectReason: z.string().optional(),
  })
  .passthrough();

/** A document of a seed file: the API's create body without the text, and its versions. */
const seedPolicySchema = z
  .object({ versions: z.array(seedVersionSchema).min(1) })
  .passthrough();

/** The policies part of a seed file's management system. */
export const seedPoliciesSchema = z.array(seedPolicySchema).default([]);

/** A seed file's document, checked. */
export interface PolicyPlan {
  document: {
    kind: 'policy' | 'procedure' | 'other';
    topic: 'ai-policy' | null;
    title: string;
    owner: string;
    reviewMonths: number;
  };
  versions: PastVersion[];
}

const at = (d: string) => `${d}T09:00:00.000Z`;

/** Checks each document and version with the API's schemas before anything is written. */
export function planPolicies(
  policies: z.output<typeof seedPoliciesSchema>,
  where: string,
): PolicyPlan[] {
  return policies.map((policy, i) => {
    const { versions, ...rest } = policy;
    const first = versions[0];
    const created = check(
      documentCreateSchema,
      {
        ...rest,
        content: first.content,
        changeSummary: first.changeSummary,
      },
      `${where} policies[${i}]`,
    );
    return {
      document: {
        kind: created.kind,
        topic: created.topic,
        title: created.title,
        owner: created.owner,
        reviewMonths: created.reviewMonths,
      },
      versions: versions.map((v, j) => {
        const { author, writtenAt, status, decidedBy, decidedAt } = v;
        const body = check(
          documentVersionCreateSchema,
          {
            content: v.content,
            changeSummary: v.changeSummary,
            ...(v.effectiveFrom ? { effectiveFrom: v.effectiveFrom } : {}),
          },
          `${where} policies[${i}].versions[${j}]`,
        );
        return {
          ...body,
          author,
          writtenAt: at(writtenAt),
          status,
          ...(decidedBy ? { decidedBy } : {}),
          ...(decidedAt ? { decidedAt: at(decidedAt) } : {}),
          ...(v.rejectReason ? { rejectReason: v.rejectReason } : {}),
        };
      }),
    };
  });
}

/**
 * Records the documents the portal has not got yet (by title), with their
 * versions as the file dates them, then opens the review tasks now due, so
 * a document past its review shows its task at once.
 */
export async function seedPolicies(
  services: GovernanceServices,
  actor: string,
  plans: PolicyPlan[],
): Promise<void> {
  if (plans.length === 0) return;
  const have = new Set((await services.policies.list({})).map(d => d.title));
  for (const plan of plans) {
    if (have.has(plan.document.title)) continue;
    await services.policies.recordPast(plan.document, plan.versions, actor);
  }
  await services.policies.openDueReviews();
}
