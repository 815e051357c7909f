import type { Knex } from 'knex';
import type { JsonValue } from '@backstage/types';
import type { GovernanceRecordType } from '@aigov/plugin-ai-governance-common';

/** Which record an event or a table row is: its type, entity and id. */
export interface RecordKey {
  recordType: GovernanceRecordType;
  entityRef: string;
  recordId: string;
}

/** The newest history event of one record: the state the record must have. */
export interface LatestEvent extends RecordKey {
  seq: number;
  after: JsonValue | null;
}

/** Where a record type's rows live, for finding rows no event wrote. */
export interface RecordTable {
  recordType: GovernanceRecordType;
  table: string;
  /** The column the history's `record_id` names. */
  idColumn: string;
}

/** A finished run of the scheduled integrity check. */
export interface IntegrityRun {
  startedAt: string;
  finishedAt: string;
  chainSeq: number;
  chainHash: string;
  sweepSeq: number;
  checkedRecords: number;
  ok: boolean;
  reason?: string;
  record?: { type: string; id: string; entityRef: string; field: string };
}

/** What the replay reads: the newest event of each record, rows without one, and the check's runs. */
export interface ReplayStore {
  /** The newest event of every record whose newest event comes after `afterSeq`, in sequence order. */
  latestEvents(afterSeq: number, limit: number): Promise<LatestEvent[]>;
  /** Rows of a record type that no history event wrote (at most `limit`). */
  unrecorded(table: RecordTable, limit: number): Promise<RecordKey[]>;
  /** The newest event's number, 0 when there is none. */
  headSeq(): Promise<number>;
  /** The last run of the scheduled check. */
  lastRun(): Promise<IntegrityRun | undefined>;
  /** Keeps a run of the scheduled check. */
  saveRun(run: IntegrityRun): Promise<void>;
}

type LatestRow = {
  seq: number | string;
  record_type: string;
  entity_ref: string;
  record_id: string;
  after: string | null;
};

/** The {@link ReplayStore} on the plugin's database. */
export class DatabaseReplayStore implements ReplayStore {
  constructor(private readonly db: Knex) {}

  async latestEvents(afterSeq: number, limit: number) {
    // The newest event of a record is the one no later event of the same
    // record follows; history_record_idx answers the NOT EXISTS.
    const rows: LatestRow[] = await this.db('history as h')
      .where('h.seq', '>', afterSeq)
      .whereNotExists(q =>
        q
          .select(this.db.raw('1'))
          .from('history as n')
          .whereRaw('n.record_type = h.record_type')
          .whereRaw('n.entity_ref = h.entity_ref')
          .whereRaw('n.record_id = h.record_id')
          .whereRaw('n.seq > h.seq'),
      )
      .orderBy('h.seq', 'asc')
      .limit(limit)
      .select(
        'h.seq',
        'h.record_type',
        'h.entity_ref',
        'h.record_id',
        'h.after',
      );
    return rows.map(r => ({
      seq: Number(r.seq),
      recordType: r.record_type as GovernanceRecordType,
      entityRef: r.entity_ref,
      recordId: r.record_id,
      after: r.after === null ? null : (JSON.parse(r.after) as JsonValue),
    }));
  }

  async unrecorded(table: RecordTable, limit: number) {
    const rows = await this.db(`${table.table} as t`)
      .whereNotExists(q =>
        q
          .select(this.db.raw('1'))
          .from('history as h')
          .where('h.record_type', table.recordType)
          .whereRaw('h.entity_ref = t.entity_ref')
          .whereRaw(`h.record_id = t.${table.idColumn}`),
      )
      .limit(limit)
      .select('t.entity_ref', `t.${table.idColumn} as record_id`);
    return rows.map(r => ({
      recordType: table.recordType,
      entityRef: r.entity_ref as string,
      recordId: String(r.record_id),
    }));
  }

  async headSeq() {
    const row = await this.db('history').max({ seq: 'seq' }).first();
    return Number(row?.seq ?? 0);
  }

  async lastRun(): Promise<IntegrityRun | undefined> {
    const row = await this.db('integrity_runs').orderBy('id', 'desc').first();
    if (!row) return undefined;
    return {
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      chainSeq: Number(row.chain_seq),
      chainHash: row.chain_hash,
      sweepSeq: Number(row.sweep_seq),
      checkedRecords: Number(row.checked_records),
      ok: Boolean(row.ok),
      reason: row.reason ?? undefined,
      record: row.record_type
        ? {
            type: row.record_type,
            id: row.record_id,
            entityRef: row.entity_ref,
            field: row.field,
          }
        : undefined,
    };
  }

  async saveRun(run: IntegrityRun) {
    await this.db('integrity_runs').insert({
      started_at: run.startedAt,
      finished_at: run.finishedAt,
      chain_seq: run.chainSeq,
      chain_hash: run.chainHash,
      sweep_seq: run.sweepSeq,
      checked_records: run.checkedRecords,
      ok: run.ok,
      reason: run.reason ?? null,
      record_type: run.record?.type ?? null,
      record_id: run.record?.id ?? null,
      entity_ref: run.record?.entityRef ?? null,
      field: run.record?.field ?? null,
    });
  }
}
