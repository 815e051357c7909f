/*
 * Timing: with the backend on the seeded database, sequential requests to
 * the per-entity endpoints and the catalog's by-name read, interleaved; then
 * the org roll-up through the API alternating with the very statement the
 * plugin runs for it, straight on the plugin's database; then the checks
 * that both gave the same answer and that no seeded system went missing.
 */

import { performance } from 'node:perf_hooks';
import { percentile } from '../lib/script.mjs';
import { GROUP_ROOT } from './generate.mjs';
import {
  CONTROL_COUNT,
  RISKS_PER_SYSTEM,
  entityScorecardQuery,
  liveOrgRollUpQuery,
  orgRollUpQuery,
  runOrgRollUp,
} from './model.mjs';

const stats = values => ({
  n: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
});
const json = body => JSON.parse(Buffer.from(body).toString());
const rowsOf = result => (Array.isArray(result) ? result : result.rows);

/** Starts the backend on the seeded database, times it and stops it. */
export async function measure(o, databases, backend, rng, seeded) {
  const startMs = await backend.start();
  const token = await backend.token();
  await backend.waitForCatalogEntity(token);
  const memReady = backend.memory();
  const { timedGet } = backend;

  // A few random seeded systems (with an owner); requests rotate over them.
  const names = [];
  while (names.length < Math.min(o.entities, seeded.owned.length)) {
    const name = seeded.owned[Math.floor(rng() * seeded.owned.length)];
    if (!names.includes(name)) names.push(name);
  }
  const entityUrl = (name, what) =>
    `${backend.baseUrl}/api/ai-governance/entities/aisystem/default/${name}/${what}`;
  const endpoints = [
    ...['risks', 'controls', 'scorecard'].map(key => ({
      key,
      label: `GET …/entities/aisystem/default/<name>/${key}`,
      url: name => entityUrl(name, key),
    })),
    {
      key: 'catalog',
      label: `GET /api/catalog/entities/by-name/aisystem/default/${o.catalogEntity}`,
      url: () => backend.catalogUrl(),
    },
  ];

  // Sanity: the seeded records are what the API serves.
  const risks = json((await timedGet(endpoints[0].url(names[0]), token)).body);
  const controls = json(
    (await timedGet(endpoints[1].url(names[0]), token)).body,
  );
  if (
    risks.items?.length !== RISKS_PER_SYSTEM ||
    controls.items?.length !== CONTROL_COUNT
  ) {
    throw new Error(
      `unexpected API answer for ${names[0]}: ${risks.items?.length} risks, ${controls.items?.length} controls`,
    );
  }

  // Per-entity endpoints and the catalog read, interleaved so drift (GC,
  // background tasks) affects all of them alike.
  const times = Object.fromEntries(endpoints.map(e => [e.key, []]));
  const bytes = {};
  for (let i = 0; i < o.warmup; i++) {
    for (const e of endpoints)
      await timedGet(e.url(names[i % names.length]), token);
  }
  for (let i = 0; i < o.samples; i++) {
    for (const e of endpoints) {
      const { ms, body } = await timedGet(
        e.url(names[i % names.length]),
        token,
      );
      times[e.key].push(ms);
      bytes[e.key] = body.byteLength;
    }
  }

  // The org roll-up through the API and as the plugin's own statements, run
  // the way the plugin runs them, alternating.
  const orgUrl = `${backend.baseUrl}/api/ai-governance/scorecards?groupBy=owner`;
  const knex = databases.pluginKnex();
  let orgItems;
  let rawRows;
  let liveRows;
  const runRaw = async () => {
    const t0 = performance.now();
    rawRows = await runOrgRollUp(knex);
    return performance.now() - t0;
  };
  let check;
  let liveCheck;
  let counts;
  try {
    for (let i = 0; i < o.orgWarmup; i++) {
      await timedGet(orgUrl, token);
      await runRaw();
    }
    times.org = [];
    times.raw = [];
    for (let i = 0; i < o.orgSamples; i++) {
      const { ms, body } = await timedGet(orgUrl, token);
      times.org.push(ms);
      bytes.org = body.byteLength;
      orgItems = json(body).items;
      times.raw.push(await runRaw());
    }
    // The definition: the same roll-up computed from the records, as every
    // request did before the summaries (JIT off, as the plugin ran it). A
    // few runs only: it takes seconds at 100,000 systems.
    times.live = [];
    for (let i = 0; i < o.liveSamples; i++) {
      const { sql, bindings } = liveOrgRollUpQuery();
      const t0 = performance.now();
      liveRows = await knex.transaction(async trx => {
        if (databases.isPg) await trx.raw('SET LOCAL jit = off');
        return rowsOf(await trx.raw(sql, bindings));
      });
      times.live.push(performance.now() - t0);
    }
    if (liveRows) liveCheck = compareOrg(orgItems, liveRows);
    check = compareOrg(orgItems, rawRows);
    counts = await knex('governed_entities')
      .where('kind', 'aisystem')
      .count({ c: '*' })
      .first();
    if (o.explain) await explain(knex, databases.isPg, names[0]);
  } finally {
    await knex.destroy();
  }
  const memAfter = backend.memory();
  await backend.stop();
  return {
    startMs,
    names,
    endpoints,
    stats: Object.fromEntries(
      Object.entries(times).map(([k, v]) => [k, stats(v)]),
    ),
    bytes,
    check,
    rootRow: orgItems.find(r => r.groupRef === GROUP_ROOT),
    groupRows: orgItems.length,
    systemsAfter: Number(counts?.c ?? 0),
    liveCheck,
    memReady,
    memAfter,
  };
}

