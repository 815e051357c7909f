#!/usr/bin/env node
/*
 * Soak of the ai-governance backend: a large seeded estate, then minutes of
 * mixed reads and writes with bounded concurrency on 127.0.0.1. Run by hand;
 * it prints figures and is not a timed test. See bench/README.md.
 *
 *   node bench/soak.mjs --systems 100000 --minutes 10 --db postgres [--concurrency 8]
 *
 * The estate is seeded as bench/records.mjs seeds it (bench/records/), the
 * demo backend boots through the tests' harness, and each worker loops over
 * a weighted mix: the org scorecard and heat map (what team leads open),
 * per-system risks, controls and scorecard, a new risk, and an edit of a
 * risk with If-Match. Every 30 s it prints the throughput of the interval,
 * and it samples the backend's RSS; at the end: requests per second, p50 and
 * p99 per operation, 5xx and other failures, RSS over time and its growth
 * from minute 2 to the end.
 */

import { performance } from 'node:perf_hooks';
import {
  bounded,
  cleanupOnExit,
  commandLine,
  percentile,
  runMain,
} from './lib/script.mjs';
import { createBackend } from './records/backend.mjs';
import { createDatabases } from './records/databases.mjs';
import { prng } from './records/generate.mjs';
import { parseOptions } from './records/options.mjs';
import { fmtInt } from './records/report.mjs';
import { seed } from './records/seed.mjs';

const USAGE = `Usage: node bench/soak.mjs [options]

  --systems N       AI systems to seed (default 100000)
  --minutes N       length of the load (default 10)
  --concurrency N   requests in flight (default 8)
  --db sqlite|postgres  database of the backend (default postgres)
  --seed N          seed of the data generator (default 42)`;

const args = commandLine(USAGE, {
  systems: { type: 'string', default: '100000' },
  minutes: { type: 'string', default: '10' },
  concurrency: { type: 'string', default: '8' },
  db: { type: 'string', default: 'postgres' },
  seed: { type: 'string', default: '42' },
});
// The records benchmark's options carry the database and backend settings.
const o = parseOptions([
  '--systems',
  args.systems,
  '--db',
  args.db,
  '--seed',
  args.seed,
]);
const minutes = bounded('minutes', args.minutes, 1, 24 * 60);
const concurrency = bounded('concurrency', args.concurrency, 1, 256);

const { cleanups, cleanUp } = cleanupOnExit();
const API = '/api/ai-governance';

/** The operations of the mix, with their weights. */
function operations(systems) {
  const pick = rng => systems[Math.floor(rng() * systems.length)];
  // Writes go to the demo catalog's AI systems: a change needs the system in
  // the catalog, and the seeded estate lives in the plugin's tables only.
  const writable = [
    'retail-credit-scoring',
    'candidate-screening',
    'coding-assistant',
  ];
  const pickWritable = rng => writable[Math.floor(rng() * writable.length)];
  const entity = name => `${API}/entities/aisystem/default/${name}`;
  return [
    {
      name: 'org scorecard',
      weight: 3,
      path: () => `${API}/scorecards?groupBy=owner`,
    },
    { name: 'heat map', weight: 1, path: () => `${API}/heatmap` },
    { name: 'risks', weight: 4, path: rng => `${entity(pick(rng))}/risks` },
    {
      name: 'controls',
      weight: 3,
      path: rng => `${entity(pick(rng))}/controls`,
    },
    {
      name: 'scorecard',
      weight: 4,
      path: rng => `${entity(pick(rng))}/scorecard`,
    },
    {
      name: 'new risk',
      weight: 1,
      method: 'POST',
      path: rng => `${entity(pickWritable(rng))}/risks`,
      body: rng => ({
        title: `Soak risk ${Math.floor(rng() * 1e9)}`,
        category: 'robustness',
        lifecycleStage: 'operation',
        likelihood: 1 + Math.floor(rng() * 5),
        impact: 1 + Math.floor(rng() * 5),
      }),
    },
    {
      name: 'edit risk',
      weight: 1,
      edit: true,
      path: rng => `${entity(pickWritable(rng))}/risks?limit=1`,
    },
  ];
}

async function request(baseUrl, token, method, path, body, headers = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, text, etag: res.headers.get('etag') };
}

