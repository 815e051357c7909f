import type { Knex } from 'knex';
import {
  OPEN_INCIDENT_STATUSES,
  RISK_LEVELS,
  type RiskLevel,
} from '@aigov/plugin-ai-governance-common';

/*
 * What a management review's inputs are assembled from, read in the
 * transaction that creates the review: incidents, nonconformities and
 * corrective actions, internal audits and the risk register, each as the
 * counts since the previous review and a short list of what stands out.
 * Only the service turns them into the frozen sections.
 */

/** Most records a section lists by name; the counts cover them all. */
export const REVIEW_INPUT_LIST_LIMIT = 20;

/** A record a section names. */
export interface ReviewInputRecord {
  id: string;
  entityRef: string;
  text: string;
  status: string;
}

/** The figures of the suite's own records for a review's inputs. */
export interface ReviewInputFigures {
  incidents: {
    reportedSince: number;
    open: number;
    openSerious: number;
    closedSince: number;
    recent: Array<ReviewInputRecord & { severity: string; serious: boolean }>;
  };
  nonconformities: {
    openedSince: number;
    open: number;
    closedSince: number;
    actionsOpen: number;
    actionsOverdue: number;
    actionsDone: number;
    openList: ReviewInputRecord[];
  };
  audits: {
    completedSince: Array<{
      id: string;
      title: string;
      completedAt: string;
      findings: Array<{ kind: string; reference: string }>;
    }>;
    underWay: number;
  };
  risks: {
    /** Risks not closed (proposed ones are not yet in the register), by level. */
    byLevel: Record<RiskLevel, number>;
    identifiedSince: number;
    openCritical: ReviewInputRecord[];
  };
}

const count = async (query: Knex.QueryBuilder) =>
  Number(((await query.count({ n: '*' })) as Array<{ n: unknown }>)[0].n);

/** Counts the {@link ReviewInputFigures} since `since` (all on record when null), on `today`. */
export async function readReviewInputFigures(
  tx: Knex,
  since: string | null,
  today: string,
): Promise<ReviewInputFigures> {
  const from = since ?? '';
  const open = OPEN_INCIDENT_STATUSES as string[];
  const incidents = {
    reportedSince: await count(tx('incidents').where('created_at', '>=', from)),
    open: await count(tx('incidents').whereIn('status', open)),
    openSerious: await count(
      tx('incidents').whereIn('status', open).where('serious', true),
    ),
    closedSince: await count(
      tx('incidents')
        .whereIn('status', ['closed', 'rejected'])
        .where('updated_at', '>=', from),
    ),
    recent: (
      await tx('incidents')
        .where(q => q.where('created_at', '>=', from).orWhereIn('status', open))
        .orderBy('row_id', 'desc')
        .limit(REVIEW_INPUT_LIST_LIMIT)
        .select('id', 'entity_ref', 'title', 'status', 'severity', 'serious')
    ).map(r => ({
      id: r.id,
      entityRef: r.entity_ref,
      text: r.title,
      status: r.status,
      severity: r.severity,
      serious: Boolean(r.serious),
    })),
  };

  const nonconformities = {
    openedSince: await count(
      tx('nonconformities').where('created_at', '>=', from),
    ),
    open: await count(tx('nonconformities').whereNot('status', 'closed')),
    closedSince: await count(
      tx('nonconformities')
        .where('status', 'closed')
        .where('updated_at', '>=', from),
    ),
    actionsOpen: await count(
      tx('corrective_actions').whereNot('status', 'done'),
    ),
    actionsOverdue: await count(
      tx('corrective_actions')
        .whereNot('status', 'done')
        .where('due_date', '<', today),
    ),
    actionsDone: await count(tx('corrective_actions').where('status', 'done')),
    openList: (
      await tx('nonconformities')
        .whereNot('status', 'closed')
        .orderBy('row_id', 'desc')
        .limit(REVIEW_INPUT_LIST_LIMIT)
        .select('id', 'entity_ref', 'description', 'status')
    ).map(r => ({
      id: r.id,
      entityRef: r.entity_ref,
      text: r.description,
      status: r.status,
    })),
  };

  const audits = {
    completedSince: (
      await tx('audits')
        .where('status', 'completed')
        .where('completed_at', '>=', from)
        .orderBy('completed_at', 'desc')
        .select('id', 'title', 'completed_at', 'findings')
    ).map(r => ({
      id: r.id,
      title: r.title,
      completedAt: r.completed_at,
      findings: (
        JSON.parse(r.findings) as Array<{ kind: string; reference: string }>
      ).map(f => ({ kind: f.kind, reference: f.reference })),
    })),
    underWay: await count(
      tx('audits').whereIn('status', ['planned', 'in-progress']),
    ),
  };

  const inRegister = (q: Knex.QueryBuilder) =>
    q.whereNotIn('status', ['closed', 'proposed']);
  const levels = await inRegister(tx('risks'))
    .groupBy('level')
    .select('level')
    .count({ n: '*' });
  const byLevel = Object.fromEntries(RISK_LEVELS.map(l => [l, 0])) as Record<
    RiskLevel,
    number
  >;
  for (const row of levels as Array<{ level: RiskLevel; n: unknown }>) {
    if (row.level in byLevel) byLevel[row.level] = Number(row.n);
  }
  const risks = {
    byLevel,
    identifiedSince: await count(
      inRegister(tx('risks')).where('created_at', '>=', from),
    ),
    openCritical: (
      (await inRegister(tx('risks'))
        .where('level', 'critical')
        .orderBy('row_id', 'desc')
        .limit(REVIEW_INPUT_LIST_LIMIT)
        .select('id', 'entity_ref', 'title', 'status')) as Array<
        Record<string, string>
      >
    ).map(r => ({
      id: r.id,
      entityRef: r.entity_ref,
      text: r.title,
      status: r.status,
    })),
  };

  return { incidents, nonconformities, audits, risks };
}