/** Does the raw SQL say what the endpoint says? */
function compareOrg(items, rows) {
  const num = v => Number(v ?? 0);
  if (items.length !== rows.length)
    return `differ: ${items.length} groups from the API, ${rows.length} from SQL`;
  for (let i = 0; i < items.length; i++) {
    const a = items[i];
    const b = rows[i];
    const same =
      a.groupRef === b.group_ref &&
      a.systems === num(b.systems) &&
      a.levels.none === num(b.level_none) &&
      a.levels.bronze === num(b.level_bronze) &&
      a.levels.silver === num(b.level_silver) &&
      a.levels.gold === num(b.level_gold) &&
      a.openHighOrCritical === num(b.open_high_or_critical) &&
      a.untreatedAboveAppetite === num(b.untreated) &&
      a.overdue === num(b.overdue) &&
      a.expiredEvidence === num(b.expired_evidence) &&
      Math.abs(
        a.compliance -
          (num(b.applicable) === 0
            ? 1
            : num(b.implemented) / num(b.applicable)),
      ) < 1e-9;
    if (!same)
      return `differ at ${a.groupRef}: API ${JSON.stringify(
        a,
      )} vs SQL ${JSON.stringify(b)}`;
  }
  return 'same answer';
}

/** Prints the query plans of the per-entity reads and both scorecards. */
async function explain(knex, isPg, name) {
  const entityRef = `aisystem:default/${name}`;
  const entity = entityScorecardQuery(entityRef);
  const org = orgRollUpQuery();
  const live = liveOrgRollUpQuery();
  const queries = [
    [
      'governed entity snapshot (every per-entity read)',
      'SELECT * FROM governed_entities WHERE entity_ref = :entityRef LIMIT 1',
    ],
    [
      'risks page',
      'SELECT * FROM risks WHERE entity_ref = :entityRef ORDER BY row_id DESC LIMIT 51',
    ],
    [
      'control statuses',
      'SELECT * FROM control_statuses WHERE entity_ref = :entityRef',
    ],
    [
      'control evidence',
      `SELECT l.target_id, e.id, e.title, e.expires_at FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
       WHERE l.entity_ref = :entityRef AND l.target_type = 'control' ORDER BY e.row_id ASC`,
    ],
    ['entity scorecard', entity.sql],
    ['org roll-up from the summaries', org.sql],
    ['org roll-up from the records (the definition)', live.sql],
  ];
  const verb = isPg ? 'EXPLAIN (ANALYZE, BUFFERS)' : 'EXPLAIN QUERY PLAN';
  console.log(`\nquery plans (${verb}, entity ${entityRef}):`);
  for (const [label, sql] of queries) {
    // Named bindings a statement does not use are ignored by knex.
    const rows = rowsOf(
      await knex.raw(`${verb} ${sql}`, { ...org.bindings, ...entity.bindings }),
    );
    console.log(`\n-- ${label}`);
    for (const row of rows) {
      console.log(
        isPg
          ? `   ${row['QUERY PLAN']}`
          : `   ${row.id}/${row.parent}: ${row.detail}`,
      );
    }
  }
}
