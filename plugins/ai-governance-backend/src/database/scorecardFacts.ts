import {
  ANNEX_A_CONTROLS,
  OPEN_INCIDENT_STATUSES,
  RISK_LEVELS,
  type RiskLevel,
  type ScorecardRules,
} from '@aigov/plugin-ai-governance-common';

/*
 * The scorecard facts of an entity, declared per record type. Each record
 * type says what it adds to the facts: an aggregate over its table (one row
 * per entity), the fact columns that aggregate yields, and, for facts that
 * age with the date, when they next change by the clock alone. The facts
 * statement, the summary table's columns and the staleness of a summary are
 * all assembled from these declarations, so a new record type (tasks,
 * incidents) adds one entry to FACT_CONTRIBUTIONS and a migration for its
 * columns, and nothing else.
 */

const CONTROL_COUNT = ANNEX_A_CONTROLS.length;

/**
 * Restricts an aggregate to the entities in scope: given the column holding
 * the entity ref, the SQL condition (empty for every entity).
 */
export type FactScope = (column: string) => string;

/** Every entity. */
export const ALL_ENTITIES: FactScope = () => '';

/** What a contribution's aggregate is built from. */
export interface FactContext {
  rules: ScorecardRules;
  /** ` AND <column in scope>`, or nothing for every entity. */
  only: (column: string) => string;
  /** The risk levels at or above the appetite, as a SQL list of literals. */
  appetite: string;
}

/** A fact column a contribution yields. */
export interface FactColumn {
  name: string;
  /** The value over the aggregate's alias; `COALESCE(<alias>.<name>, 0)` by default. */
  sql?: (alias: string) => string;
}

/** What one record type contributes to the scorecard facts. */
export interface FactContribution {
  /** The history record type whose changes alter these facts. */
  recordType: string;
  /** The aggregate's alias in the facts statement. */
  alias: string;
  /**
   * One row per `entity_ref` with the fact columns and, when the facts age,
   * `next_change`: the earliest moment after `:now` (UTC ISO text) at which
   * one of them changes without a write.
   */
  aggregate: (ctx: FactContext) => string;
  facts: FactColumn[];
  /** True when `aggregate` yields `next_change`. */
  ages?: boolean;
}

/**
 * The moment a date-only due date has passed: `d < :today` turns true at the
 * start of the next day, which as text is `dT24:00:00.000Z` (it sorts after
 * every time of day `d` and before the next day), so dates and timestamps
 * compare on one scale without date arithmetic, which the two databases
 * spell differently.
 */
const dayAfter = (dateColumn: string) => `${dateColumn} || 'T24:00:00.000Z'`;

/** The earliest non-null value of the expressions (LEAST ignores NULL on PostgreSQL only). */
export function earliestOf(exprs: string[]): string {
  if (exprs.length === 0) return 'NULL';
  return exprs.reduce(
    (a, b) =>
      `(CASE WHEN ${a} IS NULL THEN ${b} WHEN ${b} IS NULL OR ${a} < ${b} THEN ${a} ELSE ${b} END)`,
  );
}

const controls: FactContribution = {
  recordType: 'control',
  alias: 'c',
  ages: true,
  aggregate: ({ only }) => `
    SELECT cs.entity_ref,
      SUM(CASE WHEN cs.applicable THEN 0 ELSE 1 END) AS not_applicable,
      SUM(CASE WHEN cs.applicable AND cs.status = 'implemented' THEN 1 ELSE 0 END) AS implemented,
      SUM(CASE WHEN cs.applicable AND cs.status <> 'implemented' AND cs.due_date < :today THEN 1 ELSE 0 END) AS overdue_controls,
      SUM(CASE WHEN cs.applicable AND cs.status = 'implemented' AND NOT EXISTS (
            SELECT 1 FROM evidence_links l JOIN evidence ev ON ev.id = l.evidence_id
            WHERE l.entity_ref = cs.entity_ref AND l.target_type = 'control' AND l.target_id = cs.control_id
              AND (ev.expires_at IS NULL OR ev.expires_at > :now)
              AND (ev.file_name IS NULL OR ev.sha256 IS NOT NULL)
          ) THEN 1 ELSE 0 END) AS implemented_without_evidence,
      MIN(CASE WHEN cs.applicable AND cs.status <> 'implemented' AND cs.due_date >= :today
          THEN ${dayAfter('cs.due_date')} END) AS next_change
    FROM control_statuses cs WHERE 1 = 1 ${only('cs.entity_ref')}
    GROUP BY cs.entity_ref`,
  facts: [
    {
      name: 'applicable',
      sql: a => `${CONTROL_COUNT} - COALESCE(${a}.not_applicable, 0)`,
    },
    { name: 'not_applicable' },
    { name: 'implemented' },
    { name: 'implemented_without_evidence' },
    { name: 'overdue_controls' },
  ],
};

