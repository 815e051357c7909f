import type { Knex } from 'knex';
import type { TaskKind } from '@aigov/plugin-ai-governance-common';
import {
  REVIEW_KINDS,
  type ReviewKind,
  type ReviewState,
} from '../service/reviewSchedule';

/*
 * What the scheduled task job reads: the governed entities page by page
 * and, for one page inside its unit of work, the reviews they had, the
 * records about to expire or awaiting approval, and the tasks already
 * opened for those records.
 */

/** A governed entity as the schedule needs it. */
export interface ScheduledEntity {
  entityRef: string;
  riskTier: string | null;
  ownerRef: string | null;
}

/** A task opened for a record (an expiry, an approval), whatever its status. */
export interface CausedTask {
  entityRef: string;
  kind: TaskKind;
  causeId: string | null;
  dueAt: string;
}

/** What one page of entities has that the schedule acts on. */
export interface ScheduleFacts {
  /** Per entity, the state of each review kind it ever had a task of. */
  reviews: Map<string, Partial<Record<ReviewKind, ReviewState>>>;
  /** Per entity, its first history event (the suite's first record of it). */
  firstSeen: Map<string, string>;
  /** The expiry and approval tasks the entities already have. */
  caused: CausedTask[];
  /** Accepted risks whose acceptance expires by the cutoff. */
  acceptances: Array<{
    entityRef: string;
    riskId: string;
    owner: string | null;
    expiresAt: string;
  }>;
  /** Evidence expiring by the cutoff. */
  evidence: Array<{ entityRef: string; evidenceId: string; expiresAt: string }>;
  /** Assessments in review. */
  inReview: Array<{ entityRef: string; assessmentId: string }>;
  /** Open approval tasks whose assessment has since been approved. */
  approved: Array<{ taskId: string; approvedBy: string; approvedAt: string }>;
}

const CAUSED_KINDS: TaskKind[] = [
  'acceptance-expiry',
  'evidence-expiry',
  'assessment-approval',
];

/** The schedule's reads; writes go through the TaskStore. */
export interface TaskScheduleStore {
  /** Up to `limit` governed entities after `after`, in ref order. */
  entitiesAfter(
    after: string | undefined,
    limit: number,
  ): Promise<ScheduledEntity[]>;
  /** What the entities have that the schedule acts on, expiries up to `cutoff` (ISO 8601). */
  facts(
    tx: Knex.Transaction,
    entityRefs: string[],
    cutoff: string,
  ): Promise<ScheduleFacts>;
}

/** The {@link TaskScheduleStore} on the plugin's database. */
export class DatabaseTaskScheduleStore implements TaskScheduleStore {
  constructor(private readonly db: Knex) {}

  async entitiesAfter(after: string | undefined, limit: number) {
    const query = this.db('governed_entities')
      .select('entity_ref', 'risk_tier', 'owner_ref')
      .orderBy('entity_ref')
      .limit(limit);
    if (after !== undefined) query.where('entity_ref', '>', after);
    const rows = await query;
    return rows.map(r => ({
      entityRef: r.entity_ref as string,
      riskTier: (r.risk_tier ?? null) as string | null,
      ownerRef: (r.owner_ref ?? null) as string | null,
    }));
  }

  async facts(tx: Knex.Transaction, refs: string[], cutoff: string) {
    const reviewRows: Array<{
      entity_ref: string;
      kind: ReviewKind;
      status: string;
      last: string | null;
    }> = await tx('tasks')
      .select('entity_ref', 'kind', 'status')
      .max({ last: 'completed_at' })
      .whereIn('entity_ref', refs)
      .whereIn('kind', REVIEW_KINDS)
      .groupBy('entity_ref', 'kind', 'status');
    // The first event by sequence, found through the entity's index.
    const firstRows = await tx('history as h')
      .join(
        tx('history')
          .select('entity_ref')
          .min({ seq: 'seq' })
          .whereIn('entity_ref', refs)
          .groupBy('entity_ref')
          .as('f'),
        'f.seq',
        'h.seq',
      )
      .select('h.entity_ref', 'h.at');
    const caused = await tx('tasks')
      .select('entity_ref', 'kind', 'cause_id', 'due_at')
      .whereIn('entity_ref', refs)
      .whereIn('kind', CAUSED_KINDS);
    const risks = await tx('risks')
      .select('entity_ref', 'id', 'owner_ref', 'acceptance_expires_at')
      .whereIn('entity_ref', refs)
      .where('status', 'accepted')
      .whereNotNull('acceptance_expires_at')
      .where('acceptance_expires_at', '<=', cutoff);
    const evidence = await tx('evidence')
      .select('entity_ref', 'id', 'expires_at')
      .whereIn('entity_ref', refs)
      .whereNotNull('expires_at')
      .where('expires_at', '<=', cutoff);
    const inReview = await tx('assessments')
      .select('entity_ref', 'id')
      .whereIn('entity_ref', refs)
      .where('status', 'in-review')
      .orderBy('row_id');
    const approved = await tx('tasks as t')
      .join('assessments as a', 'a.id', 't.cause_id')
      .select('t.id', 'a.approved_by', 'a.approved_at')
      .whereIn('t.entity_ref', refs)
      .where({ 't.kind': 'assessment-approval', 't.status': 'open' })
      .where('a.status', 'approved');
    const reviews: ScheduleFacts['reviews'] = new Map();
    for (const row of reviewRows) {
      const byKind = reviews.get(row.entity_ref) ?? {};
      const state = byKind[row.kind] ?? { open: false };
      if (row.status === 'open') {
        state.open = true;
      } else if (row.last && (state.lastClosedAt ?? '') < row.last) {
        state.lastClosedAt = row.last;
      }
      byKind[row.kind] = state;
      reviews.set(row.entity_ref, byKind);
    }
    return {
      reviews,
      firstSeen: new Map(firstRows.map(r => [r.entity_ref, r.at])),
      caused: caused.map(r => ({
        entityRef: r.entity_ref,
        kind: r.kind,
        causeId: r.cause_id,
        dueAt: r.due_at,
      })),
      acceptances: risks.map(r => ({
        entityRef: r.entity_ref,
        riskId: r.id,
        owner: r.owner_ref,
        expiresAt: r.acceptance_expires_at,
      })),
      evidence: evidence.map(r => ({
        entityRef: r.entity_ref,
        evidenceId: r.id,
        expiresAt: r.expires_at,
      })),
      inReview: inReview.map(r => ({
        entityRef: r.entity_ref,
        assessmentId: r.id,
      })),
      approved: approved.map(r => ({
        taskId: r.id,
        approvedBy: r.approved_by,
        approvedAt: r.approved_at,
      })),
    };
  }
}
