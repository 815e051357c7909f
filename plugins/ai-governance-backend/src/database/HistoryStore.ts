import type { Knex } from 'knex';
import type {
  HistoryEvent,
  HistoryVerification,
} from '@aigov/plugin-ai-governance-common';
import { listHistory, verifyHistory } from './history';
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

  verify() {
    return verifyHistory(this.db);
  }
}