const risks: FactContribution = {
  recordType: 'risk',
  alias: 'r',
  ages: true,
  aggregate: ({ only, appetite }) => {
    const openBy = (level: RiskLevel) =>
      `SUM(CASE WHEN status IN ('open', 'treating') AND level = '${level}' THEN 1 ELSE 0 END) AS open_${level}`;
    // A proposed risk is a template's suggestion nobody has confirmed yet:
    // no count, review or date reads it until its owner does.
    return `
    SELECT entity_ref,
      ${RISK_LEVELS.map(openBy).join(',\n      ')},
      SUM(CASE WHEN status IN ('open', 'treating', 'accepted') AND level IN (${appetite})
            AND NOT (status = 'treating' AND treatment <> 'accept' AND treatment_plan <> '')
            AND NOT (status = 'accepted' AND acceptance_expires_at >= :today)
          THEN 1 ELSE 0 END) AS untreated,
      SUM(CASE WHEN status NOT IN ('closed', 'proposed') AND (next_review_date < :today
            OR (status = 'accepted' AND acceptance_expires_at < :today)) THEN 1 ELSE 0 END) AS overdue_reviews,
      SUM(CASE WHEN status IN ('open', 'treating') AND due_date < :today THEN 1 ELSE 0 END) AS overdue_treatments,
      ${earliestOf([
        `MIN(CASE WHEN status NOT IN ('closed', 'proposed') AND next_review_date >= :today THEN ${dayAfter(
          'next_review_date',
        )} END)`,
        `MIN(CASE WHEN status = 'accepted' AND acceptance_expires_at >= :today THEN ${dayAfter(
          'acceptance_expires_at',
        )} END)`,
        `MIN(CASE WHEN status IN ('open', 'treating') AND due_date >= :today THEN ${dayAfter(
          'due_date',
        )} END)`,
      ])} AS next_change
    FROM risks WHERE 1 = 1 ${only('entity_ref')}
    GROUP BY entity_ref`;
  },
  facts: [
    ...RISK_LEVELS.map(l => ({ name: `open_${l}` })),
    { name: 'untreated' },
    { name: 'overdue_reviews' },
    { name: 'overdue_treatments' },
  ],
};

const evidence: FactContribution = {
  recordType: 'evidence',
  alias: 'e',
  ages: true,
  // Expiry also decides which implemented controls have current evidence
  // (the control aggregate): this `next_change` covers that too, as links
  // only join evidence of the same entity.
  aggregate: ({ only }) => `
    SELECT entity_ref, COUNT(*) AS evidence_total,
      SUM(CASE WHEN expires_at <= :now THEN 1 ELSE 0 END) AS evidence_expired,
      MIN(CASE WHEN expires_at > :now THEN expires_at END) AS next_change
    FROM evidence WHERE 1 = 1 ${only('entity_ref')}
    GROUP BY entity_ref`,
  facts: [{ name: 'evidence_total' }, { name: 'evidence_expired' }],
};

const assessments: FactContribution = {
  recordType: 'assessment',
  alias: 'a',
  aggregate: ({ only }) => `
    SELECT entity_ref,
      SUM(CASE WHEN type = 'risk' AND status = 'approved' THEN 1 ELSE 0 END) AS risk_approved,
      SUM(CASE WHEN type = 'impact' AND status = 'approved' THEN 1 ELSE 0 END) AS impact_approved
    FROM assessments WHERE 1 = 1 ${only('entity_ref')}
    GROUP BY entity_ref`,
  facts: [{ name: 'risk_approved' }, { name: 'impact_approved' }],
};

