import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { ScorecardRules } from '@aigov/plugin-ai-governance-common';
import {
  bindingsAt,
  COUNTED,
  ENTITY_COLUMNS,
  FACT_COLUMNS,
  type FactScope,
  ROLL_UP_MEASURES,
  scoredSql,
  STALE,
} from './scorecardFacts';
import {
  rebuildRiskCells,
  rebuildRiskCellTotals,
  refreshRiskCells,
  RISK_CELLS_SQL,
  riskCellsDrift,
} from './riskCells';
import { runLarge } from './runLarge';
import { addToTotals } from './totals';

/*
 * The scorecard summaries (migration 20261202000000_entity_summaries): one
 * row of facts per entity and the org roll-up's measures per owner. Every
 * write here runs inside a transaction that holds the writers' lock
 * (UnitOfWork), because a refresh reads an entity's old row to adjust its
 * owner's totals: two refreshes of one entity at once would count it twice.
 * Rows are computed by the very statement scorecards are defined by
 * (`scoredSql`), scoped to the entities a change touched.
 */

type Db = Knex | Knex.Transaction;
type Row = Record<string, string | number | null>;

/** Rules and the fingerprint of the SQL the stored summaries were computed with. */
export interface SummaryDefinitions {
  rules: ScorecardRules;
  key: string;
}

/** What a comparison of the summaries with the definitions found. */
export interface SummaryDrift {
  /** Entities whose row differs from the facts, or has no row, or should have none. */
  entities: string[];
  /** Owners whose totals differ from the sum of their systems' rows. */
  owners: string[];
  /** Whether the heat map's totals differ from the sum of the systems' cells. */
  heatMapTotals: boolean;
}

const SUMMARY_COLUMNS = [
  ...ENTITY_COLUMNS,
  ...FACT_COLUMNS,
  'fresh_until',
  'level',
];
const NULLABLE = new Set(['title', 'owner_ref', 'risk_tier', 'fresh_until']);
/** Refs per statement: well inside both databases' parameter limits. */
const CHUNK = 500;

const keys = new Map<string, string>();

/** The fingerprint of the rules and the SQL that compute the summaries: a change of either invalidates them. */
export function definitionsKey(rules: ScorecardRules): string {
  const json = JSON.stringify([
    rules.riskAppetite,
    rules.silverMinCompliance,
    rules.goldMinCompliance,
  ]);
  let key = keys.get(json);
  if (!key) {
    key = createHash('sha256')
      .update(json)
      .update(scoredSql(rules))
      .update(RISK_CELLS_SQL)
      .digest('hex');
    keys.set(json, key);
  }
  return key;
}

/** A scope over a list of refs, with its named bindings. */
export function refsScope(refs: string[], prefix = 'ref') {
  const bindings = Object.fromEntries(refs.map((r, i) => [`${prefix}${i}`, r]));
  const list = refs.map((_, i) => `:${prefix}${i}`).join(', ');
  const scope: FactScope = column => `${column} IN (${list})`;
  return { scope, bindings };
}

const rowsOf = (result: unknown): Row[] =>
  Array.isArray(result) ? result : (result as { rows: Row[] }).rows;

/** The {@link DatabaseSummaryStore} of the scorecard summaries. */
export class DatabaseSummaryStore {
  constructor(private readonly db: Knex) {}

  /** The definitions the stored summaries follow; undefined before the first recompute. */
  async definitions(db: Db = this.db): Promise<SummaryDefinitions | undefined> {
    const row = await db('summary_definitions').where('id', 1).first();
    if (!row) return undefined;
    return { rules: JSON.parse(row.rules), key: row.definitions_key };
  }

