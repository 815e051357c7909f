import type { Knex } from 'knex';
import type {
  GovernanceRecordType,
  HistoryAction,
  HistoryEvent,
  HistoryVerification,
} from '@aigov/plugin-ai-governance-common';
import { eventAt, latestEventOf, listHistory, verifyHistory } from './history';
import type { EntityScope } from './overview';

/** The hash-chained history of every change. */
export interface HistoryStore {
  /** Newest first; `restrict` limits it to entities in a scope over `governed_entities g`. */
  list(options: {
    entityRef?: string;
    before?: number;
    limit: number;
    restrict?: EntityScope;
  }): Promise<HistoryEvent[]>;
  /** Recomputes the chain and names the first broken link. */
  verify(): Promise<HistoryVerification>;
  /**
   * The same, starting after an event already verified (`from`); `head` is
   * the last event checked.
   */
  verifySince(from?: {
    seq: number;
    hash: string;
  }): Promise<HistoryVerification & { head?: { seq: number; hash: string } }>;
  /** One event by its number. */
  eventAt(seq: number): Promise<HistoryEvent | undefined>;
  /** The newest event of one record with this action. */
  latestEventOf(
    key: { recordType: GovernanceRecordType; recordId: string },
    action: HistoryAction,
  ): Promise<HistoryEvent | undefined>;
}

/** The {@link HistoryStore} on the plugin's database. */
export class DatabaseHistoryStore implements HistoryStore {
  constructor(private readonly db: Knex) {}

  list(options: {
    entityRef?: string;
    before?: number;
    limit: number;
    restrict?: EntityScope;
  }) {
    const { restrict, ...rest } = options;
    return listHistory(this.db, {
      ...rest,
      restrict:
        restrict &&
        (qb =>
          qb.whereRaw(
            `entity_ref IN (SELECT g.entity_ref FROM governed_entities g WHERE ${restrict.sql})`,
            restrict.bindings,
          )),
    });
  }

  async verify() {
    const { head: _head, ...result } = await verifyHistory(this.db);
    return result;
  }

  verifySince(from?: { seq: number; hash: string }) {
    return verifyHistory(this.db, { from });
  }

  eventAt(seq: number) {
    return eventAt(this.db, seq);
  }

  latestEventOf(
    key: { recordType: GovernanceRecordType; recordId: string },
    action: HistoryAction,
  ) {
    return latestEventOf(this.db, key, action);
  }
}
