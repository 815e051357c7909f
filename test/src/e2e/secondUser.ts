import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openSignedIn } from '../harness/chromium';
import {
  startBackend,
  type Backend,
  type BackendOptions,
} from '../harness/portal';

/*
 * A second person in a browser test. The demo signs in one guest per
 * backend, so a second person is a second replica of the portal on the
 * same PostgreSQL (as test/src/replicas.test.ts runs two), whose guest
 * sign-in is another catalog user: both see and change the same records,
 * each with their own identity, groups and permissions. PostgreSQL only:
 * SQLite is one process's database.
 */

/** The test PostgreSQL server, if this machine has one. */
export const postgresUrl = Object.entries(process.env).find(([name]) =>
  /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(name),
)?.[1];

/** Where the replicas of one test file keep their records, and how to remove it. */
export interface SharedDatabase {
  /** Backend options every replica of this file starts with. */
  options: BackendOptions;
  /** Drops this file's databases; call once every replica has stopped. */
  drop(): Promise<void>;
}

/**
 * This file's own databases on the test PostgreSQL (named by `name` and the
 * process, so runs side by side do not meet), and the checkpoint key and
 * sink the replicas share, as replicas of one portal do.
 */
export function sharedDatabase(name: string): SharedDatabase {
  const prefix = `aigov_${name}_${process.pid}_`;
  const shared = fs.mkdtempSync(path.join(os.tmpdir(), `aigov-${name}-`));
  return {
    options: {
      database: { client: 'pg', connection: postgresUrl, prefix },
      config: {
        aiGovernance: {
          integrity: {
            checkpoints: {
              signingKeyFile: path.join(shared, 'checkpoint-key.pem'),
              sink: { directory: path.join(shared, 'checkpoints') },
            },
          },
        },
      },
    },
    async drop() {
      const admin = knexFactory({
        client: 'pg',
        connection: `${postgresUrl}/postgres`,
      });
      try {
        const { rows } = await admin.raw(
          'SELECT datname FROM pg_database WHERE datname LIKE ?',
          [`${prefix}%`],
        );
        for (const { datname } of rows)
          await admin.raw(`DROP DATABASE "${datname}"`);
      } finally {
        await admin.destroy();
        fs.rmSync(shared, { recursive: true, force: true });
      }
    },
  };
}

/** The portal as a second person sees it. */
export interface SecondUser {
  /** Opens a page signed in as this user; it is closed after the test. */
  open(path: string): Promise<Page>;
}

/**
 * Starts, after the first portal (which has migrated the databases), a
 * replica on the same database whose guest is `userRef`, and a Chromium of
 * its own; stops both after the tests, then `stopFirst` and drops the
 * databases.
 */
export function useSecondUser(
  database: SharedDatabase,
  userRef: string,
  stopFirst: () => Promise<void>,
): SecondUser {
  let replica: Backend | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    const config = database.options.config ?? {};
    replica = await startBackend({
      ...database.options,
      // The guest provider signs in as this catalog user, with the groups
      // the catalog gives them (spec.memberOf); were the user missing, with
      // only themselves, never the demo guest's governance office.
      config: {
        ...config,
        auth: {
          providers: {
            guest: { userEntityRef: userRef, ownershipEntityRefs: [userRef] },
          },
        },
      },
    });
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => {});
  });
  afterAll(async () => {
    try {
      await browser?.close();
      await replica?.stop();
      // Whichever order the hooks run in, no replica may hold the databases.
      await stopFirst();
    } finally {
      await database.drop();
    }
  });
  return {
    async open(where: string) {
      const page = await openSignedIn(browser!, replica!.baseUrl, where);
      pages.push(page);
      return page;
    },
  };
}
