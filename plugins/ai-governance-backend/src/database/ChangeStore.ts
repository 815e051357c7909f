import type { Knex } from 'knex';
import type { ChangeRecord } from '@aigov/plugin-ai-governance-common';
import { canonicalJson } from '@aigov/plugin-ai-governance-common';
import type { ChangeSnapshot } from '../service/changes';
import { pageOfEntity } from './rowMeta';
import type { StorePage } from './RiskStore';

/** A stored snapshot of the compared fields, and how often they changed. */
export interface StoredSnapshot {
  fields: ChangeSnapshot;
  version: number;
}

type ChangeRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  field: string;
  change: string;
  before: string | null;
  after: string | null;
  material: boolean | number;
  detected_at: string;
  location: string | null;
  commit: string | null;
  history_seq: number | string;
};

const json = (v: string | null) => (v === null ? null : JSON.parse(v));

function fromRow(row: ChangeRow): ChangeRecord {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    field: row.field,
    change: row.change as ChangeRecord['change'],
    before: json(row.before),
    after: json(row.after),
    material: !!row.material,
    detectedAt: row.detected_at,
    location: row.location,
    commit: row.commit,
    historySeq: Number(row.history_seq),
  };
}

/** Snapshots of the compared fields and the change records detected against them. */
export interface ChangeStore {
  /** The snapshots of these entities that the service keeps, by ref (in `tx` when given). */
  snapshots(
    entityRefs: string[],
    tx?: Knex,
  ): Promise<Map<string, StoredSnapshot>>;
  /** Writes an entity's snapshot at `version` (insert or replace). */
  saveSnapshot(
    tx: Knex.Transaction,
    entityRef: string,
    snapshot: StoredSnapshot,
    now: string,
  ): Promise<void>;
  /** Stores one change record, detected against snapshot `snapshotVersion`. */
  insert(
    tx: Knex.Transaction,
    record: ChangeRecord,
    snapshotVersion: number,
  ): Promise<void>;
  list(
    entityRef: string,
    page: { before?: number; limit: number },
  ): Promise<StorePage<ChangeRecord>>;
  getMany(ids: string[]): Promise<ChangeRecord[]>;
}

const CHUNK = 500;

/** The {@link ChangeStore} on the plugin's database. */
export class DatabaseChangeStore implements ChangeStore {
  constructor(private readonly db: Knex) {}

  async snapshots(entityRefs: string[], tx: Knex = this.db) {
    const out = new Map<string, StoredSnapshot>();
    for (let i = 0; i < entityRefs.length; i += CHUNK) {
      const rows = await tx('change_snapshots')
        .whereIn('entity_ref', entityRefs.slice(i, i + CHUNK))
        .select('entity_ref', 'fields', 'version');
      for (const r of rows) {
        out.set(r.entity_ref, {
          fields: JSON.parse(r.fields),
          version: Number(r.version),
        });
      }
    }
    return out;
  }

  async saveSnapshot(
    tx: Knex.Transaction,
    entityRef: string,
    snapshot: StoredSnapshot,
    now: string,
  ) {
    await tx('change_snapshots')
      .insert({
        entity_ref: entityRef,
        fields: canonicalJson(snapshot.fields as never),
        version: snapshot.version,
        taken_at: now,
      })
      .onConflict('entity_ref')
      .merge();
  }

  async insert(
    tx: Knex.Transaction,
    record: ChangeRecord,
    snapshotVersion: number,
  ) {
    const value = (v: unknown) => (v === null ? null : JSON.stringify(v));
    await tx('entity_changes').insert({
      id: record.id,
      entity_ref: record.entityRef,
      snapshot_version: snapshotVersion,
      field: record.field,
      change: record.change,
      before: value(record.before),
      after: value(record.after),
      material: record.material,
      detected_at: record.detectedAt,
      location: record.location,
      commit: record.commit,
      history_seq: record.historySeq,
    });
  }

  async list(entityRef: string, page: { before?: number; limit: number }) {
    const { rows, last } = await pageOfEntity<ChangeRow>(
      this.db,
      'entity_changes',
      entityRef,
      page,
    );
    return { items: rows.map(fromRow), last };
  }

  // The replay asks for one batch of at most 500 ids at a time, as for risks.
  async getMany(ids: string[]) {
    if (ids.length === 0) return [];
    const rows = await this.db<ChangeRow>('entity_changes')
      .whereIn('id', ids)
      .orderBy('row_id');
    return rows.map(fromRow);
  }
}