  /**
   * Recomputes the summaries of `entityRefs` at `now` inside a running write,
   * under the stored rules, and moves their owners' totals by the
   * difference. Before the first recompute there is nothing to keep.
   */
  async refresh(
    tx: Knex.Transaction,
    entityRefs: string[],
    now: string,
  ): Promise<void> {
    const definitions = await this.definitions(tx);
    if (!definitions) return;
    for (let i = 0; i < entityRefs.length; i += CHUNK) {
      await this.refreshChunk(
        tx,
        definitions.rules,
        entityRefs.slice(i, i + CHUNK),
        now,
      );
    }
  }

  private async refreshChunk(
    tx: Knex.Transaction,
    rules: ScorecardRules,
    refs: string[],
    now: string,
  ) {
    const { scope, bindings } = refsScope(refs);
    const before = await this.ownerMeasures(
      tx,
      scope('s.entity_ref'),
      bindings,
    );
    await tx.raw(
      `DELETE FROM entity_summaries WHERE ${scope('entity_ref')}`,
      bindings,
    );
    await tx.raw(this.insertSql(rules, scope), {
      ...bindingsAt(rules, now),
      ...bindings,
    });
    const after = await this.ownerMeasures(tx, scope('s.entity_ref'), bindings);
    await this.moveOwnerTotals(tx, before, after);
    await refreshRiskCells(tx, scope, bindings);
  }

  private insertSql(rules: ScorecardRules, scope?: FactScope) {
    return `INSERT INTO entity_summaries (${[
      ...SUMMARY_COLUMNS,
      'as_of',
      'computed_at',
    ].join(', ')})
      SELECT ${SUMMARY_COLUMNS.map(c => `x.${c}`).join(', ')},
        CAST(:today AS VARCHAR(10)), CAST(:now AS VARCHAR(32))
      FROM (${scoredSql(rules, scope)}) x`;
  }

  /** The roll-up measures per owner of the counted rows matching `where` (alias `s`). */
  private async ownerMeasures(
    db: Db,
    where: string,
    bindings: Knex.ValueDict,
  ): Promise<Map<string, number[]>> {
    const rows = rowsOf(
      await db.raw(
        `SELECT s.owner_ref, ${ROLL_UP_MEASURES.map(
          m => `SUM(${m.sql('s')}) AS ${m.name}`,
        ).join(', ')}
        FROM entity_summaries s WHERE ${COUNTED('s')} AND ${where}
        GROUP BY s.owner_ref`,
        bindings,
      ),
    );
    return new Map(
      rows.map(r => [
        String(r.owner_ref),
        ROLL_UP_MEASURES.map(m => Number(r[m.name] ?? 0)),
      ]),
    );
  }

  private async moveOwnerTotals(
    tx: Knex.Transaction,
    before: Map<string, number[]>,
    after: Map<string, number[]>,
  ) {
    const zero = ROLL_UP_MEASURES.map(() => 0);
    for (const owner of new Set([...before.keys(), ...after.keys()])) {
      const b = before.get(owner) ?? zero;
      const a = after.get(owner) ?? zero;
      const delta = a.map((v, i) => v - b[i]);
      if (delta.every(d => d === 0)) continue;
      await addToTotals(
        tx,
        'owner_summaries',
        { owner_ref: owner },
        Object.fromEntries(ROLL_UP_MEASURES.map((m, i) => [m.name, delta[i]])),
      );
    }
  }

  /**
   * Recomputes every summary and the owners' totals under `rules`, and
   * records them as the definitions; returns how many rows it wrote.
   */
  async rebuild(
    tx: Knex.Transaction,
    rules: ScorecardRules,
    now: string,
  ): Promise<number> {
    await tx('entity_summaries').delete();
    await runLarge(tx, this.insertSql(rules), bindingsAt(rules, now));
    await this.rebuildOwners(tx);
    await rebuildRiskCells(tx);
    await tx('summary_definitions')
      .insert({
        id: 1,
        rules: JSON.stringify(rules),
        definitions_key: definitionsKey(rules),
        computed_at: now,
      })
      .onConflict('id')
      .merge();
    const [{ n }] = await tx('entity_summaries').count({ n: '*' });
    return Number(n);
  }

