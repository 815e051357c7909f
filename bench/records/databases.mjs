/*
 * The databases of a records benchmark run: where the backend keeps them
 * (a temporary directory on SQLite, `aigov_bench_<stamp>_*` databases on
 * PostgreSQL), a knex of the plugin's own database, and the migrated, empty
 * template every size starts from. Everything is removed at the end unless
 * --keep says otherwise.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { require } from '../lib/workspace.mjs';

const knexFactory = require('knex');
const HOST = '127.0.0.1';

/**
 * The run's databases. `cleanups` receives what removes them, in the order
 * they must run after everything else is stopped.
 */
export function createDatabases(o, cleanups) {
  const { isPg } = o;
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aigov-bench-'));
  const sqliteDir = path.join(tmpDir, 'sqlite');
  const sqliteFile = path.join(sqliteDir, 'ai-governance.sqlite');
  const sqliteTemplate = path.join(tmpDir, 'template', 'ai-governance.sqlite');
  // Backstage names each plugin's PostgreSQL database `${prefix}${pluginId}`.
  const pgPrefix = `aigov_bench_${Date.now()}_`;
  const pgPluginDb = `${pgPrefix}ai-governance`;
  const pgTemplateDb = `${pgPrefix}template`;
  const pgConnection = database => ({
    host: HOST,
    port: o.pgPort,
    user: o.pgUser,
    ...(database ? { database } : {}),
  });

  cleanups.push(() => {
    if (o.keep && !isPg) {
      console.log(`kept ${sqliteFile} (and ${tmpDir}); delete it when done`);
      return;
    }
    fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  let adminKnex;
  const pgAdmin = () => {
    adminKnex ??= knexFactory({
      client: 'pg',
      connection: pgConnection('postgres'),
      pool: { min: 0, max: 1 },
    });
    return adminKnex;
  };
  if (isPg) {
    cleanups.push(async () => {
      const admin = pgAdmin();
      const { rows } = await admin.raw(
        'SELECT datname FROM pg_database WHERE starts_with(datname, ?)',
        [pgPrefix],
      );
      let dropped = 0;
      for (const { datname } of rows) {
        if (o.keep && datname === pgPluginDb) {
          console.log(
            `kept PostgreSQL database "${datname}"; drop it when done`,
          );
          continue;
        }
        await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
        dropped++;
      }
      await admin.destroy();
      console.log(`dropped ${dropped} PostgreSQL databases ${pgPrefix}*`);
    });
  }

  /** A knex of the plugin's own database, as the bench uses it. */
  const pluginKnex = () =>
    isPg
      ? knexFactory({
          client: 'pg',
          connection: pgConnection(pgPluginDb),
          pool: { min: 1, max: 2 },
        })
      : knexFactory({
          client: 'better-sqlite3',
          connection: { filename: sqliteFile },
          useNullAsDefault: true,
        });

  /** Empties the governance tables and parks the catalog sync far in the future. */
  async function prepareTemplate() {
    const knex = pluginKnex();
    try {
      for (const table of [
        'evidence_links',
        'evidence',
        'evidence_blobs',
        'assessments',
        'control_statuses',
        'risks',
        'governed_entities',
        'catalog_groups',
        'entity_summaries',
        'owner_summaries',
        'summary_definitions',
      ]) {
        await knex(table).delete();
      }
      // The scheduled catalog sync replaces governed_entities and
      // catalog_groups with what the catalog holds (the demo's six systems):
      // the seeded systems must survive the measurement, so its next run is
      // moved out of reach. On restart the scheduler keeps the later date.
      // The daily summary check recomputes every summary from the records
      // (seconds at 100,000 systems): parked too, so it cannot run in the
      // middle of the timings; the seed leaves the summaries exact.
      const updated = await knex('backstage_backend_tasks__tasks')
        .whereIn('id', [
          'ai-governance-catalog-sync',
          'ai-governance-summaries-verify',
        ])
        .update({
          next_run_start_at: isPg
            ? '2099-12-31T00:00:00Z'
            : '2099-12-31 00:00:00',
          current_run_ticket: null,
          current_run_started_at: null,
          current_run_expires_at: null,
        });
      if (updated !== 2) {
        console.warn(
          'warning: the ai-governance-catalog-sync or -summaries-verify task row was not found; they may run during the measurement',
        );
      }
      if (!isPg)
        await knex.raw('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => {});
    } finally {
      await knex.destroy();
    }
    if (isPg) {
      await pgAdmin().raw('CREATE DATABASE ?? TEMPLATE ??', [
        pgTemplateDb,
        pgPluginDb,
      ]);
    } else {
      fs.mkdirSync(path.dirname(sqliteTemplate), { recursive: true });
      fs.copyFileSync(sqliteFile, sqliteTemplate);
    }
  }

  /** A fresh, migrated, empty plugin database for one size. */
  async function restoreTemplate() {
    if (isPg) {
      await pgAdmin().raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [
        pgPluginDb,
      ]);
      await pgAdmin().raw('CREATE DATABASE ?? TEMPLATE ??', [
        pgPluginDb,
        pgTemplateDb,
      ]);
    } else {
      for (const suffix of ['', '-wal', '-shm', '-journal']) {
        fs.rmSync(sqliteFile + suffix, { force: true });
      }
      fs.copyFileSync(sqliteTemplate, sqliteFile);
    }
  }

  return {
    isPg,
    /** `backend.database` of the backend's config. */
    backendConfig: isPg
      ? { client: 'pg', connection: pgConnection(), prefix: pgPrefix }
      : { client: 'better-sqlite3', connection: { directory: sqliteDir } },
    where: isPg ? `${pgPrefix}* on ${HOST}:${o.pgPort}` : sqliteDir,
    pluginKnex,
    prepareTemplate,
    restoreTemplate,
  };
}
