import type { Knex } from 'knex';
import {
  complianceOf,
  RISK_LEVELS,
  scorecardLevel,
  type EntityScorecard,
  type RiskLevel,
  type ScorecardFacts,
  type ScorecardRules,
  type TeamScorecard,
} from '@aigov/plugin-ai-governance-common';
import {
  entityScorecardQuery,
  type FactsRestriction,
  liveOrgRollUpQuery,
  orgRollUpQuery,
  type ScorecardQuery,
} from './rollUps';
import {
  DatabaseSummaryStore,
  definitionsKey,
  type SummaryDrift,
} from './SummaryStore';
import { runLarge } from './runLarge';
import { lockedTransaction } from './UnitOfWork';

export {
  entityScorecardQuery,
  liveOrgRollUpQuery,
  orgRollUpQuery,
  type FactsRestriction,
  type ScorecardQuery,
};

/*
 * Scorecards are defined by SQL over the records (scorecardFacts.ts, one
 * aggregate per record type joined on the entity, never records loaded into
 * JavaScript) and read from summaries that every write keeps
 * (SummaryStore.ts): per entity one row of facts, per owner the org
 * roll-up's measures. The level rules are written twice on purpose — as SQL
 * here and in -common as the reference (`scorecardLevel`) — and property
 * tests hold the SQL to the reference and the summaries to the SQL.
 *
 * Facts that age with the clock (a due date passing, evidence expiring) make
 * a summary stale at its `fresh_until`: until the aging job recomputes it,
 * reads compute such entities from the records, so answers are exact at
 * every moment.
 */

/** Above this many stale summaries a roll-up selects them in SQL rather than by a list of refs. */
const STALE_LIST_MAX = 1000;

type FactsRow = Record<string, string | number | null>;

const rowsOf = (result: unknown): FactsRow[] =>
  Array.isArray(result) ? result : (result as { rows: FactsRow[] }).rows;

/** Runs a statement that computes facts over many entities, without PostgreSQL's JIT (see runLarge). */
async function runWithoutJit(db: Knex, query: ScorecardQuery) {
  return rowsOf(
    await runLarge(db, query.sql, query.bindings as Knex.ValueDict),
  );
}

/**
 * The org roll-up's rows, as `Scorecards.byOwner` computes them: from the
 * summaries when they follow these rules and this SQL (the stale ones
 * computed from the records), otherwise from the records.
 */
export async function runOrgRollUp(
  db: Knex,
  rules: ScorecardRules,
  now: Date,
  restrict?: FactsRestriction,
): Promise<FactsRow[]> {
  const store = new DatabaseSummaryStore(db);
  const definitions = await store.definitions();
  if (definitions?.key !== definitionsKey(rules)) {
    return runWithoutJit(db, liveOrgRollUpQuery(rules, now, restrict));
  }
  const stale = await store.stale(now.toISOString(), STALE_LIST_MAX + 1);
  if (stale.length === 0) {
    const query = orgRollUpQuery(rules, now, { restrict });
    return rowsOf(await db.raw(query.sql, query.bindings));
  }
  return runWithoutJit(
    db,
    orgRollUpQuery(rules, now, {
      restrict,
      stale: stale.length > STALE_LIST_MAX ? 'query' : stale,
    }),
  );
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
    revalidationDue: n(row.revalidation_due),
    overdueRevalidations: n(row.overdue_revalidations),
    overdueTasks: n(row.overdue_tasks),
    overdueCorrectiveActions: n(row.overdue_corrective_actions),
    openSeriousIncidents: n(row.open_serious_incidents),
  };
}

/** The scorecard of an entity from its facts row: a summary, or its facts from the records. */
export function scorecardOf(
  entityRef: string,
  row: FactsRow,
  rules: ScorecardRules,
): EntityScorecard {
  const facts = factsFromRow(row);
  const { level, nextLevel, missing, missingItems } = scorecardLevel(
    facts,
    rules,
  );
  return {
    entityRef,
    title: row.title === null ? null : String(row.title),
    owner: row.owner_ref === null ? null : String(row.owner_ref),
    riskTier: row.risk_tier === null ? null : String(row.risk_tier),
    level,
    nextLevel,
    missingForNextLevel: missing,
    missingItems,
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
    revalidation: {
      due: facts.revalidationDue,
      overdue: facts.overdueRevalidations,
    },
  };
}

/** The scorecard of a group from its org roll-up row. */
export function teamScorecardOf(row: Record<string, unknown>): TeamScorecard {
  return {
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
    overdueTasks: n(row.overdue_tasks),
    openIncidents: n(row.open_incidents),
    openSeriousIncidents: n(row.open_serious_incidents),
    childGroups: [],
  };
}

/**
 * Names in each team row the direct child groups that have a row too: the
 * teams it rolls up, so a department whose counts equal one team's says why.
 */
