import type { Knex } from 'knex';
import {
  ANNEX_A_CONTROLS,
  complianceOf,
  RISK_LEVELS,
  scorecardLevel,
  type EntityScorecard,
  type RiskLevel,
  type ScorecardFacts,
  type ScorecardRules,
  type TeamScorecard,
} from '@aigov/plugin-ai-governance-common';

/*
 * Scorecards are computed by the database: one aggregate per table joined on
 * the entity, never by loading records into JavaScript. The level rules are
 * written twice on purpose — here as SQL for org-wide roll-ups, and in
 * -common as the reference (`scorecardLevel`) — and a property test holds
 * the two to the same answer on random data.
 */

const CONTROL_COUNT = ANNEX_A_CONTROLS.length;

type Bindings = {
  today: string;
  now: string;
  silverMin: number;
  goldMin: number;
  entityRef?: string;
};

/** A statement with named bindings, as `knex.raw` takes it. */
export interface ScorecardQuery {
  sql: string;
  bindings: Bindings & Record<string, unknown>;
}

/** What every scorecard statement binds: the date and the rules' thresholds. */
function bindingsAt(rules: ScorecardRules, clock: Date): Bindings {
  const now = clock.toISOString();
  return {
    today: now.slice(0, 10),
    now,
    silverMin: rules.silverMinCompliance,
    goldMin: rules.goldMinCompliance,
  };
}

