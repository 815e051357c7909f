import type { Knex } from 'knex';
import type { EntityControl } from '@aigov/plugin-ai-governance-common';
import { truthy, type ControlRow } from './rows';
import { countForEntity, createdColumns, updateAtVersion } from './rowMeta';

/** One stored Statement of Applicability row, as recorded in the history. */
export interface ControlRecord {
  controlId: string;
  applicable: boolean;
  justification: string | null;
  status: EntityControl['status'];
  owner: string | null;
  dueDate: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** The fields a change writes. */
export type ControlValues = Pick<
  ControlRecord,
  'applicable' | 'justification' | 'status' | 'owner' | 'dueDate'
>;

/** Evidence linked to a control, as the SoA lists it. */
export interface ControlEvidenceLink {
  controlId: string;
  id: string;
  title: string;
  expiresAt: string | null;
}

/** Statement of Applicability rows per AI system and Annex A control. */
export interface ControlStore {
  list(entityRef: string): Promise<ControlRecord[]>;
  get(
    tx: Knex.Transaction,
    entityRef: string,
    controlId: string,
  ): Promise<ControlRecord | undefined>;
  evidenceLinks(entityRef: string): Promise<ControlEvidenceLink[]>;
  /** The stored rows of these systems, with the system each belongs to. */
  listFor(
    entityRefs: string[],
  ): Promise<Array<ControlRecord & { entityRef: string }>>;
  insert(
    tx: Knex.Transaction,
    entityRef: string,
    controlId: string,
    values: ControlValues,
    actor: string,
    now: string,
  ): Promise<ControlRecord>;
  /** Writes `values` if the row is still at `expectedVersion`; false when it is not. */
  update(
    tx: Knex.Transaction,
    entityRef: string,
    controlId: string,
    expectedVersion: number,
    values: ControlValues,
    actor: string,
    now: string,
  ): Promise<boolean>;
  countFor(tx: Knex.Transaction, entityRef: string): Promise<number>;
}

const record = (row: ControlRow): ControlRecord => ({
  controlId: row.control_id,
  applicable: truthy(row.applicable),
  justification: row.justification,
  status: row.status as EntityControl['status'],
  owner: row.owner_ref,
  dueDate: row.due_date,
  version: Number(row.version),
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

const columns = (values: ControlValues) => ({
  applicable: values.applicable,
  justification: values.justification,
  status: values.status,
  owner_ref: values.owner,
  due_date: values.dueDate,
});

/** The {@link ControlStore} on the plugin's database. */
export class DatabaseControlStore implements ControlStore {
  constructor(private readonly db: Knex) {}

  async list(entityRef: string) {
    const rows = await this.db<ControlRow>('control_statuses').where(
      'entity_ref',
      entityRef,
    );
    return rows.map(record);
  }

  async listFor(entityRefs: string[]) {
    if (entityRefs.length === 0) return [];
    const rows = await this.db<ControlRow>('control_statuses').whereIn(
      'entity_ref',
      entityRefs,
    );
    return rows.map(r => ({ ...record(r), entityRef: r.entity_ref }));
  }

  async get(tx: Knex.Transaction, entityRef: string, controlId: string) {
    const row = await tx<ControlRow>('control_statuses')
      .where({ entity_ref: entityRef, control_id: controlId })
      .first();
    return row ? record(row) : undefined;
  }

  async evidenceLinks(entityRef: string) {
    const rows = await this.db('evidence_links as l')
      .join('evidence as e', 'e.id', 'l.evidence_id')
      .where({ 'l.entity_ref': entityRef, 'l.target_type': 'control' })
      .orderBy('e.row_id', 'asc')
      .select('l.target_id', 'e.id', 'e.title', 'e.expires_at');
    return rows.map(r => ({
      controlId: r.target_id,
      id: r.id,
      title: r.title,
      expiresAt: r.expires_at,
    }));
  }

  async insert(
    tx: Knex.Transaction,
    entityRef: string,
    controlId: string,
    values: ControlValues,
    actor: string,
    now: string,
  ) {
    await tx('control_statuses').insert({
      entity_ref: entityRef,
      control_id: controlId,
      ...columns(values),
      ...createdColumns(actor, now),
    });
    return (await this.get(tx, entityRef, controlId))!;
  }

  async update(
    tx: Knex.Transaction,
    entityRef: string,
    controlId: string,
    expectedVersion: number,
    values: ControlValues,
    actor: string,
    now: string,
  ) {
    return updateAtVersion(
      tx,
      'control_statuses',
      { entity_ref: entityRef, control_id: controlId },
      expectedVersion,
      columns(values),
      actor,
      now,
    );
  }

  countFor(tx: Knex.Transaction, entityRef: string) {
    return countForEntity(tx, 'control_statuses', entityRef);
  }
}
