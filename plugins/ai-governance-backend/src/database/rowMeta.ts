import type { Knex } from 'knex';

/*
 * What every versioned record table shares: the audit columns, the
 * conditional update that implements optimistic concurrency, counting an
 * entity's rows, and keyset pages by `row_id`.
 */

/** The audit columns of a new row: version 1, created and updated by the actor. */
export const createdColumns = (actor: string, now: string) => ({
  version: 1,
  created_at: now,
  created_by: actor,
  updated_at: now,
  updated_by: actor,
});

/**
 * Writes `columns` to the row matching `where` if it is still at
 * `expectedVersion`: the check and the write are one UPDATE, so of
 * concurrent writers holding the same version exactly one wins.
 */
export async function updateAtVersion(
  tx: Knex.Transaction,
  table: string,
  where: Record<string, string>,
  expectedVersion: number,
  columns: Record<string, unknown>,
  actor: string,
  now: string,
): Promise<boolean> {
  const updated = await tx(table)
    .where({ ...where, version: expectedVersion })
    .update({
      ...columns,
      version: expectedVersion + 1,
      updated_at: now,
      updated_by: actor,
    });
  return updated > 0;
}

/** How many rows of a table belong to an entity. */
export async function countForEntity(
  tx: Knex.Transaction,
  table: string,
  entityRef: string,
): Promise<number> {
  const [{ n }] = await tx(table)
    .where('entity_ref', entityRef)
    .count({ n: '*' });
  return Number(n);
}

/** One page of an entity's rows, newest first, and the position to continue from. */
export async function pageOfEntity<R extends { row_id: number }>(
  db: Knex,
  table: string,
  entityRef: string,
  page: { before?: number; limit: number },
): Promise<{ rows: R[]; last?: number }> {
  const query = db<R>(table)
    .where('entity_ref', entityRef)
    .orderBy('row_id', 'desc')
    .limit(page.limit + 1);
  if (page.before !== undefined) query.where('row_id', '<', page.before);
  const rows = (await query) as R[];
  const items = rows.slice(0, page.limit);
  return {
    rows: items,
    last: rows.length > page.limit ? items[items.length - 1].row_id : undefined,
  };
}
