import type { Knex } from 'knex';
import type { RecordMeta } from '@aigov/plugin-ai-governance-common';
import type { VersionedStore } from '../service/versioned';
import type { EntityScope } from './overview';

/*
 * What every versioned record table shares: the audit columns, the
 * conditional update that implements optimistic concurrency, reading rows
 * by id, the reads and writes by id of a store, counting an entity's rows,
 * and keyset pages by `row_id`.
 */

/** The fields of a new record as its service decides them: all but those {@link createdColumns} writes. */
export type NewRecordValues<T> = Omit<T, keyof RecordMeta>;

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

/** Most values one `whereIn` binds: SQLite allows 999 bindings a statement. */
const IDS_PER_STATEMENT = 500;

/**
 * The rows of `table` whose `column` is among `values`, read in statements
 * of at most {@link IDS_PER_STATEMENT} values, each in `row_id` order (the
 * `getMany` of the record types, which the integrity replay reads by id).
 */
export async function rowsWhereIn<R>(
  db: Knex,
  table: string,
  values: string[],
  column = 'id',
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += IDS_PER_STATEMENT) {
    const rows = await db(table)
      .whereIn(column, values.slice(i, i + IDS_PER_STATEMENT))
      .orderBy('row_id');
    out.push(...(rows as R[]));
  }
  return out;
}

/**
 * The columns a change writes where each field is one column: only the
 * fields it sets (an absent one leaves its column as it is), those in
 * `json` as JSON text.
 */
export function columnsByField<V extends object>(
  columns: Record<keyof V, string>,
  json: readonly (keyof V)[],
): (values: V) => Record<string, unknown> {
  const byField: Record<string, string | undefined> = columns;
  const jsonFields = new Set<unknown>(json);
  return values => {
    const row: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(values)) {
      const column = byField[field];
      if (!column || value === undefined) continue;
      row[column] = jsonFields.has(field) ? JSON.stringify(value) : value;
    }
    return row;
  };
}

/** The reads and writes by id of a versioned record type (`N` new, `V` a change). */
export interface VersionedRecords<T, N, V> extends VersionedStore<T, V> {
  getMany(ids: string[]): Promise<T[]>;
  insert(
    tx: Knex.Transaction,
    values: N,
    actor: string,
    now: string,
  ): Promise<T>;
}

/** How a {@link VersionedRecordStore} maps its table's rows (`R`) and records (`T`). */
export interface RecordTable<R, T, N, V> {
  table: string;
  fromRow: (row: R) => T;
  /** The columns of a change; a new record writes them too. */
  toColumns: (values: V) => Record<string, unknown>;
  /** What a new row writes besides `id`, `entity_ref` and its values' columns: fields no change writes again. */
  fixedColumns?: (values: N) => Record<string, unknown>;
}

/**
 * {@link VersionedRecords} on a table keyed by `id` with the audit columns:
 * the stores of the record types extend it with their own queries.
 */
export class VersionedRecordStore<
  R,
  T,
  N extends V & { id: string; entityRef: string },
  V,
> implements VersionedRecords<T, N, V>
{
  constructor(
    protected readonly db: Knex,
    private readonly records: RecordTable<R, T, N, V>,
  ) {}

  async get(id: string, tx: Knex = this.db) {
    const row = await tx(this.records.table).where('id', id).first();
    return row ? this.records.fromRow(row as R) : undefined;
  }

  async getMany(ids: string[]) {
    const rows = await rowsWhereIn<R>(this.db, this.records.table, ids);
    return rows.map(row => this.records.fromRow(row));
  }

  async insert(tx: Knex.Transaction, values: N, actor: string, now: string) {
    await tx(this.records.table).insert({
      id: values.id,
      entity_ref: values.entityRef,
      ...this.records.fixedColumns?.(values),
      ...this.records.toColumns(values),
      ...createdColumns(actor, now),
    });
    return (await this.get(values.id, tx))!;
  }

  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: V,
    actor: string,
    now: string,
  ) {
    return updateAtVersion(
      tx,
      this.records.table,
      { id },
      expectedVersion,
      this.records.toColumns(values),
      actor,
      now,
    );
  }
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
  return keysetPage((await query) as R[], page.limit);
}

/**
 * A page, newest first, of `table`'s rows (aliased `r`) on the governed
 * entities in `scope` (aliased `g`, so `columns` may take `g.risk_tier`),
 * narrowed by `where`: the org-wide lists of every record type. Rows on
 * `alsoOn` (refs the catalog snapshot has no governed entity for, such as
 * the management system or the caller's user entity) are listed beside the
 * scope's, still narrowed by `where`.
 */
export async function pageInScope<R extends { row_id: number }>(
  db: Knex,
  table: string,
  scope: EntityScope,
  page: { before?: number; limit: number },
  options: {
    columns?: string[];
    where?: (query: Knex.QueryBuilder) => void;
    alsoOn?: string[];
  } = {},
): Promise<{ rows: R[]; last?: number }> {
  const alsoOn = options.alsoOn ?? [];
  const query = db
    .select('r.*', ...(options.columns ?? []))
    .from(`${table} as r`)
    .leftJoin('governed_entities as g', 'g.entity_ref', 'r.entity_ref')
    .where(inScope => {
      inScope.whereNotNull('g.entity_ref').whereRaw(scope.sql, scope.bindings);
      if (alsoOn.length) inScope.orWhereIn('r.entity_ref', alsoOn);
    })
    .orderBy('r.row_id', 'desc')
    .limit(page.limit + 1);
  options.where?.(query);
  if (page.before !== undefined) query.where('r.row_id', '<', page.before);
  return keysetPage((await query) as R[], page.limit);
}

/** The first `limit` of rows read with one extra, and the cursor when there are more. */
function keysetPage<R extends { row_id: number }>(rows: R[], limit: number) {
  const items = rows.slice(0, limit);
  return {
    rows: items,
    last: rows.length > limit ? items[items.length - 1].row_id : undefined,
  };
}