async function main() {
  const databases = createDatabases(o, cleanups);
  const backend = createBackend(o, databases, cleanups);
  console.log(
    `ai-governance soak — ${o.isPg ? 'PostgreSQL' : 'SQLite'}, ${fmtInt(
      o.sizes[0],
    )} AI systems, ${minutes} min, ${concurrency} in flight, Node ${
      process.versions.node
    }`,
  );
  await backend.start();
  await backend.waitForCatalogEntity(await backend.token());
  await backend.stop();
  await databases.prepareTemplate();
  await databases.restoreTemplate();
  const seeded = await seed(databases, o.sizes[0], prng(o.seed));
  console.log(`seeded in ${(seeded.seedMs / 1000).toFixed(1)} s`);
  await backend.start();
  const token = await backend.token();
  const systems = seeded.owned;
  const ops = operations(systems);
  const total = ops.reduce((s, op) => s + op.weight, 0);
  const stats = new Map(ops.map(op => [op.name, { ms: [], failures: 0 }]));
  let serverErrors = 0;
  let done = 0;
  const memory = [];
  const started = performance.now();
  const deadline = started + minutes * 60_000;

  const runOne = async rng => {
    let r = rng() * total;
    const op = ops.find(x => (r -= x.weight) < 0) ?? ops[0];
    const t0 = performance.now();
    let res;
    if (op.edit) {
      // Read a risk, then edit it at the version read: a 412 is a lost race, not an error.
      const list = await request(backend.baseUrl, token, 'GET', op.path(rng));
      const risk = JSON.parse(list.text).items?.[0];
      res = risk
        ? await request(
            backend.baseUrl,
            token,
            'PATCH',
            `${API}/risks/${risk.id}`,
            { likelihood: 1 + Math.floor(rng() * 5) },
            { 'If-Match': `"${risk.version}"` },
          )
        : list;
    } else {
      res = await request(
        backend.baseUrl,
        token,
        op.method ?? 'GET',
        op.path(rng),
        op.body?.(rng),
      );
    }
    const s = stats.get(op.name);
    s.ms.push(performance.now() - t0);
    if (res.status >= 500) serverErrors++;
    if (res.status >= 400 && res.status !== 412) {
      s.failures++;
      if (s.failures <= 3)
        console.warn(`${op.name}: ${res.status} ${res.text.slice(0, 200)}`);
    }
    done++;
  };

  const sampler = setInterval(() => {
    const m = backend.memory();
    const minute = (performance.now() - started) / 60_000;
    if (m) memory.push({ minute, rss: m.main.rss });
  }, 10_000);
  let lastDone = 0;
  const printer = setInterval(() => {
    const minute = ((performance.now() - started) / 60_000).toFixed(1);
    const rss = memory.at(-1)?.rss.toFixed(0) ?? '?';
    console.log(
      `  ${minute} min: ${((done - lastDone) / 30).toFixed(
        1,
      )} req/s, RSS ${rss} MiB, 5xx ${serverErrors}`,
    );
    lastDone = done;
  }, 30_000);
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      const rng = prng(o.seed * 1000 + w);
      while (performance.now() < deadline) await runOne(rng);
    }),
  );
  clearInterval(sampler);
  clearInterval(printer);
  const seconds = (performance.now() - started) / 1000;

  console.log(
    `\n${fmtInt(done)} requests in ${seconds.toFixed(0)} s: ${(
      done / seconds
    ).toFixed(1)} req/s, 5xx: ${serverErrors}`,
  );
  console.log('operation        count    p50 ms   p99 ms  failures');
  for (const [name, s] of stats) {
    if (!s.ms.length) continue;
    console.log(
      `${name.padEnd(15)} ${String(s.ms.length).padStart(6)} ${percentile(
        s.ms,
        50,
      )
        .toFixed(1)
        .padStart(9)} ${percentile(s.ms, 99).toFixed(1).padStart(8)} ${String(
        s.failures,
      ).padStart(9)}`,
    );
  }
  const at = minute => memory.find(m => m.minute >= minute) ?? memory.at(-1);
  const from = at(Math.min(2, minutes / 5));
  const last = memory.at(-1);
  console.log(
    `RSS (MiB) over time: ${memory
      .filter((_, i) => i % 3 === 0)
      .map(m => `${m.minute.toFixed(1)}:${m.rss.toFixed(0)}`)
      .join(' ')}`,
  );
  if (from && last) {
    console.log(
      `RSS from minute ${from.minute.toFixed(1)} to ${last.minute.toFixed(
        1,
      )}: ${from.rss.toFixed(0)} → ${last.rss.toFixed(0)} MiB (${(
        ((last.rss - from.rss) / from.rss) *
        100
      ).toFixed(1)} %; target ≤ 10 %)`,
    );
  }
}

await runMain('soak', main, cleanUp);
