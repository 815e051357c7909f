/*
 * Seeding: the generated records go straight into the plugin's tables with
 * knex, as multi-row INSERT statements: one transaction for everything on
 * SQLite, one per 500 systems on PostgreSQL. Each chunk's scorecard
 * summaries are computed in the same transaction by the plugin's own
 * summary store, as a write would.
 */

import { performance } from 'node:perf_hooks';
import { benchGroups, generate } from './generate.mjs';
import { RULES_USED, summaries } from './model.mjs';

/** Inserts rows as multi-row INSERT statements, within the parameter limits. */
async function insertMany(trx, table, rows, isPg) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]);
  const perStatement = Math.max(
    1,
    Math.min(
      isPg ? 5000 : 2500,
      Math.floor((isPg ? 65_000 : 32_000) / columns.length),
    ),
  );
  const rowSql = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO "${table}" (${columns
    .map(c => `"${c}"`)
    .join(', ')}) VALUES `;
  for (let i = 0; i < rows.length; i += perStatement) {
    const slice = rows.slice(i, i + perStatement);
    const bindings = new Array(slice.length * columns.length);
    let k = 0;
    for (const row of slice)
      for (const c of columns) bindings[k++] = row[c] ?? null;
    await trx.raw(head + slice.map(() => rowSql).join(', '), bindings);
  }
}

/**
 * Seeds `n` AI systems into the plugin's database; returns the time it took
 * (and ANALYZE's on PostgreSQL), the row counts and the owned systems' names.
 */
export async function seed(databases, n, rng) {
  const { isPg } = databases;
  const knex = databases.pluginKnex();
  const todayMs = Date.now();
  const counts = {
    entities: 0,
    controls: 0,
    risks: 0,
    evidence: 0,
    links: 0,
    assessments: 0,
  };
  const owned = [];
  const store = summaries(knex);
  const nowIso = new Date(todayMs).toISOString();
  let summaryMs = 0;
  const started = performance.now();
  const CHUNK = 500;
  const insertChunk = async (trx, rows) => {
    await insertMany(trx, 'governed_entities', rows.entities, isPg);
    await insertMany(trx, 'control_statuses', rows.controls, isPg);
    await insertMany(trx, 'risks', rows.risks, isPg);
    await insertMany(trx, 'evidence', rows.evidence, isPg);
    await insertMany(trx, 'evidence_links', rows.links, isPg);
    await insertMany(trx, 'assessments', rows.assessments, isPg);
    // The chunk's summaries, by the statements every write runs.
    const t0 = performance.now();
    await store.refresh(
      trx,
      rows.entities.map(e => e.entity_ref),
      nowIso,
    );
    summaryMs += performance.now() - t0;
    for (const key of Object.keys(counts)) counts[key] += rows[key].length;
    owned.push(...rows.owned);
  };
  const chunk = i =>
    generate(rng, i + 1, Math.min(n, i + CHUNK) + 1, todayMs, isPg);
  const groups = benchGroups();
  try {
    if (isPg) {
      // One transaction per chunk of 500 systems (statements of ≤ 5,000 rows).
      await knex.transaction(async trx => {
        await insertMany(trx, 'catalog_groups', groups, isPg);
        // On the empty tables: records the rules the summaries follow.
        await store.rebuild(trx, RULES_USED, nowIso);
      });
      for (let i = 0; i < n; i += CHUNK) {
        const rows = chunk(i);
        await knex.transaction(trx => insertChunk(trx, rows));
      }
    } else {
      // SQLite: everything in one transaction. A larger page cache for this
      // connection only (the backend's are untouched): the unique indexes
      // on random UUIDs otherwise make the bulk load grow faster than N.
      await knex.raw('PRAGMA cache_size = -262144');
      await knex.transaction(async trx => {
        await insertMany(trx, 'catalog_groups', groups, isPg);
        await store.rebuild(trx, RULES_USED, nowIso);
        for (let i = 0; i < n; i += CHUNK) await insertChunk(trx, chunk(i));
      });
    }
    const seedMs = performance.now() - started;
    let analyzeMs = 0;
    if (isPg) {
      // What autovacuum does soon after a bulk load; without it the planner
      // works from empty statistics.
      const t0 = performance.now();
      await knex.raw('ANALYZE');
      analyzeMs = performance.now() - t0;
    }
    return {
      seedMs,
      summaryMs,
      analyzeMs,
      counts,
      groups: groups.length,
      owned,
    };
  } finally {
    await knex.destroy();
  }
}
