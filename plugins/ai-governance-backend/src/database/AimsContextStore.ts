import type { Knex } from 'knex';
import { createdColumns, updateAtVersion } from './rowMeta';
import { type MetaRow, recordMetaOf } from './rows';

/** The org-level records of the AIMS context: each its table, with one row. */
export const AIMS_CONTEXT_TABLES = {
  scope: 'aims_scope',
  roles: 'aims_roles',
} as const;
/** Which of the records. */
export type AimsContextId = keyof typeof AIMS_CONTEXT_TABLES;

/** A stored record: its content's fields beside its id, entity and meta. */
export type AimsContextRecord<C> = C & {
  id: string;
  entityRef: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

type ContextRow = {
  id: string;
  entity_ref: string;
  content: string;
} & MetaRow;

function fromRow<C>(row: ContextRow): AimsContextRecord<C> {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    ...(JSON.parse(row.content) as C),
    ...recordMetaOf(row),
  };
}

/**
 * The scope or the roles of the management system: one JSON document,
 * written whole at a version.
 */
export class AimsContextStore<C extends object> {
  /** The record's table, as the integrity check's replay names it. */
  readonly table: string;

  constructor(
    private readonly db: Knex,
    private readonly recordId: AimsContextId,
  ) {
    this.table = AIMS_CONTEXT_TABLES[recordId];
  }

  async get(
    id: string = this.recordId,
    tx: Knex = this.db,
  ): Promise<AimsContextRecord<C> | undefined> {
    const row = await tx<ContextRow>(this.table).where('id', id).first();
    return row ? fromRow<C>(row) : undefined;
  }

  /** The records among `ids` (the integrity check's replay). */
  async getMany(ids: string[]): Promise<AimsContextRecord<C>[]> {
    const rows = await this.db<ContextRow>(this.table)
      .whereIn('id', ids)
      .orderBy('id');
    return rows.map(r => fromRow<C>(r));
  }

  async insert(
    tx: Knex.Transaction,
    entityRef: string,
    content: C,
    actor: string,
    now: string,
  ): Promise<AimsContextRecord<C>> {
    await tx(this.table).insert({
      id: this.recordId,
      entity_ref: entityRef,
      content: JSON.stringify(content),
      ...createdColumns(actor, now),
    });
    return (await this.get(this.recordId, tx))!;
  }

  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    content: C,
    actor: string,
    now: string,
  ): Promise<boolean> {
    return updateAtVersion(
      tx,
      this.table,
      { id },
      expectedVersion,
      { content: JSON.stringify(content) },
      actor,
      now,
    );
  }
}