export function withChildGroups(
  teams: TeamScorecard[],
  edges: Array<{ groupRef: string; parentRef: string | null }>,
): TeamScorecard[] {
  const rowed = new Set(teams.map(t => t.groupRef));
  const children = new Map<string, string[]>();
  for (const { groupRef, parentRef } of edges) {
    if (!parentRef || !rowed.has(groupRef)) continue;
    children.set(parentRef, [...(children.get(parentRef) ?? []), groupRef]);
  }
  return teams.map(t => ({
    ...t,
    childGroups: (children.get(t.groupRef) ?? []).sort(),
  }));
}

/** The group tree's edges, as the catalog snapshot holds them. */
export async function groupEdges(
  db: Knex,
): Promise<Array<{ groupRef: string; parentRef: string | null }>> {
  const rows = await db('catalog_groups').select('group_ref', 'parent_ref');
  return rows.map(r => ({ groupRef: r.group_ref, parentRef: r.parent_ref }));
}

/** What a summary check found and repaired. */
export interface SummaryRepair {
  /** True when the definitions (rules or SQL) had changed and every summary was recomputed. */
  rebuilt: boolean;
  /** Stale summaries recomputed first. */
  aged: number;
  /** How many summaries and owners' totals differed from the definitions, and whether the heat map's totals did; all repaired. */
  drift: { entities: number; owners: number; heatMapTotals: boolean };
  /** The first entity refs (and owners) that differed. */
  first: string[];
}

/** Scorecards from the database. */
export class Scorecards {
  private readonly summaries: DatabaseSummaryStore;

  constructor(
    private readonly db: Knex,
    private readonly rules: ScorecardRules,
    private readonly clock: () => Date,
  ) {
    this.summaries = new DatabaseSummaryStore(db);
  }

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
    const rows = rowsOf(await this.db.raw(sql, bindings));
    if (!rows.length) return undefined;
    return {
      row: rows[0],
      facts: factsFromRow(rows[0]),
      sqlLevel: String(rows[0].level),
    };
  }

  /**
   * The entity's summary row when it can be trusted now: computed under
   * these rules and SQL, and no due date or expiry passed since.
   */
  private async freshSummary(entityRef: string, now: string) {
    const found = await this.summaries.read(entityRef);
    if (!found || found.key !== definitionsKey(this.rules)) return undefined;
    const { row } = found;
    const stale =
      (row.fresh_until !== null && String(row.fresh_until) <= now) ||
      String(row.computed_at) > now;
    return stale ? undefined : row;
  }

  /** The scorecard of one entity: its summary, or its facts from the records while that is stale. */
  async entity(entityRef: string): Promise<EntityScorecard | undefined> {
    const row =
      (await this.freshSummary(entityRef, this.clock().toISOString())) ??
      (await this.entityFacts(entityRef))?.row;
    if (!row) return undefined;
    return scorecardOf(entityRef, row, this.rules);
  }

  /**
   * One row per owning group: the AI systems it owns directly or through its
   * child groups (any depth), in a single query.
   */
  async byOwner(restrict?: FactsRestriction): Promise<TeamScorecard[]> {
    const rows = await runOrgRollUp(
      this.db,
      this.rules,
      this.clock(),
      restrict,
    );
    return withChildGroups(
      rows.map(row => teamScorecardOf(row)),
      await groupEdges(this.db),
    );
  }

  /** Recomputes every summary under these rules (the first time, and when rules or SQL change); returns the rows written. */
  rebuildSummaries(): Promise<number> {
    return lockedTransaction(this.db, tx =>
      this.summaries.rebuild(tx, this.rules, this.clock().toISOString()),
    );
  }

  /** Recomputes the summaries a due date or expiry has made stale; returns how many. */
  async refreshAgedSummaries(): Promise<number> {
    const now = this.clock().toISOString();
    return lockedTransaction(this.db, async tx => {
      const stale = await this.summaries.stale(now, undefined, tx);
      await this.summaries.refresh(tx, stale, now);
      return stale.length;
    });
  }

  /**
   * Holds every summary to the definitions: recomputes all when the rules or
   * the SQL changed, otherwise refreshes the stale ones, compares every row
   * and owner's totals with the facts from the records, and repairs what
   * differs.
   */
  async verifySummaries(): Promise<SummaryRepair> {
    const definitions = await this.summaries.definitions();
    if (definitions?.key !== definitionsKey(this.rules)) {
      await this.rebuildSummaries();
      return {
        rebuilt: true,
        aged: 0,
        drift: { entities: 0, owners: 0, heatMapTotals: false },
        first: [],
      };
    }
    const aged = await this.refreshAgedSummaries();
    const now = this.clock().toISOString();
    const drift: SummaryDrift = await this.summaries.drift(this.rules, now);
    if (drift.entities.length || drift.owners.length || drift.heatMapTotals) {
      await lockedTransaction(this.db, async tx => {
        await this.summaries.refresh(tx, drift.entities, now);
        if (drift.owners.length) await this.summaries.rebuildOwners(tx);
        if (drift.heatMapTotals) await this.summaries.rebuildHeatMapTotals(tx);
      });
    }
    return {
      rebuilt: false,
      aged,
      drift: {
        entities: drift.entities.length,
        owners: drift.owners.length,
        heatMapTotals: drift.heatMapTotals,
      },
      first: [...drift.entities, ...drift.owners].slice(0, 10),
    };
  }
}
