import type { Knex } from 'knex';
import type {
  HeatMapCell,
  RiskHeatMap,
} from '@aigov/plugin-ai-governance-common';
import { runLarge } from './runLarge';
import { addToTotals } from './totals';
import type { FactScope } from './scorecardFacts';

/*
 * The heat map's summaries (migration 20261202000003_risk_cells): per AI
 * system the count of its risks in each likelihood × impact cell, and the
 * totals over all systems, which the org-wide heat map reads (at most 50
 * rows) instead of counting every risk. A refresh replaces the cells of the
 * systems a change touched and moves the totals by the difference, inside
 * the summaries' transaction (SummaryStore.refresh), which holds the
 * writers' lock.
 */

type Db = Knex | Knex.Transaction;
type Row = Record<string, string | number | null>;

/** The two grids: risks placed by their inherent and by their residual values. */
const GRIDS = [
  { grid: 'inherent', l: 'likelihood', i: 'impact' },
  { grid: 'residual', l: 'residual_likelihood', i: 'residual_impact' },
] as const;

/** Which risks a heat map counts (alias `r`), placed by the columns `l` and `i`. */
export const HEAT_MAP_COUNTED = (l: string) =>
  `r.status IN ('open', 'treating', 'accepted') AND r.${l} IS NOT NULL`;

/** The cells of the AI systems (alias `r` for risks) whose ref matches `where`, from the records. */
function cellsSql(where: string): string {
  return GRIDS.map(
    ({ grid, l, i }) => `SELECT r.entity_ref, '${grid}' AS grid,
      r.${l} AS likelihood, r.${i} AS impact, COUNT(*) AS risks
    FROM risks r JOIN governed_entities g ON g.entity_ref = r.entity_ref
    WHERE g.kind = 'aisystem' AND ${HEAT_MAP_COUNTED(l)} AND ${where}
    GROUP BY r.entity_ref, r.${l}, r.${i}`,
  ).join('\n    UNION ALL\n    ');
}

/** The statement the cells are defined by: part of the summaries' fingerprint. */
export const RISK_CELLS_SQL = cellsSql('1 = 1');

const rowsOf = (result: unknown): Row[] =>
  Array.isArray(result) ? result : (result as { rows: Row[] }).rows;

const cellKey = (r: Row) => `${r.grid}:${r.likelihood}:${r.impact}`;

/** Summed cells of the stored rows matching `where` (alias `c`), by cell. */
async function storedSums(
  db: Db,
  where: string,
  bindings: Knex.ValueDict,
): Promise<Map<string, number>> {
  const rows = rowsOf(
    await db.raw(
      `SELECT c.grid, c.likelihood, c.impact, SUM(c.risks) AS risks
      FROM risk_cells c WHERE ${where}
      GROUP BY c.grid, c.likelihood, c.impact`,
      bindings,
    ),
  );
  return new Map(rows.map(r => [cellKey(r), Number(r.risks)]));
}

/** Replaces the cells of the entities in `scope` and moves the totals by the difference. */
export async function refreshRiskCells(
  tx: Knex.Transaction,
  scope: FactScope,
  bindings: Knex.ValueDict,
): Promise<void> {
  const before = await storedSums(tx, scope('c.entity_ref'), bindings);
  await tx.raw(`DELETE FROM risk_cells WHERE ${scope('entity_ref')}`, bindings);
  await tx.raw(
    `INSERT INTO risk_cells (entity_ref, grid, likelihood, impact, risks)
    ${cellsSql(scope('r.entity_ref'))}`,
    bindings,
  );
  const after = await storedSums(tx, scope('c.entity_ref'), bindings);
  let moved = false;
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const delta = (after.get(key) ?? 0) - (before.get(key) ?? 0);
    if (delta === 0) continue;
    moved = true;
    const [grid, likelihood, impact] = key.split(':');
    await addToTotals(
      tx,
      'risk_cell_totals',
      { grid, likelihood: Number(likelihood), impact: Number(impact) },
      { risks: delta },
    );
  }
  // A cell that emptied is no cell: the heat map lists occupied cells only.
  if (moved) await tx('risk_cell_totals').where('risks', '<=', 0).delete();
}

/** Recomputes every system's cells from the records, and the totals. */
export async function rebuildRiskCells(tx: Knex.Transaction): Promise<void> {
  await tx('risk_cells').delete();
  await runLarge(
    tx,
    `INSERT INTO risk_cells (entity_ref, grid, likelihood, impact, risks)
    ${RISK_CELLS_SQL}`,
    {},
  );
  await rebuildRiskCellTotals(tx);
}

/** Recomputes the totals from the systems' cells. */
export async function rebuildRiskCellTotals(
  tx: Knex.Transaction,
): Promise<void> {
  await tx('risk_cell_totals').delete();
  await tx.raw(
    `INSERT INTO risk_cell_totals (grid, likelihood, impact, risks)
    SELECT grid, likelihood, impact, SUM(risks) FROM risk_cells
    GROUP BY grid, likelihood, impact HAVING SUM(risks) > 0`,
  );
}

/**
 * What differs from the records: the entities whose stored cells are not
 * the cells the records give (either way round), and whether the totals
 * are not the sum of the stored cells.
 */
export async function riskCellsDrift(
  db: Knex,
): Promise<{ entities: string[]; totals: boolean }> {
  const stored =
    'SELECT entity_ref, grid, likelihood, impact, risks FROM risk_cells';
  const fromRecords = `SELECT entity_ref, grid, likelihood, impact, risks FROM (${RISK_CELLS_SQL}) d`;
  const entities = rowsOf(
    await runLarge(
      db,
      `SELECT entity_ref FROM (${fromRecords} EXCEPT ${stored}) x
      UNION
      SELECT entity_ref FROM (${stored} EXCEPT ${fromRecords}) y
      ORDER BY entity_ref`,
      {},
    ),
  ).map(r => String(r.entity_ref));
  const sums = await storedSums(db, '1 = 1', {});
  const totals = await db('risk_cell_totals').select();
  const differs =
    totals.length !== [...sums.values()].filter(v => v > 0).length ||
    totals.some(t => sums.get(cellKey(t)) !== Number(t.risks));
  return { entities, totals: differs };
}

/** The org-wide heat map from the totals. */
export async function heatMapFromTotals(db: Knex): Promise<RiskHeatMap> {
  const rows = await db('risk_cell_totals')
    .where('risks', '>', 0)
    .orderBy([
      { column: 'grid' },
      { column: 'likelihood', order: 'desc' },
      { column: 'impact', order: 'desc' },
    ]);
  const cells = (grid: string): HeatMapCell[] =>
    rows
      .filter(r => r.grid === grid)
      .map(r => ({
        likelihood: Number(r.likelihood),
        impact: Number(r.impact),
        count: Number(r.risks),
      }));
  return { inherent: cells('inherent'), residual: cells('residual') };
}