const tasks: FactContribution = {
  recordType: 'task',
  alias: 't',
  ages: true,
  // An open task turns overdue the day after its due date; done and
  // dismissed tasks count for nothing.
  aggregate: ({ only }) => `
    SELECT entity_ref,
      SUM(CASE WHEN kind = 'revalidation' THEN 1 ELSE 0 END) AS revalidation_due,
      SUM(CASE WHEN kind = 'revalidation' AND due_at < :today THEN 1 ELSE 0 END) AS overdue_revalidations,
      SUM(CASE WHEN due_at < :today THEN 1 ELSE 0 END) AS overdue_tasks,
      MIN(CASE WHEN due_at >= :today THEN ${dayAfter(
        'due_at',
      )} END) AS next_change
    FROM tasks WHERE status = 'open' ${only('entity_ref')}
    GROUP BY entity_ref`,
  facts: [
    { name: 'revalidation_due' },
    { name: 'overdue_revalidations' },
    { name: 'overdue_tasks' },
  ],
};

const correctiveActions: FactContribution = {
  recordType: 'nonconformity',
  alias: 'ca',
  ages: true,
  // An action not done turns overdue the day after its due date, as a
  // task does; done actions count for nothing.
  aggregate: ({ only }) => `
    SELECT entity_ref,
      SUM(CASE WHEN due_date < :today THEN 1 ELSE 0 END) AS overdue_corrective_actions,
      MIN(CASE WHEN due_date >= :today THEN ${dayAfter(
        'due_date',
      )} END) AS next_change
    FROM corrective_actions WHERE status <> 'done' ${only('entity_ref')}
    GROUP BY entity_ref`,
  facts: [{ name: 'overdue_corrective_actions' }],
};

/** The statuses an incident is still being worked on in, as a SQL list of literals. */
const OPEN_INCIDENTS = OPEN_INCIDENT_STATUSES.map(s => `'${s}'`).join(', ');

const incidents: FactContribution = {
  recordType: 'incident',
  alias: 'inc',
  // Only a write (closing or rejecting it) ends an open incident. The
  // serious ones cap the level; all of them count on the team scorecards.
  aggregate: ({ only }) => `
    SELECT entity_ref, COUNT(*) AS open_incidents,
      SUM(CASE WHEN serious THEN 1 ELSE 0 END) AS open_serious_incidents
    FROM incidents
    WHERE status IN (${OPEN_INCIDENTS}) ${only('entity_ref')}
    GROUP BY entity_ref`,
  facts: [{ name: 'open_incidents' }, { name: 'open_serious_incidents' }],
};

/** What each record type contributes to the scorecard facts; a new record type adds its entry here. */
export const FACT_CONTRIBUTIONS: readonly FactContribution[] = [
  controls,
  risks,
  evidence,
  assessments,
  tasks,
  correctiveActions,
  incidents,
];

/** Columns every facts row starts with, from the catalog snapshot. */
export const ENTITY_COLUMNS = [
  'entity_ref',
  'kind',
  'title',
  'owner_ref',
  'risk_tier',
  'has_purpose',
] as const;

/** The fact columns, in the order the contributions declare them. */
export const FACT_COLUMNS: readonly string[] = FACT_CONTRIBUTIONS.flatMap(c =>
  c.facts.map(f => f.name),
);

/**
 * The per-entity facts as SQL: the catalog snapshot joined with every
 * contribution's aggregate, plus `fresh_until`, the earliest moment the
 * facts change by the clock alone (NULL: never). `scope` restricts every
 * aggregate to the entities in scope.
 */
export function factsSql(
  rules: ScorecardRules,
  scope: FactScope = ALL_ENTITIES,
): string {
  const only = (column: string) => {
    const condition = scope(column);
    return condition ? `AND ${condition}` : '';
  };
  const appetite = RISK_LEVELS.filter(
    l => RISK_LEVELS.indexOf(l) >= RISK_LEVELS.indexOf(rules.riskAppetite),
  )
    .map(l => `'${l}'`)
    .join(', ');
  const ctx: FactContext = { rules, only, appetite };
  const columns = FACT_CONTRIBUTIONS.flatMap(c =>
    c.facts.map(
      f =>
        `${f.sql ? f.sql(c.alias) : `COALESCE(${c.alias}.${f.name}, 0)`} AS ${
          f.name
        }`,
    ),
  );
  const freshUntil = earliestOf(
    FACT_CONTRIBUTIONS.filter(c => c.ages).map(c => `${c.alias}.next_change`),
  );
  const joins = FACT_CONTRIBUTIONS.map(
    c =>
      `LEFT JOIN (${c.aggregate(ctx)}\n    ) ${c.alias} ON ${
        c.alias
      }.entity_ref = g.entity_ref`,
  );
  return `
    SELECT g.entity_ref, g.kind, g.title, g.owner_ref, g.risk_tier,
      CASE WHEN g.purpose IS NOT NULL AND g.purpose <> '' THEN 1 ELSE 0 END AS has_purpose,
      ${columns.join(',\n      ')},
      ${freshUntil} AS fresh_until
    FROM governed_entities g
    ${joins.join('\n    ')}
    WHERE 1 = 1 ${only('g.entity_ref')}`;
}