/** The per-entity facts as SQL; `scoped` restricts every aggregate to `:entityRef`. */
function factsSql(rules: ScorecardRules, scoped: boolean): string {
  const only = (column = 'entity_ref') =>
    scoped ? `AND ${column} = :entityRef` : '';
  const appetite = RISK_LEVELS.filter(
    l => RISK_LEVELS.indexOf(l) >= RISK_LEVELS.indexOf(rules.riskAppetite),
  )
    .map(l => `'${l}'`)
    .join(', ');
  const openBy = (level: RiskLevel) =>
    `SUM(CASE WHEN status IN ('open', 'treating') AND level = '${level}' THEN 1 ELSE 0 END) AS open_${level}`;
  return `
    SELECT g.entity_ref, g.kind, g.title, g.owner_ref, g.risk_tier,
      CASE WHEN g.purpose IS NOT NULL AND g.purpose <> '' THEN 1 ELSE 0 END AS has_purpose,
      ${CONTROL_COUNT} - COALESCE(c.not_applicable, 0) AS applicable,
      COALESCE(c.not_applicable, 0) AS not_applicable,
      COALESCE(c.implemented, 0) AS implemented,
      COALESCE(c.implemented_without_evidence, 0) AS implemented_without_evidence,
      COALESCE(c.overdue_controls, 0) AS overdue_controls,
      ${RISK_LEVELS.map(l => `COALESCE(r.open_${l}, 0) AS open_${l}`).join(
        ', ',
      )},
      COALESCE(r.untreated, 0) AS untreated,
      COALESCE(r.overdue_reviews, 0) AS overdue_reviews,
      COALESCE(r.overdue_treatments, 0) AS overdue_treatments,
      COALESCE(e.total, 0) AS evidence_total,
      COALESCE(e.expired, 0) AS evidence_expired,
      COALESCE(a.risk_approved, 0) AS risk_approved,
      COALESCE(a.impact_approved, 0) AS impact_approved
    FROM governed_entities g
    LEFT JOIN (
      SELECT cs.entity_ref,
        SUM(CASE WHEN cs.applicable THEN 0 ELSE 1 END) AS not_applicable,
        SUM(CASE WHEN cs.applicable AND cs.status = 'implemented' THEN 1 ELSE 0 END) AS implemented,
        SUM(CASE WHEN cs.applicable AND cs.status <> 'implemented' AND cs.due_date < :today THEN 1 ELSE 0 END) AS overdue_controls,
        SUM(CASE WHEN cs.applicable AND cs.status = 'implemented' AND NOT EXISTS (
              SELECT 1 FROM evidence_links l JOIN evidence ev ON ev.id = l.evidence_id
              WHERE l.entity_ref = cs.entity_ref AND l.target_type = 'control' AND l.target_id = cs.control_id
                AND (ev.expires_at IS NULL OR ev.expires_at > :now)
                AND (ev.file_name IS NULL OR ev.sha256 IS NOT NULL)
            ) THEN 1 ELSE 0 END) AS implemented_without_evidence
      FROM control_statuses cs WHERE 1 = 1 ${only('cs.entity_ref')}
      GROUP BY cs.entity_ref
    ) c ON c.entity_ref = g.entity_ref
    LEFT JOIN (
      SELECT entity_ref,
        ${RISK_LEVELS.map(openBy).join(',\n        ')},
        SUM(CASE WHEN status IN ('open', 'treating', 'accepted') AND level IN (${appetite})
              AND NOT (status = 'treating' AND treatment <> 'accept' AND treatment_plan <> '')
              AND NOT (status = 'accepted' AND acceptance_expires_at >= :today)
            THEN 1 ELSE 0 END) AS untreated,
        SUM(CASE WHEN status <> 'closed' AND (next_review_date < :today
              OR (status = 'accepted' AND acceptance_expires_at < :today)) THEN 1 ELSE 0 END) AS overdue_reviews,
        SUM(CASE WHEN status IN ('open', 'treating') AND due_date < :today THEN 1 ELSE 0 END) AS overdue_treatments
      FROM risks WHERE 1 = 1 ${only()}
      GROUP BY entity_ref
    ) r ON r.entity_ref = g.entity_ref
    LEFT JOIN (
      SELECT entity_ref, COUNT(*) AS total,
        SUM(CASE WHEN expires_at <= :now THEN 1 ELSE 0 END) AS expired
      FROM evidence WHERE 1 = 1 ${only()}
      GROUP BY entity_ref
    ) e ON e.entity_ref = g.entity_ref
    LEFT JOIN (
      SELECT entity_ref,
        SUM(CASE WHEN type = 'risk' AND status = 'approved' THEN 1 ELSE 0 END) AS risk_approved,
        SUM(CASE WHEN type = 'impact' AND status = 'approved' THEN 1 ELSE 0 END) AS impact_approved
      FROM assessments WHERE 1 = 1 ${only()}
      GROUP BY entity_ref
    ) a ON a.entity_ref = g.entity_ref
    WHERE 1 = 1 ${only('g.entity_ref')}`;
}

const COMPLIANCE_SQL = `CASE WHEN f.applicable = 0 THEN 1.0
  ELSE CAST(f.implemented AS DOUBLE PRECISION) / f.applicable END`;

/** The level rules of `scorecardLevel` as one SQL CASE over the facts `f`. */
function levelSql(): string {
  const bronze = `f.owner_ref IS NOT NULL AND f.risk_tier IS NOT NULL AND f.has_purpose = 1 AND f.risk_approved > 0`;
  const silver = `f.untreated = 0 AND (f.risk_tier NOT IN ('high', 'prohibited') OR f.impact_approved > 0)
    AND ${COMPLIANCE_SQL} >= :silverMin`;
  const gold = `${COMPLIANCE_SQL} >= :goldMin AND f.implemented_without_evidence = 0 AND f.evidence_expired = 0
    AND f.overdue_reviews + f.overdue_treatments + f.overdue_controls = 0`;
  return `CASE WHEN NOT (${bronze}) THEN 'none' WHEN NOT (${silver}) THEN 'bronze'
    WHEN NOT (${gold}) THEN 'silver' ELSE 'gold' END`;
}

/**
 * The facts of one entity and the level the SQL rules give: the statement
 * `Scorecards.entityFacts` runs.
 */
