import {
  mockServices,
  type TestBackend,
  type TestDatabaseId,
  type TestDatabases,
} from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import request from 'supertest';
import { openGovernanceDatabase } from '../service/services';
import { startGovernanceBackend, testDatabases } from './backend';

/*
 * The suite setup every database test of this package shares: one describe
 * block per database the environment offers (SQLite always, PostgreSQL where
 * a connection string is set), and a fresh database per block, migrated by
 * the plugin and, where the suite asks for it, with the plugin serving it.
 */

/** How many rows a table holds (PostgreSQL counts come back as strings). */
export async function countRows(knex: Knex, table: string): Promise<number> {
  return Number((await knex(table).count({ n: '*' }))[0].n);
}

/** A database migrated before the suite's tests; read `knex` in hooks and tests. */
export interface MigratedDatabase {
  readonly knex: Knex;
  /** How many rows a table holds. */
  count(table: string): Promise<number>;
}

/** The plugin started before the suite's tests; read its members in hooks and tests. */
export interface GovernanceTestBackend extends MigratedDatabase {
  /**
   * A supertest client of the server that sends `headers` with every
   * request: `api(alice).get(url)` for a signed-in user (see `as`), `api()`
   * for none.
   */
  api(headers?: Record<string, string>): ReturnType<typeof request.agent>;
}

/** What a suite's callback sets up on its database. */
export interface DatabaseSetup {
  /** Another fresh, empty database, not migrated (for tests of the migrations). */
  freshDatabase(): Promise<Knex>;
  /** Before the tests: a fresh database, migrated as the plugin does at startup. */
  migratedDatabase(): MigratedDatabase;
  /** Before the tests: the plugin on a fresh database, with a mock catalog. */
  governanceBackend(
    options?: Omit<Parameters<typeof startGovernanceBackend>[0], 'knex'>,
  ): GovernanceTestBackend;
}

/**
 * `describe.each` over the supported databases: `name` with `%s` for the
 * database id, and `tests` registering the suite's setup and tests for one.
 */
export function describeOnEachDatabase(
  name: string,
  tests: (setup: DatabaseSetup) => void,
) {
  const databases = testDatabases();
  // The title is the caller's string, passed through.
  // eslint-disable-next-line jest/valid-title
  describe.each(databases.eachSupportedId())(name, databaseId => {
    tests(setupOn(databases, databaseId));
  });
}

function setupOn(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): DatabaseSetup {
  /** A value a beforeAll sets; reading it earlier is a mistake in the test. */
  const later = <T>(what: string) => {
    let value: T | undefined;
    return {
      set: (v: T) => {
        value = v;
      },
      get: (): T => {
        if (value === undefined) {
          throw new Error(`${what} is there only once beforeAll has run`);
        }
        return value;
      },
    };
  };

  return {
    freshDatabase: () => databases.init(databaseId),

    migratedDatabase() {
      const knex = later<Knex>('The database');
      beforeAll(async () => {
        knex.set(
          await openGovernanceDatabase(
            mockServices.database({
              knex: await databases.init(databaseId),
              migrations: { skip: false },
            }),
          ),
        );
      });
      return {
        get knex() {
          return knex.get();
        },
        count: table => countRows(knex.get(), table),
      };
    },

    governanceBackend(options = {}) {
      const knex = later<Knex>('The database');
      const server = later<TestBackend['server']>('The server');
      beforeAll(async () => {
        knex.set(await databases.init(databaseId));
        server.set(
          (await startGovernanceBackend({ ...options, knex: knex.get() }))
            .server,
        );
      });
      return {
        get knex() {
          return knex.get();
        },
        // A fresh agent a call: no cookies or defaults carry over.
        api: (headers = {}) => request.agent(server.get()).set(headers),
        count: table => countRows(knex.get(), table),
      };
    },
  };
}
