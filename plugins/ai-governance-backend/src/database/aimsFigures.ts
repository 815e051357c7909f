import type { Knex } from 'knex';
import { ANNEX_A_CONTROL_IDS } from '@aigov/plugin-ai-governance-common';
import {
  countObjectiveFigures,
  type ObjectiveFigures,
} from './objectiveFigures';
import { countReviewFigures, type ReviewFigures } from './reviewFigures';

/*
 * The figures the clause gap assessment is pre-filled from, counted in one
 * statement over the AI systems in scope: a row of flags and counts per
 * system (correlated subqueries, each on an entity_ref index), summed.
 *
 * In scope, until the AIMS scope record exists (issue 15, deliverable 1):
 * every AiSystem of the catalog snapshot (governed_entities, kind
 * aisystem) whose lifecycle is not `experimental`.
 */

/** What the suite's records show about the AI systems in scope. */
export interface AimsFigures extends ObjectiveFigures, ReviewFigures {
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
  WHERE g.kind = 'aisystem' AND (g.lifecycle IS NULL OR LOWER(g.lifecycle) <> 'experimental')`;

const FIGURES_SQL = `
  SELECT COUNT(*) AS systems,
    SUM(s.risk_approved) AS risk_assessed,
    SUM(CASE WHEN s.controls_decided = ${ANNEX_A_CONTROL_IDS.length} THEN 1 ELSE 0 END) AS soa_decided,
    SUM(CASE WHEN s.risk_approved = 1 AND s.overdue_reviews = 0 THEN 1 ELSE 0 END) AS risk_assessed_current,
    SUM(s.overdue_reviews) AS overdue_risk_reviews,
    SUM(CASE WHEN s.risks > 0 AND s.overdue_treatments = 0 THEN 1 ELSE 0 END) AS treatment_on_time,
    SUM(s.overdue_treatments) AS overdue_treatments,
    SUM(s.high_tier) AS high_tier,
    SUM(CASE WHEN s.high_tier = 1 THEN s.impact_approved ELSE 0 END) AS impact_assessed,
    SUM(CASE WHEN s.high_tier = 1 AND s.impact_approved = 1 AND s.overdue_reassessments = 0
      THEN 1 ELSE 0 END) AS impact_assessed_current,
    SUM(CASE WHEN s.monitored = 1 AND s.overdue_monitoring = 0 THEN 1 ELSE 0 END) AS monitoring_on_time,
    SUM(s.overdue_monitoring) AS overdue_monitoring,
    SUM(s.nonconformities) AS nonconformities,
    SUM(s.closed_nonconformities) AS closed_nonconformities,
    SUM(s.without_actions) AS without_actions,
    SUM(s.overdue_actions) AS overdue_actions
  FROM (${PER_SYSTEM}) s`;

const camel = (name: string) =>
  name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Counts the {@link AimsFigures} on `today` (YYYY-MM-DD). */
export async function countAimsFigures(
  db: Knex,
  today: string,
): Promise<AimsFigures> {
  const result = await db.raw(FIGURES_SQL, { today });
  const [row] = (
    Array.isArray(result) ? result : (result as { rows: unknown[] }).rows
  ) as Record<string, string | number | null>[];
  // SUM over no rows is NULL, and PostgreSQL answers counts as strings.
  const figures: Record<string, number> = {};
  for (const [name, value] of Object.entries(row ?? {})) {
    figures[camel(name)] = Number(value ?? 0);
  }
  return {
    ...(figures as any),
    ...(await auditFigures(db, today)),
    ...(await countObjectiveFigures(db, today)),
    ...(await countReviewFigures(db, today)),
  };
}

/** The audits the 9.2 pre-fill is decided by, on `today`. */
async function auditFigures(db: Knex, today: string) {
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
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