/** Compliance of the facts `f`: implemented ÷ applicable, 1 when nothing applies. */
export const COMPLIANCE_SQL = `CASE WHEN f.applicable = 0 THEN 1.0
  ELSE CAST(f.implemented AS DOUBLE PRECISION) / f.applicable END`;

/** The level rules of `scorecardLevel` as one SQL CASE over the facts `f`. */
export function levelSql(): string {
  const bronze = `f.owner_ref IS NOT NULL AND f.risk_tier IS NOT NULL AND f.has_purpose = 1 AND f.risk_approved > 0`;
  const silver = `f.untreated = 0 AND (f.risk_tier NOT IN ('high', 'prohibited') OR f.impact_approved > 0)
    AND ${COMPLIANCE_SQL} >= :silverMin AND f.overdue_revalidations = 0
    AND f.open_serious_incidents = 0`;
  const gold = `${COMPLIANCE_SQL} >= :goldMin AND f.implemented_without_evidence = 0 AND f.evidence_expired = 0
    AND f.overdue_reviews + f.overdue_treatments + f.overdue_controls + f.overdue_corrective_actions = 0`;
  return `CASE WHEN NOT (${bronze}) THEN 'none' WHEN NOT (${silver}) THEN 'bronze'
    WHEN NOT (${gold}) THEN 'silver' ELSE 'gold' END`;
}

/**
 * What a group's row adds up per AI system (alias `x`, a facts row with its
 * level): the measures of the org roll-up, kept per owner in
 * `owner_summaries` and summed over the group tree when read.
 */
export const ROLL_UP_MEASURES: ReadonlyArray<{
  name: string;
  sql: (x: string) => string;
}> = [
  { name: 'systems', sql: () => '1' },
  ...(['none', 'bronze', 'silver', 'gold'] as const).map(level => ({
    name: `level_${level}`,
    sql: (x: string) => `CASE WHEN ${x}.level = '${level}' THEN 1 ELSE 0 END`,
  })),
  { name: 'implemented', sql: x => `${x}.implemented` },
  { name: 'applicable', sql: x => `${x}.applicable` },
  {
    name: 'open_high_or_critical',
    sql: x => `${x}.open_high + ${x}.open_critical`,
  },
  { name: 'untreated', sql: x => `${x}.untreated` },
  {
    name: 'overdue',
    sql: x =>
      `${x}.overdue_reviews + ${x}.overdue_treatments + ${x}.overdue_controls + ${x}.overdue_corrective_actions`,
  },
  { name: 'expired_evidence', sql: x => `${x}.evidence_expired` },
  // Counts the team rows show as the entity rows hold them.
  ...['overdue_tasks', 'open_incidents', 'open_serious_incidents'].map(
    name => ({ name, sql: (x: string) => `${x}.${name}` }),
  ),
];

/** The systems the org roll-up counts (alias `x`): AI systems with an owner. */
export const COUNTED = (x: string) =>
  `${x}.kind = 'aisystem' AND ${x}.owner_ref IS NOT NULL`;

/** What every scorecard statement binds: the date and the rules' thresholds. */
export type ScorecardBindings = {
  today: string;
  now: string;
  silverMin: number;
  goldMin: number;
};

/** The bindings of a scorecard statement at `now` (UTC ISO 8601). */
export function bindingsAt(
  rules: ScorecardRules,
  now: string,
): ScorecardBindings {
  return {
    today: now.slice(0, 10),
    now,
    silverMin: rules.silverMinCompliance,
    goldMin: rules.goldMinCompliance,
  };
}

/** The facts of the entities in scope with their level (alias `f`), as the summaries store them. */
export function scoredSql(rules: ScorecardRules, scope?: FactScope): string {
  return `SELECT f.*, ${levelSql()} AS level FROM (${factsSql(
    rules,
    scope,
  )}) f`;
}

/** A summary row counts as stale at `:now` (alias `s`): a due date or expiry passed, or it was computed later than `:now`. */
export const STALE = (s: string) =>
  `(${s}.fresh_until <= :now OR ${s}.computed_at > :now)`;
