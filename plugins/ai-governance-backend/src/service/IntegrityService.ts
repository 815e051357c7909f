import type { ChainVerification } from './CheckpointService';
import type { HistoryStore } from '../database/HistoryStore';
import type { IntegrityRun, ReplayStore } from '../database/ReplayStore';
import type { Clock } from '../database/UnitOfWork';
import {
  replayRecords,
  type RecordMismatch,
  type RecordReplay,
  type ReplayResult,
} from './replay';

/**
 * The answer of a verification (the spec's HistoryVerification): the chain,
 * the checkpoint it was checked against, the first record that differs.
 */
export type IntegrityVerification = ChainVerification;

/**
 * The verification of the chain itself, e.g. recomputing its hashes and
 * checking them against signed checkpoints kept outside the database.
 */
export type ChainCheck = () => Promise<IntegrityVerification>;

const recordOf = (m: RecordMismatch) => ({
  type: m.type,
  id: m.id,
  field: m.field,
});

/**
 * Whether the governance records can be trusted: the history chain is
 * intact (and, with an anchor, agrees with what was signed outside the
 * database), and every record's table row is what its history says.
 */
export class IntegrityService {
  constructor(
    private readonly history: HistoryStore,
    private readonly replayStore: ReplayStore,
    private readonly replays: readonly RecordReplay[],
    private readonly clock: Clock,
    private readonly options: {
      /** Verifies the chain; without it, its hashes are recomputed only. */
      chain?: ChainCheck;
      /** Records the scheduled check sweeps per run besides the changed ones. */
      sweepRecords?: number;
    } = {},
  ) {}

  /** The last run of the scheduled check. */
  lastRun(): Promise<IntegrityRun | undefined> {
    return this.replayStore.lastRun();
  }

  /** Everything, from the first event: the chain (and its anchor), then every record. */
  async verify(): Promise<IntegrityVerification> {
    const chain = this.options.chain
      ? await this.options.chain()
      : await this.history.verify();
    if (!chain.ok) return chain;
    const replay = await replayRecords(this.replayStore, this.replays, {
      now: this.clock().toISOString(),
      rowsWithoutHistory: true,
    });
    if (replay.mismatch) {
      return {
        ...chain,
        ok: false,
        reason: replay.mismatch.reason,
        record: recordOf(replay.mismatch),
      };
    }
    return chain;
  }

  /**
   * One run of the scheduled check, incremental: the chain from where the
   * last run stopped (and that run's last event unchanged), the records
   * changed since, and a slice of all records in turn, so a row edited in
   * the database is found within a sweep even when nothing touches it.
   */
  async runScheduledCheck(): Promise<IntegrityRun> {
    const startedAt = this.clock().toISOString();
    const last = await this.replayStore.lastRun();
    const finish = async (
      run: Omit<IntegrityRun, 'startedAt' | 'finishedAt'>,
    ): Promise<IntegrityRun> => {
      const done = {
        ...run,
        startedAt,
        finishedAt: this.clock().toISOString(),
      };
      await this.replayStore.saveRun(done);
      return done;
    };
    // After a failed run (or before any event), from the first event.
    const from =
      last?.ok && last.chainSeq > 0
        ? { seq: last.chainSeq, hash: last.chainHash }
        : undefined;
    const base = {
      chainSeq: from?.seq ?? 0,
      chainHash: from?.hash ?? '',
      sweepSeq: last?.sweepSeq ?? 0,
      checkedRecords: 0,
    };
    if (from && from.seq > 0) {
      const event = await this.history.eventAt(from.seq);
      if (event?.hash !== from.hash) {
        return finish({
          ...base,
          ok: false,
          reason: `event ${from.seq}, verified by the last check, has been ${
            event ? 'rewritten' : 'removed'
          }`,
        });
      }
    }
    const chain = await this.history.verifySince(from);
    if (!chain.ok) {
      return finish({ ...base, ok: false, reason: chain.reason });
    }
    const head = chain.head ?? from ?? { seq: 0, hash: '' };
    const now = this.clock().toISOString();
    // Records changed since the last good run; before the first one (or
    // after a failure) the sweep alone, so a first run on a large estate
    // stays bounded.
    const changed: ReplayResult = from
      ? await replayRecords(this.replayStore, this.replays, {
          afterSeq: from.seq,
          now,
        })
      : { checked: 0, lastSeq: 0, done: true };
    const swept: ReplayResult = changed.mismatch
      ? changed
      : await replayRecords(this.replayStore, this.replays, {
          afterSeq: base.sweepSeq,
          now,
          maxRecords: this.options.sweepRecords ?? 5000,
          // Rows no event wrote are looked for once per sweep, at its end.
          rowsWithoutHistory: false,
        });
    let mismatch = changed.mismatch ?? swept.mismatch;
    let sweepSeq = swept.done ? 0 : swept.lastSeq;
    if (!mismatch && swept.done) {
      const rows = await replayRecords(this.replayStore, this.replays, {
        afterSeq: Number.MAX_SAFE_INTEGER,
        now,
        rowsWithoutHistory: true,
      });
      mismatch = rows.mismatch;
      sweepSeq = 0;
    }
    return finish({
      chainSeq: head.seq,
      chainHash: head.hash,
      sweepSeq,
      checkedRecords: changed.checked + (swept === changed ? 0 : swept.checked),
      ok: !mismatch,
      ...(mismatch
        ? {
            reason: mismatch.reason,
            record: {
              type: mismatch.type,
              id: mismatch.id,
              entityRef: mismatch.entityRef,
              field: mismatch.field,
            },
          }
        : {}),
    });
  }
}
