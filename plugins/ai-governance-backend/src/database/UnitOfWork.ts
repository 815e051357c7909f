import type { Knex } from 'knex';
import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';
import { appendHistory, type HistoryEntry } from './history';
import { DatabaseSummaryStore } from './SummaryStore';

/** Serialises writers on PostgreSQL so the history chain stays linear. */
const WRITE_LOCK_ID = 4_242_001;

/** The clock, injectable for tests. */
export type Clock = () => Date;

/**
 * Runs `fn` in a transaction holding the writers' lock: on PostgreSQL an
 * advisory lock, which every change, catalog snapshot and summary refresh
 * takes, so they apply one after the other; SQLite has one writer anyway.
 */
export function lockedTransaction<T>(
  db: Knex,
  fn: (tx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async tx => {
    if (db.client.config.client === 'pg') {
      await tx.raw('SELECT pg_advisory_xact_lock(?)', [WRITE_LOCK_ID]);
    }
    return fn(tx);
  });
}

/**
 * A running change: stores write through `tx`, and `record` appends the
 * change's history event in the same transaction, so a record and its event
 * are stored together or not at all.
 */
export interface WriteScope {
  /** The transaction; opaque to services, which hand it to stores. */
  readonly tx: Knex.Transaction;
  /** When the change happens (UTC ISO 8601), the same for every row it writes. */
  readonly now: string;
  /** Appends the change's history event. */
  record(entry: HistoryEntry): Promise<HistoryEvent>;
}

/**
 * The one write path: every change to a governance record runs in `run`,
 * which opens the transaction, takes the writers' lock, binds the history
 * and, before commit, refreshes the scorecard summaries of the entities the
 * change recorded events for.
 */
export class UnitOfWork {
  private readonly summaries: DatabaseSummaryStore;

  constructor(private readonly db: Knex, private readonly clock: Clock) {
    this.summaries = new DatabaseSummaryStore(db);
  }

  /** Now as stored: UTC ISO 8601. */
  now(): string {
    return this.clock().toISOString();
  }

  /** Today's date, YYYY-MM-DD (UTC). */
  today(): string {
    return this.now().slice(0, 10);
  }

  /**
   * Runs a change and its history event in one transaction. On PostgreSQL an
   * advisory lock serialises writers, so sequence numbers are contiguous and
   * every event links to the one before; SQLite has one writer anyway. Every
   * history event names the entity whose records changed, so those are the
   * summaries to recompute: the summary commits with the change or not at
   * all.
   */
  run<T>(fn: (scope: WriteScope) => Promise<T>): Promise<T> {
    return lockedTransaction(this.db, async tx => {
      const now = this.now();
      const touched = new Set<string>();
      const result = await fn({
        tx,
        now,
        record: entry => {
          touched.add(entry.entityRef);
          return appendHistory(tx, entry, now);
        },
      });
      if (touched.size) await this.summaries.refresh(tx, [...touched], now);
      return result;
    });
  }
}