export function entityScorecardQuery(
  rules: ScorecardRules,
  now: Date,
  entityRef: string,
): ScorecardQuery {
  return {
    sql: `SELECT f.*, ${levelSql()} AS level FROM (${factsSql(rules, true)}) f`,
    bindings: { ...bindingsAt(rules, now), entityRef },
  };
}

/**
 * The org roll-up as one statement: a row per owning group, over the AI
 * systems it owns directly or through its child groups (any depth). It is
 * the statement `Scorecards.byOwner` runs, exported so that
 * bench/records.mjs times this very SQL on its own. `restrict` narrows the
 * systems (a permission condition over the facts, alias `f`).
 */
export function orgRollUpQuery(
  rules: ScorecardRules,
  now: Date,
  restrict?: { sql: string; bindings: Record<string, unknown> },
): ScorecardQuery {
  const sql = `
    WITH RECURSIVE closure(ancestor, descendant) AS (
      SELECT group_ref, group_ref FROM catalog_groups
      UNION
      SELECT cg.parent_ref, c.descendant FROM closure c
      JOIN catalog_groups cg ON cg.group_ref = c.ancestor
      WHERE cg.parent_ref IS NOT NULL
    ),
    scored AS (
      SELECT f.*, ${levelSql()} AS level, ${COMPLIANCE_SQL} AS compliance
      FROM (${factsSql(rules, false)}) f
      WHERE f.kind = 'aisystem' AND f.owner_ref IS NOT NULL ${
        restrict ? `AND (${restrict.sql})` : ''
      }
    )
    SELECT COALESCE(cl.ancestor, s.owner_ref) AS group_ref,
      COUNT(*) AS systems,
      SUM(CASE WHEN s.level = 'none' THEN 1 ELSE 0 END) AS level_none,
      SUM(CASE WHEN s.level = 'bronze' THEN 1 ELSE 0 END) AS level_bronze,
      SUM(CASE WHEN s.level = 'silver' THEN 1 ELSE 0 END) AS level_silver,
      SUM(CASE WHEN s.level = 'gold' THEN 1 ELSE 0 END) AS level_gold,
      SUM(s.implemented) AS implemented,
      SUM(s.applicable) AS applicable,
      SUM(s.open_high + s.open_critical) AS open_high_or_critical,
      SUM(s.untreated) AS untreated,
      SUM(s.overdue_reviews + s.overdue_treatments + s.overdue_controls) AS overdue,
      SUM(s.evidence_expired) AS expired_evidence
    FROM scored s
    LEFT JOIN closure cl ON cl.descendant = s.owner_ref
    GROUP BY COALESCE(cl.ancestor, s.owner_ref)
    ORDER BY group_ref`;
  return {
    sql,
    bindings: { ...bindingsAt(rules, now), ...(restrict?.bindings ?? {}) },
  };
}

type FactsRow = Record<string, string | number | null>;

/**
 * Runs the org roll-up the way `byOwner` does, and returns its rows.
 * PostgreSQL's JIT compiler spends seconds compiling this one-off aggregate
 * over large tables (3.2 s → 0.8 s at 10,000 systems without it,
 * bench/records.mjs), so it is off for this statement only.
 */
export async function runOrgRollUp(
  db: Knex,
  query: ScorecardQuery,
): Promise<FactsRow[]> {
  const result =
    db.client.config.client === 'pg'
      ? await db.transaction(async trx => {
          await trx.raw('SET LOCAL jit = off');
          return trx.raw(query.sql, query.bindings);
        })
      : await db.raw(query.sql, query.bindings);
  return Array.isArray(result) ? result : result.rows;
}

const n = (v: unknown) => Number(v ?? 0);

