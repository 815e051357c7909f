import type { Knex } from 'knex';

/**
 * Adds `deltas` to the totals row identified by `key`, inserting the row
 * when it is missing: how a refresh moves derived totals (an owner's
 * scorecard measures, a heat map cell) by the difference between an
 * entity's old and new summary, instead of summing the estate again.
 */
export async function addToTotals(
  tx: Knex.Transaction,
  table: string,
  key: Record<string, string | number>,
  deltas: Record<string, number>,
): Promise<void> {
  await tx(table)
    .insert({ ...key, ...deltas })
    .onConflict(Object.keys(key))
    .merge(
      Object.fromEntries(
        Object.keys(deltas).map(column => [
          column,
          tx.raw('?? + ??', [`${table}.${column}`, `excluded.${column}`]),
        ]),
      ),
    );
}
