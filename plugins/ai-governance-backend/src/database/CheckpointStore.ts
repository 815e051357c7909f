import type { Knex } from 'knex';
import type { AiGovernanceSchemas } from '@aigov/plugin-ai-governance-common';

/** A signed checkpoint of the history chain's head, as the API answers it. */
export type HistoryCheckpoint = AiGovernanceSchemas['HistoryCheckpoint'];

/** The chain's head a checkpoint signs. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/*
 * The writers' lock of UnitOfWork (pg_advisory_xact_lock(4242001)): taken
 * here too, so no change appends an event between reading the head and
 * storing its checkpoint, and two replicas signing at once are serialised.
 */
const WRITE_LOCK_ID = 4_242_001;

type CheckpointRow = {
  seq: number | string;
  hash: string;
  at: string;
  key_id: string;
  algorithm: string;
  signature: string;
};

const fromRow = (row: CheckpointRow): HistoryCheckpoint => ({
  seq: Number(row.seq),
  hash: row.hash,
  at: row.at,
  keyId: row.key_id,
  algorithm: row.algorithm as HistoryCheckpoint['algorithm'],
  signature: row.signature,
});

/** What signing the head found: a new checkpoint, or the latest one when the head has not moved. */
export type CheckpointAtHead =
  | { created: boolean; checkpoint: HistoryCheckpoint }
  | { created: false; checkpoint?: undefined };

/** Signed checkpoints of the history chain, and the history facts they are checked against. */
export interface CheckpointStore {
  /**
   * In one transaction under the writers' lock: reads the chain's head and
   * the latest checkpoint, and stores `sign(head)` unless the latest
   * checkpoint already is of the head. An empty history has no head.
   */
  checkpointHead(
    sign: (head: ChainHead) => HistoryCheckpoint,
  ): Promise<CheckpointAtHead>;
  /** Newest first, `seq` below `before`. */
  list(options: {
    before?: number;
    limit: number;
  }): Promise<HistoryCheckpoint[]>;
  /** Ascending `seq`, those after `afterSeq`. */
  listAscending(options: {
    afterSeq?: number;
    limit: number;
  }): Promise<HistoryCheckpoint[]>;
  /** The checkpoint with the highest `seq`. */
  latest(): Promise<HistoryCheckpoint | undefined>;
  /** The stored hash of each history event asked for; missing events are absent. */
  eventHashes(seqs: number[]): Promise<Map<number, string>>;
  /** The highest event number in the history (0 when empty). */
  lastSeq(): Promise<number>;
}

/** The {@link CheckpointStore} on the plugin's database. */
export class DatabaseCheckpointStore implements CheckpointStore {
  constructor(private readonly db: Knex) {}

  checkpointHead(sign: (head: ChainHead) => HistoryCheckpoint) {
    return this.db.transaction(async tx => {
      if (this.db.client.config.client === 'pg') {
        await tx.raw('SELECT pg_advisory_xact_lock(?)', [WRITE_LOCK_ID]);
      }
      const head = await tx('history')
        .select('seq', 'hash')
        .orderBy('seq', 'desc')
        .first();
      if (!head) return { created: false } as const;
      const latest = await tx<CheckpointRow>('history_checkpoints')
        .orderBy('seq', 'desc')
        .first();
      if (latest && Number(latest.seq) === Number(head.seq)) {
        return { created: false, checkpoint: fromRow(latest) };
      }
      const checkpoint = sign({ seq: Number(head.seq), hash: head.hash });
      await tx('history_checkpoints').insert({
        seq: checkpoint.seq,
        hash: checkpoint.hash,
        at: checkpoint.at,
        key_id: checkpoint.keyId,
        algorithm: checkpoint.algorithm,
        signature: checkpoint.signature,
      });
      return { created: true, checkpoint };
    });
  }

  async list(options: { before?: number; limit: number }) {
    const query = this.db<CheckpointRow>('history_checkpoints')
      .orderBy('seq', 'desc')
      .limit(options.limit);
    if (options.before !== undefined) query.where('seq', '<', options.before);
    return (await query).map(fromRow);
  }

  async listAscending(options: { afterSeq?: number; limit: number }) {
    const rows = await this.db<CheckpointRow>('history_checkpoints')
      .where('seq', '>', options.afterSeq ?? 0)
      .orderBy('seq', 'asc')
      .limit(options.limit);
    return rows.map(fromRow);
  }

  async latest() {
    const row = await this.db<CheckpointRow>('history_checkpoints')
      .orderBy('seq', 'desc')
      .first();
    return row && fromRow(row);
  }

  async eventHashes(seqs: number[]) {
    const hashes = new Map<number, string>();
    // Batches stay below SQLite's bound-parameter limit.
    for (let i = 0; i < seqs.length; i += 500) {
      const rows = await this.db('history')
        .select('seq', 'hash')
        .whereIn('seq', seqs.slice(i, i + 500));
      for (const row of rows) hashes.set(Number(row.seq), row.hash);
    }
    return hashes;
  }

  async lastSeq() {
    const row = await this.db('history').max({ seq: 'seq' }).first();
    return Number(row?.seq ?? 0);
  }
}
