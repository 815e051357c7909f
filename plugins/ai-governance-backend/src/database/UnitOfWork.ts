import type { Knex } from 'knex';
import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';
import { appendHistory, type HistoryEntry } from './history';

/** Serialises writers on PostgreSQL so the history chain stays linear. */
const WRITE_LOCK_ID = 4_242_001;

/** The clock, injectable for tests. */
export type Clock = () => Date;

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
 * which opens the transaction, takes the writers' lock and binds the history.
 */
export class UnitOfWork {
  constructor(private readonly db: Knex, private readonly clock: Clock) {}

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
   * every event links to the one before; SQLite has one writer anyway.
   */
  run<T>(fn: (scope: WriteScope) => Promise<T>): Promise<T> {
    return this.db.transaction(async tx => {
      if (this.db.client.config.client === 'pg') {
        await tx.raw('SELECT pg_advisory_xact_lock(?)', [WRITE_LOCK_ID]);
      }
      const now = this.now();
      return fn({ tx, now, record: entry => appendHistory(tx, entry, now) });
    });
  }
}