function factsFromRow(row: FactsRow): ScorecardFacts {
  return {
    hasOwner: row.owner_ref !== null,
    hasTier: row.risk_tier !== null,
    hasPurpose: n(row.has_purpose) === 1,
    highTier: row.risk_tier === 'high' || row.risk_tier === 'prohibited',
    riskAssessmentApproved: n(row.risk_approved) > 0,
    impactAssessmentApproved: n(row.impact_approved) > 0,
    applicableControls: n(row.applicable),
    implementedControls: n(row.implemented),
    implementedWithoutEvidence: n(row.implemented_without_evidence),
    untreatedAboveAppetite: n(row.untreated),
    overdueReviews: n(row.overdue_reviews),
    overdueTreatments: n(row.overdue_treatments),
    overdueControls: n(row.overdue_controls),
    expiredEvidence: n(row.evidence_expired),
  };
}

/** Scorecards from the database. */
export class Scorecards {
  constructor(
    private readonly db: Knex,
    private readonly rules: ScorecardRules,
    private readonly clock: () => Date,
  ) {}

  /** The facts, and the level the SQL rules give, of one entity (undefined if unknown). */
  async entityFacts(
    entityRef: string,
  ): Promise<
    { row: FactsRow; facts: ScorecardFacts; sqlLevel: string } | undefined
  > {
    const { sql, bindings } = entityScorecardQuery(
      this.rules,
      this.clock(),
      entityRef,
    );
    const result = await this.db.raw(sql, bindings);
    const rows: FactsRow[] = Array.isArray(result) ? result : result.rows;
    if (!rows.length) return undefined;
    return {
      row: rows[0],
      facts: factsFromRow(rows[0]),
      sqlLevel: String(rows[0].level),
    };
  }

  /** The scorecard of one entity. */
  async entity(entityRef: string): Promise<EntityScorecard | undefined> {
    const found = await this.entityFacts(entityRef);
    if (!found) return undefined;
    const { row, facts } = found;
    const { level, nextLevel, missing } = scorecardLevel(facts, this.rules);
    return {
      entityRef,
      title: row.title === null ? null : String(row.title),
      owner: row.owner_ref === null ? null : String(row.owner_ref),
      riskTier: row.risk_tier === null ? null : String(row.risk_tier),
      level,
      nextLevel,
      missingForNextLevel: missing,
      compliance: complianceOf(facts),
      controls: {
        applicable: facts.applicableControls,
        implemented: facts.implementedControls,
        notApplicable: n(row.not_applicable),
      },
      risks: {
        open: Object.fromEntries(
          RISK_LEVELS.map(l => [l, n(row[`open_${l}`])]),
        ) as Record<RiskLevel, number>,
        untreatedAboveAppetite: facts.untreatedAboveAppetite,
      },
      overdue: {
        reviews: facts.overdueReviews,
        treatments: facts.overdueTreatments,
        controls: facts.overdueControls,
      },
      evidence: {
        total: n(row.evidence_total),
        expired: facts.expiredEvidence,
      },
      assessments: {
        riskApproved: facts.riskAssessmentApproved,
        impactApproved: facts.impactAssessmentApproved,
      },
    };
  }

  /**
   * One row per owning group: the AI systems it owns directly or through its
   * child groups (any depth), in a single query.
   */
  async byOwner(restrict?: {
    sql: string;
    bindings: Record<string, unknown>;
  }): Promise<TeamScorecard[]> {
    const rows = await runOrgRollUp(
      this.db,
      orgRollUpQuery(this.rules, this.clock(), restrict),
    );
    return rows.map(row => ({
      groupRef: String(row.group_ref),
      systems: n(row.systems),
      levels: {
        none: n(row.level_none),
        bronze: n(row.level_bronze),
        silver: n(row.level_silver),
        gold: n(row.level_gold),
      },
      compliance:
        n(row.applicable) === 0 ? 1 : n(row.implemented) / n(row.applicable),
      openHighOrCritical: n(row.open_high_or_critical),
      untreatedAboveAppetite: n(row.untreated),
      overdue: n(row.overdue),
      expiredEvidence: n(row.expired_evidence),
    }));
  }
}
