import type { Knex } from 'knex';
import {
  addMonthsToDay,
  ANNEX_A_CONTROL_IDS,
} from '@aigov/plugin-ai-governance-common';
import {
  countObjectiveFigures,
  type ObjectiveFigures,
} from './objectiveFigures';
import { countReviewFigures, type ReviewFigures } from './reviewFigures';
import { countPolicyFigures, type PolicyFigures } from './policyFigures';

/*
 * The figures the clause gap assessment is pre-filled from: one statement
 * gives a row of flags and counts per AI system of the snapshot (correlated
 * subqueries, each on an entity_ref index), summed here over the systems
 * the AIMS scope puts in scope (AimsScopeService resolves its filter live
 * from the catalog, so the set is passed in rather than joined in SQL).
 */

/** What the suite's records show about the AI systems in scope. */
export interface AimsFigures
  extends ObjectiveFigures,
    PolicyFigures,
    ReviewFigures {
  /** AI systems in scope. */
  systems: number;
  /** Of those, with an approved risk assessment. */
  riskAssessed: number;
  /** Of those, with a row for every Annex A control (the Statement of Applicability decided). */
  soaDecided: number;
  /** Of those, with an approved risk assessment and no risk review overdue. */
  riskAssessedCurrent: number;
  /** Risk reviews overdue (review date or acceptance expiry passed). */
  overdueRiskReviews: number;
  /** Of those, with a risk recorded and no treatment or applicable control past its due date. */
  treatmentOnTime: number;
  /** Treatments and applicable controls past their due date. */
  overdueTreatments: number;
  /** AI systems in scope of the high (or prohibited) tier. */
  highTier: number;
  /** Of those, with an approved impact assessment. */
  impactAssessed: number;
  /** Of those, with an approved impact assessment and no revalidation or reassessment overdue. */
  impactAssessedCurrent: number;
  /** Of all in scope, with drift or bias reviews scheduled (a task of either kind) and none overdue. */
  monitoringOnTime: number;
  /** Drift and bias review tasks overdue. */
  overdueMonitoring: number;
  /** Nonconformities on the systems in scope. */
  nonconformities: number;
  /** Of those, closed (which needs an effective review). */
  closedNonconformities: number;
  /** Of those, still open without a corrective action. */
  withoutActions: number;
  /** Corrective actions not done past their due date. */
  overdueActions: number;
  /** The latest audit completed in the last 12 months; null when none. */
  lastCompletedAudit: AuditFigure | null;
  /** An audit planned or in progress this year, the earliest first; null when none. */
  currentAudit: AuditFigure | null;
}

/** An audit as the 9.2 pre-fill names it. */
export interface AuditFigure {
  title: string;
  status: string;
  /** Its completion date, or its planned start, YYYY-MM-DD. */
  date: string;
}

const CONTROL_IDS = ANNEX_A_CONTROL_IDS.map(id => `'${id}'`).join(', ');
const HIGH_TIERS = `'high', 'prohibited'`;

const PER_SYSTEM = `
  SELECT g.entity_ref,
    CASE WHEN g.risk_tier IN (${HIGH_TIERS}) THEN 1 ELSE 0 END AS high_tier,
    CASE WHEN EXISTS (SELECT 1 FROM assessments a WHERE a.entity_ref = g.entity_ref
      AND a.type = 'risk' AND a.status = 'approved') THEN 1 ELSE 0 END AS risk_approved,
    CASE WHEN EXISTS (SELECT 1 FROM assessments a WHERE a.entity_ref = g.entity_ref
      AND a.type = 'impact' AND a.status = 'approved') THEN 1 ELSE 0 END AS impact_approved,
    (SELECT COUNT(*) FROM control_statuses cs WHERE cs.entity_ref = g.entity_ref
      AND cs.control_id IN (${CONTROL_IDS})) AS controls_decided,
    (SELECT COUNT(*) FROM risks r WHERE r.entity_ref = g.entity_ref
      AND r.status NOT IN ('closed', 'proposed')) AS risks,
    (SELECT COUNT(*) FROM risks r WHERE r.entity_ref = g.entity_ref
      AND r.status NOT IN ('closed', 'proposed') AND (r.next_review_date < :today
        OR (r.status = 'accepted' AND r.acceptance_expires_at < :today))) AS overdue_reviews,
    (SELECT COUNT(*) FROM risks r WHERE r.entity_ref = g.entity_ref
      AND r.status IN ('open', 'treating') AND r.due_date < :today)
    + (SELECT COUNT(*) FROM control_statuses cs WHERE cs.entity_ref = g.entity_ref
      AND cs.applicable AND cs.status <> 'implemented' AND cs.due_date < :today) AS overdue_treatments,
    (SELECT COUNT(*) FROM tasks t WHERE t.entity_ref = g.entity_ref AND t.status = 'open'
      AND t.kind IN ('revalidation', 'reassessment') AND t.due_at < :today) AS overdue_reassessments,
    CASE WHEN EXISTS (SELECT 1 FROM tasks t WHERE t.entity_ref = g.entity_ref
      AND t.kind IN ('drift-review', 'bias-review')) THEN 1 ELSE 0 END AS monitored,
    (SELECT COUNT(*) FROM tasks t WHERE t.entity_ref = g.entity_ref AND t.status = 'open'
      AND t.kind IN ('drift-review', 'bias-review') AND t.due_at < :today) AS overdue_monitoring,
    (SELECT COUNT(*) FROM nonconformities n WHERE n.entity_ref = g.entity_ref) AS nonconformities,
    (SELECT COUNT(*) FROM nonconformities n WHERE n.entity_ref = g.entity_ref
      AND n.status = 'closed') AS closed_nonconformities,
    (SELECT COUNT(*) FROM nonconformities n WHERE n.entity_ref = g.entity_ref AND n.status = 'open'
      AND NOT EXISTS (SELECT 1 FROM corrective_actions ca WHERE ca.nonconformity_id = n.id)) AS without_actions,
    (SELECT COUNT(*) FROM corrective_actions ca WHERE ca.entity_ref = g.entity_ref
      AND ca.status <> 'done' AND ca.due_date < :today) AS overdue_actions
  FROM governed_entities g
  WHERE g.kind = 'aisystem'`;

