import type { Knex } from 'knex';
import type { DocumentVersion } from '@aigov/plugin-ai-governance-common';

/*
 * What the 5.2 (AI policy) pre-fill of the clause gap assessment is
 * decided by: the AI policy (topic `ai-policy`) with the latest approved
 * version, and how many AI policies have only drafts.
 */

/** The approved AI policy as the pre-fill names it. */
export interface AiPolicyFigure {
  title: string;
  version: number;
  /** The current version's approval day, YYYY-MM-DD. */
  approvedAt: string;
  nextReviewAt: string;
  /** Whether its review day is before today. */
  reviewOverdue: boolean;
}

/** The AI policy figures of the clause gap assessment. */
export interface PolicyFigures {
  /** The approved AI policy reviewed latest; null when none is approved. */
  aiPolicy: AiPolicyFigure | null;
  /** AI policies with no approved version yet. */
  aiPolicyDrafts: number;
}

/** Counts the {@link PolicyFigures} on `today` (YYYY-MM-DD). */
export async function countPolicyFigures(
  db: Knex,
  today: string,
): Promise<PolicyFigures> {
  const rows = await db('aims_documents')
    .where('topic', 'ai-policy')
    .select('title', 'versions', 'current_version', 'next_review_at');
  const approved = rows
    .filter(r => r.current_version !== null)
    .sort((a, b) => String(b.next_review_at).localeCompare(a.next_review_at));
  const [latest] = approved;
  const current = latest
    ? (JSON.parse(latest.versions) as DocumentVersion[]).find(
        v => v.number === Number(latest.current_version),
      )
    : undefined;
  return {
    aiPolicy:
      latest && current
        ? {
            title: latest.title,
            version: current.number,
            approvedAt: current.approvedAt!.slice(0, 10),
            nextReviewAt: latest.next_review_at,
            reviewOverdue: latest.next_review_at < today,
          }
        : null,
    aiPolicyDrafts: rows.length - approved.length,
  };
}