  /** Recomputes the heat map's totals from the systems' cells. */
  rebuildHeatMapTotals(tx: Knex.Transaction): Promise<void> {
    return rebuildRiskCellTotals(tx);
  }

  /** Recomputes every owner's totals from the entity rows. */
  async rebuildOwners(tx: Knex.Transaction): Promise<void> {
    await tx('owner_summaries').delete();
    await tx.raw(
      `INSERT INTO owner_summaries (owner_ref, ${ROLL_UP_MEASURES.map(
        m => m.name,
      ).join(', ')})
      SELECT s.owner_ref, ${ROLL_UP_MEASURES.map(
        m => `SUM(${m.sql('s')})`,
      ).join(', ')}
      FROM entity_summaries s WHERE ${COUNTED('s')} GROUP BY s.owner_ref`,
    );
  }

  /** Entities whose summary is stale at `now`: a due date or expiry has passed since it was computed. */
  async stale(
    now: string,
    limit?: number,
    db: Db = this.db,
  ): Promise<string[]> {
    const query = db('entity_summaries as s')
      .whereRaw(STALE('s'), { now })
      .orderBy('s.entity_ref')
      .select('s.entity_ref');
    if (limit !== undefined) query.limit(limit);
    return (await query).map(r => r.entity_ref);
  }

  /**
   * Compares every stored row with the facts the definitions give at `now`
   * (and every owner's totals with its systems' rows), in one snapshot.
   */
  async drift(rules: ScorecardRules, now: string): Promise<SummaryDrift> {
    const same = (c: string) =>
      NULLABLE.has(c)
        ? `(d.${c} = s.${c} OR (d.${c} IS NULL AND s.${c} IS NULL))`
        : `d.${c} = s.${c}`;
    const entities = rowsOf(
      await runLarge(
        this.db,
        `SELECT d.entity_ref FROM (${scoredSql(rules)}) d
        LEFT JOIN entity_summaries s ON s.entity_ref = d.entity_ref
        WHERE s.entity_ref IS NULL OR NOT (${SUMMARY_COLUMNS.map(same).join(
          ' AND ',
        )})
        UNION
        SELECT s.entity_ref FROM entity_summaries s
        WHERE NOT EXISTS (SELECT 1 FROM governed_entities g WHERE g.entity_ref = s.entity_ref)
        ORDER BY entity_ref`,
        bindingsAt(rules, now),
      ),
    ).map(r => String(r.entity_ref));
    const sums = await this.ownerMeasures(this.db, '1 = 1', {});
    const stored = await this.db('owner_summaries').select();
    const owners = new Set<string>();
    for (const row of stored) {
      const want = sums.get(row.owner_ref);
      const counts = ROLL_UP_MEASURES.map(m => Number(row[m.name]));
      if (
        want ? counts.some((v, i) => v !== want[i]) : counts.some(v => v !== 0)
      )
        owners.add(row.owner_ref);
    }
    for (const owner of sums.keys()) {
      if (!stored.some(r => r.owner_ref === owner)) owners.add(owner);
    }
    // The heat map's cells are refreshed with the entity's row.
    const cells = await riskCellsDrift(this.db);
    return {
      entities: [...new Set([...entities, ...cells.entities])].sort(),
      owners: [...owners].sort(),
      heatMapTotals: cells.totals,
    };
  }

  /** One entity's stored row with the key of the definitions it follows. */
  async read(
    entityRef: string,
  ): Promise<{ row: Row; key: string } | undefined> {
    const row = await this.db('entity_summaries as s')
      .leftJoin('summary_definitions as d', 'd.id', this.db.raw('1'))
      .where('s.entity_ref', entityRef)
      .first('s.*', 'd.definitions_key');
    if (!row) return undefined;
    return { row, key: row.definitions_key };
  }
}