/** One system's row of PER_SYSTEM; PostgreSQL answers counts as strings. */
type SystemRow = Record<string, string | number | null>;

const n = (row: SystemRow, column: string) => Number(row[column] ?? 0);

/** The figures summed over the rows of the systems in scope. */
function sumFigures(rows: SystemRow[], systems: number) {
  const count = (test: (r: SystemRow) => boolean) => rows.filter(test).length;
  const sum = (column: string) => rows.reduce((t, r) => t + n(r, column), 0);
  const high = (r: SystemRow) => n(r, 'high_tier') === 1;
  return {
    systems,
    riskAssessed: sum('risk_approved'),
    soaDecided: count(
      r => n(r, 'controls_decided') === ANNEX_A_CONTROL_IDS.length,
    ),
    riskAssessedCurrent: count(
      r => n(r, 'risk_approved') === 1 && n(r, 'overdue_reviews') === 0,
    ),
    overdueRiskReviews: sum('overdue_reviews'),
    treatmentOnTime: count(
      r => n(r, 'risks') > 0 && n(r, 'overdue_treatments') === 0,
    ),
    overdueTreatments: sum('overdue_treatments'),
    highTier: count(high),
    impactAssessed: count(r => high(r) && n(r, 'impact_approved') === 1),
    impactAssessedCurrent: count(
      r =>
        high(r) &&
        n(r, 'impact_approved') === 1 &&
        n(r, 'overdue_reassessments') === 0,
    ),
    monitoringOnTime: count(
      r => n(r, 'monitored') === 1 && n(r, 'overdue_monitoring') === 0,
    ),
    overdueMonitoring: sum('overdue_monitoring'),
    nonconformities: sum('nonconformities'),
    closedNonconformities: sum('closed_nonconformities'),
    withoutActions: sum('without_actions'),
    overdueActions: sum('overdue_actions'),
  };
}

/**
 * Counts the {@link AimsFigures} on `today` (YYYY-MM-DD) over the AI
 * systems in scope (lower-case refs, as the AIMS scope resolves them). A
 * system in scope the snapshot has not seen yet counts, with no records.
 */
export async function countAimsFigures(
  db: Knex,
  today: string,
  inScope: ReadonlySet<string>,
): Promise<AimsFigures> {
  const result = await db.raw(PER_SYSTEM, { today });
  const rows = (
    Array.isArray(result) ? result : (result as { rows: unknown[] }).rows
  ) as SystemRow[];
  const scoped = rows.filter(r =>
    inScope.has(String(r.entity_ref).toLocaleLowerCase('en-US')),
  );
  return {
    ...sumFigures(scoped, inScope.size),
    ...(await auditFigures(db, today)),
    ...(await countObjectiveFigures(db, today)),
    ...(await countReviewFigures(db, today)),
    ...(await countPolicyFigures(db, today)),
  };
}

/** The audits the 9.2 pre-fill is decided by, on `today`. */
async function auditFigures(db: Knex, today: string) {
  const yearAgo = addMonthsToDay(today, -12);
  const completed = await db('audits')
    .where('status', 'completed')
    .where('completed_at', '>=', yearAgo)
    .orderBy('completed_at', 'desc')
    .first('title', 'status', 'completed_at');
  const current = await db('audits')
    .whereIn('status', ['planned', 'in-progress'])
    .where('year', Number(today.slice(0, 4)))
    .orderByRaw("CASE WHEN status = 'in-progress' THEN 0 ELSE 1 END")
    .orderBy('planned_start')
    .first('title', 'status', 'planned_start');
  return {
    lastCompletedAudit: completed
      ? {
          title: completed.title,
          status: completed.status,
          date: String(completed.completed_at).slice(0, 10),
        }
      : null,
    currentAudit: current
      ? {
          title: current.title,
          status: current.status,
          date: current.planned_start,
        }
      : null,
  };
}
