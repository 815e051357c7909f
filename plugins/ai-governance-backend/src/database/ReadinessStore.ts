import type { Knex } from 'knex';
import {
  addMonthsToDay,
  ANNEX_A_CONTROL_IDS,
} from '@aigov/plugin-ai-governance-common';
import {
  listSnapshotAiSystems,
  type SnapshotAiSystem,
} from './aiSystemSnapshot';

/*
 * What the certification readiness reads that no other store answers: the
 * AI systems of the catalog snapshot, and the operating evidence of the
 * systems of a stage 2 sample, each asked once for the whole sample.
 */

/** An AI system as the readiness reads it from the catalog snapshot. */
export type ReadinessSystem = Omit<SnapshotAiSystem, 'ownerRef'>;

/** The operating evidence of one sampled system. */
export interface SampleFacts {
  riskApproved: boolean;
  impactApproved: boolean;
  /** Open revalidation or reassessment tasks past their due date. */
  overdueReassessments: number;
  /** Controls decided not applicable. */
  notApplicable: number;
  /** Applicable controls implemented, by id. */
  implemented: string[];
  /** Of those, with evidence that has not expired (an upload stored). */
  evidenced: string[];
  /** Open review tasks past their due date. */
  overdueReviews: number;
  /** Review tasks completed in the last 12 months after their due date. */
  lateReviews: number;
  /** Review tasks completed in the last 12 months. */
  doneReviews: number;
}

/** The review tasks stage 2 checks were done on time. */
export const REVIEW_TASK_KINDS = [
  'risk-review',
  'bias-review',
  'drift-review',
  'revalidation',
  'reassessment',
];

const KINDS = REVIEW_TASK_KINDS.map(k => `'${k}'`).join(', ');

/** The catalog snapshot's AI systems and the evidence of sampled ones. */
export class DatabaseReadinessStore {
  constructor(private readonly db: Knex) {}

  /** Every AI system of the catalog snapshot, by entity ref. */
  aiSystems(): Promise<ReadinessSystem[]> {
    return listSnapshotAiSystems(this.db);
  }

  /** Nonconformities recorded on `refs`, and the open ones without a corrective action. */
  async nonconformities(
    refs: string[],
  ): Promise<{ recorded: number; withoutActions: number }> {
    if (refs.length === 0) return { recorded: 0, withoutActions: 0 };
    const [row] = await this.db('nonconformities as n')
      .whereIn('n.entity_ref', refs)
      .select(
        this.db.raw('COUNT(*) AS recorded'),
        this.db.raw(
          `SUM(CASE WHEN n.status = 'open' AND NOT EXISTS (SELECT 1 FROM corrective_actions ca
            WHERE ca.nonconformity_id = n.id) THEN 1 ELSE 0 END) AS without_actions`,
        ),
      );
    // PostgreSQL answers counts as strings, and SUM over no rows is NULL.
    return {
      recorded: Number(row?.recorded ?? 0),
      withoutActions: Number(row?.without_actions ?? 0),
    };
  }

  /** The facts of each of `refs` on `now` (an ISO timestamp). */
  async sampleFacts(
    refs: string[],
    now: string,
  ): Promise<Map<string, SampleFacts>> {
    const facts = new Map<string, SampleFacts>();
    if (refs.length === 0) return facts;
    const today = now.slice(0, 10);
    const yearAgo = addMonthsToDay(now, -12);
    const assessed = await this.db('assessments')
      .whereIn('entity_ref', refs)
      .where('status', 'approved')
      .whereIn('type', ['risk', 'impact'])
      .distinct('entity_ref', 'type');
    const controls = await this.db('control_statuses as cs')
      .whereIn('cs.entity_ref', refs)
      .whereIn('cs.control_id', ANNEX_A_CONTROL_IDS)
      .select(
        'cs.entity_ref',
        'cs.control_id',
        'cs.applicable',
        'cs.status',
        this.db.raw(
          `CASE WHEN EXISTS (SELECT 1 FROM evidence_links l JOIN evidence ev ON ev.id = l.evidence_id
            WHERE l.entity_ref = cs.entity_ref AND l.target_type = 'control' AND l.target_id = cs.control_id
              AND (ev.expires_at IS NULL OR ev.expires_at > ?)
              AND (ev.file_name IS NULL OR ev.sha256 IS NOT NULL)) THEN 1 ELSE 0 END AS evidenced`,
          [now],
        ),
      )
      .orderBy('cs.control_id');
    const tasks = await this.db('tasks')
      .whereIn('entity_ref', refs)
      .select(
        'entity_ref',
        this.db.raw(
          `SUM(CASE WHEN status = 'open' AND kind IN ('revalidation', 'reassessment') AND due_at < ? THEN 1 ELSE 0 END) AS overdue_reassessments`,
          [today],
        ),
        this.db.raw(
          `SUM(CASE WHEN status = 'open' AND kind IN (${KINDS}) AND due_at < ? THEN 1 ELSE 0 END) AS overdue_reviews`,
          [today],
        ),
        this.db.raw(
          `SUM(CASE WHEN status = 'done' AND kind IN (${KINDS}) AND completed_at >= ? AND SUBSTR(completed_at, 1, 10) > due_at THEN 1 ELSE 0 END) AS late_reviews`,
          [yearAgo],
        ),
        this.db.raw(
          `SUM(CASE WHEN status = 'done' AND kind IN (${KINDS}) AND completed_at >= ? THEN 1 ELSE 0 END) AS done_reviews`,
          [yearAgo],
        ),
      )
      .groupBy('entity_ref');

    for (const ref of refs) {
      facts.set(ref, {
        riskApproved: false,
        impactApproved: false,
        overdueReassessments: 0,
        notApplicable: 0,
        implemented: [],
        evidenced: [],
        overdueReviews: 0,
        lateReviews: 0,
        doneReviews: 0,
      });
    }
    for (const a of assessed) {
      const f = facts.get(a.entity_ref)!;
      if (a.type === 'risk') f.riskApproved = true;
      else f.impactApproved = true;
    }
    for (const c of controls) {
      const f = facts.get(c.entity_ref)!;
      // SQLite answers booleans as 0/1.
      if (!c.applicable) f.notApplicable += 1;
      else if (c.status === 'implemented') {
        f.implemented.push(c.control_id);
        if (Number(c.evidenced) === 1) f.evidenced.push(c.control_id);
      }
    }
    for (const t of tasks) {
      const f = facts.get(t.entity_ref)!;
      // PostgreSQL answers sums as strings.
      f.overdueReassessments = Number(t.overdue_reassessments ?? 0);
      f.overdueReviews = Number(t.overdue_reviews ?? 0);
      f.lateReviews = Number(t.late_reviews ?? 0);
      f.doneReviews = Number(t.done_reviews ?? 0);
    }
    return facts;
  }
}
