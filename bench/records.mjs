#!/usr/bin/env node
/*
 * Benchmark of the ai-governance backend on realistic volumes. Run by hand;
 * it prints figures and is not a timed test. See bench/README.md.
 *
 *   node bench/records.mjs --systems 10000 --db sqlite|postgres [--samples 200]
 *
 * For each size it seeds N AI systems (38 control rows and 10 risks each,
 * plus evidence, evidence links and assessments) straight into the plugin's
 * tables, boots the real demo backend (packages/backend) against them and
 * times, with sequential requests on 127.0.0.1:
 *   - GET /api/ai-governance/entities/aisystem/default/<name>/{risks,controls,scorecard}
 *   - GET /api/ai-governance/scorecards?groupBy=owner (the org roll-up)
 *   - the same org roll-up as one raw SQL statement, run with knex on the
 *     plugin database (the bench's own copy of the plugin's SQL)
 *   - GET /api/catalog/entities/by-name/aisystem/default/retail-credit-scoring
 * and reads the backend process's RSS.
 */

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const knexFactory = require('knex');

// --- options -----------------------------------------------------------------

const { values: opts } = parseArgs({
  options: {
    systems: { type: 'string', default: '10000' },
    db: { type: 'string', default: 'sqlite' },
    samples: { type: 'string', default: '200' },
    'org-samples': { type: 'string', default: '30' },
    warmup: { type: 'string', default: '20' },
    'org-warmup': { type: 'string', default: '3' },
    entities: { type: 'string', default: '5' },
    port: { type: 'string', default: '7170' },
    'pg-port': { type: 'string', default: '5432' },
    'pg-user': { type: 'string', default: 'postgres' },
    'catalog-entity': { type: 'string', default: 'retail-credit-scoring' },
    seed: { type: 'string', default: '42' },
    explain: { type: 'boolean', default: false },
    'cli-start': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (opts.help) {
  console.log(`Usage: node bench/records.mjs [options]

  --systems N[,M...]   AI systems to seed, one run per size (default 10000)
  --db sqlite|postgres database of the backend (default sqlite)
  --samples N          timed requests per per-entity endpoint (default 200)
  --org-samples N      timed org scorecards and raw SQL runs (default 30)
  --warmup N           untimed requests per per-entity endpoint first (default 20)
  --org-warmup N       untimed org scorecards / raw SQL runs first (default 3)
  --entities N         AI systems the per-entity requests rotate over (default 5)
  --port N             port of the backend (default 7170)
  --pg-port, --pg-user PostgreSQL on 127.0.0.1 (default 5432, postgres; trust auth)
  --catalog-entity X   AiSystem name for the catalog by-name read (default retail-credit-scoring)
  --seed N             seed of the data generator (default 42)
  --explain            print the query plans of the per-entity and org queries
  --keep               keep the seeded databases of the last size (not dropped;
                       their location is printed) for manual EXPLAINs
  --cli-start          start the backend through \`backstage-cli package start\`
                       (adds its file watcher: an edit in the repo restarts it)`);
  process.exit(0);
}

const int = (name, min = 1) => {
  const v = Number(opts[name]);
  if (!Number.isInteger(v) || v < min) {
    console.error(`--${name} must be an integer ≥ ${min}, got ${opts[name]}`);
    process.exit(2);
  }
  return v;
};
const sizes = String(opts.systems)
  .split(',')
  .map(s => Number(s.trim().replace(/_/g, '')));
if (sizes.some(n => !Number.isInteger(n) || n < 1)) {
  console.error(`--systems must be positive integers, got ${opts.systems}`);
  process.exit(2);
}
const dbKind = opts.db === 'pg' ? 'postgres' : opts.db;
if (dbKind !== 'sqlite' && dbKind !== 'postgres') {
  console.error(`--db must be sqlite or postgres, got ${opts.db}`);
  process.exit(2);
}
const SAMPLES = int('samples');
const ORG_SAMPLES = int('org-samples');
const WARMUP = int('warmup', 0);
const ORG_WARMUP = int('org-warmup', 0);
const ENTITY_COUNT = int('entities');
const PORT = int('port');
const PG_PORT = int('pg-port');
const PG_USER = String(opts['pg-user']);
const CATALOG_ENTITY = String(opts['catalog-entity']);
const HOST = '127.0.0.1';
const BASE_URL = `http://${HOST}:${PORT}`;
const isPg = dbKind === 'postgres';

// --- the plugin's model, read from its sources ------------------------------

/** The Annex A control ids, read from the -common library (no TS import). */
function annexAControlIds() {
  const file = path.join(
    root,
    'plugins/ai-governance-common/src/library/annexA.ts',
  );
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf('export const ANNEX_A_CONTROLS');
  const ids = [
    ...text.slice(start).matchAll(/\bid:\s*'(A\.\d+(?:\.\d+)+)'/g),
  ].map(m => m[1]);
  if (!ids.length) throw new Error(`No Annex A control ids found in ${file}`);
  return [...new Set(ids)];
}
const CONTROL_IDS = annexAControlIds();
const CONTROL_COUNT = CONTROL_IDS.length;
const RISKS_PER_SYSTEM = 10;
const RISK_LEVELS = ['low', 'medium', 'high', 'critical'];
// Default rules of the plugin (app-config.yaml does not override them).
const RULES = { riskAppetite: 'high', silverMin: 0.8, goldMin: 1 };
const riskLevel = score =>
  score >= 17
    ? 'critical'
    : score >= 10
    ? 'high'
    : score >= 5
    ? 'medium'
    : 'low';

/*
 * The scorecard SQL of plugins/ai-governance-backend/src/database/scorecards.ts
 * with the default rules, written out here so the bench can time it on its
 * own. If the plugin's SQL changes, change this too: the run compares both
 * answers and says so when they differ.
 */
function factsSql(scoped) {
  const only = (column = 'entity_ref') =>
    scoped ? `AND ${column} = :entityRef` : '';
  const appetite = RISK_LEVELS.slice(RISK_LEVELS.indexOf(RULES.riskAppetite))
    .map(l => `'${l}'`)
    .join(', ');
  const openBy = l =>
    `SUM(CASE WHEN status IN ('open', 'treating') AND level = '${l}' THEN 1 ELSE 0 END) AS open_${l}`;
  return `
    SELECT g.entity_ref, g.kind, g.title, g.owner_ref, g.risk_tier,
      CASE WHEN g.purpose IS NOT NULL AND g.purpose <> '' THEN 1 ELSE 0 END AS has_purpose,
      ${CONTROL_COUNT} - COALESCE(c.not_applicable, 0) AS applicable,
      COALESCE(c.not_applicable, 0) AS not_applicable,
      COALESCE(c.implemented, 0) AS implemented,
      COALESCE(c.implemented_without_evidence, 0) AS implemented_without_evidence,
      COALESCE(c.overdue_controls, 0) AS overdue_controls,
      ${RISK_LEVELS.map(l => `COALESCE(r.open_${l}, 0) AS open_${l}`).join(
        ', ',
      )},
      COALESCE(r.untreated, 0) AS untreated,
      COALESCE(r.overdue_reviews, 0) AS overdue_reviews,
      COALESCE(r.overdue_treatments, 0) AS overdue_treatments,
      COALESCE(e.total, 0) AS evidence_total,
      COALESCE(e.expired, 0) AS evidence_expired,
      COALESCE(a.risk_approved, 0) AS risk_approved,
      COALESCE(a.impact_approved, 0) AS impact_approved
    FROM governed_entities g
    LEFT JOIN (
      SELECT cs.entity_ref,
        SUM(CASE WHEN cs.applicable THEN 0 ELSE 1 END) AS not_applicable,
        SUM(CASE WHEN cs.applicable AND cs.status = 'implemented' THEN 1 ELSE 0 END) AS implemented,
        SUM(CASE WHEN cs.applicable AND cs.status <> 'implemented' AND cs.due_date < :today THEN 1 ELSE 0 END) AS overdue_controls,
        SUM(CASE WHEN cs.applicable AND cs.status = 'implemented' AND NOT EXISTS (
              SELECT 1 FROM evidence_links l JOIN evidence ev ON ev.id = l.evidence_id
              WHERE l.entity_ref = cs.entity_ref AND l.target_type = 'control' AND l.target_id = cs.control_id
                AND (ev.expires_at IS NULL OR ev.expires_at > :now)
                AND (ev.file_name IS NULL OR ev.sha256 IS NOT NULL)
            ) THEN 1 ELSE 0 END) AS implemented_without_evidence
      FROM control_statuses cs WHERE 1 = 1 ${only('cs.entity_ref')}
      GROUP BY cs.entity_ref
    ) c ON c.entity_ref = g.entity_ref
    LEFT JOIN (
      SELECT entity_ref,
        ${RISK_LEVELS.map(openBy).join(',\n        ')},
        SUM(CASE WHEN status IN ('open', 'treating', 'accepted') AND level IN (${appetite})
              AND NOT (status = 'treating' AND treatment <> 'accept' AND treatment_plan <> '')
              AND NOT (status = 'accepted' AND acceptance_expires_at >= :today)
            THEN 1 ELSE 0 END) AS untreated,
        SUM(CASE WHEN status <> 'closed' AND (next_review_date < :today
              OR (status = 'accepted' AND acceptance_expires_at < :today)) THEN 1 ELSE 0 END) AS overdue_reviews,
        SUM(CASE WHEN status IN ('open', 'treating') AND due_date < :today THEN 1 ELSE 0 END) AS overdue_treatments
      FROM risks WHERE 1 = 1 ${only()}
      GROUP BY entity_ref
    ) r ON r.entity_ref = g.entity_ref
    LEFT JOIN (
      SELECT entity_ref, COUNT(*) AS total,
        SUM(CASE WHEN expires_at <= :now THEN 1 ELSE 0 END) AS expired
      FROM evidence WHERE 1 = 1 ${only()}
      GROUP BY entity_ref
    ) e ON e.entity_ref = g.entity_ref
    LEFT JOIN (
      SELECT entity_ref,
        SUM(CASE WHEN type = 'risk' AND status = 'approved' THEN 1 ELSE 0 END) AS risk_approved,
        SUM(CASE WHEN type = 'impact' AND status = 'approved' THEN 1 ELSE 0 END) AS impact_approved
      FROM assessments WHERE 1 = 1 ${only()}
      GROUP BY entity_ref
    ) a ON a.entity_ref = g.entity_ref
    WHERE 1 = 1 ${only('g.entity_ref')}`;
}
const COMPLIANCE_SQL = `CASE WHEN f.applicable = 0 THEN 1.0
  ELSE CAST(f.implemented AS DOUBLE PRECISION) / f.applicable END`;
function levelSql() {
  const bronze = `f.owner_ref IS NOT NULL AND f.risk_tier IS NOT NULL AND f.has_purpose = 1 AND f.risk_approved > 0`;
  const silver = `f.untreated = 0 AND (f.risk_tier NOT IN ('high', 'prohibited') OR f.impact_approved > 0)
    AND ${COMPLIANCE_SQL} >= :silverMin`;
  const gold = `${COMPLIANCE_SQL} >= :goldMin AND f.implemented_without_evidence = 0 AND f.evidence_expired = 0
    AND f.overdue_reviews + f.overdue_treatments + f.overdue_controls = 0`;
  return `CASE WHEN NOT (${bronze}) THEN 'none' WHEN NOT (${silver}) THEN 'bronze'
    WHEN NOT (${gold}) THEN 'silver' ELSE 'gold' END`;
}
const ORG_SQL = `
  WITH RECURSIVE closure(ancestor, descendant) AS (
    SELECT group_ref, group_ref FROM catalog_groups
    UNION
    SELECT cg.parent_ref, c.descendant FROM closure c
    JOIN catalog_groups cg ON cg.group_ref = c.ancestor
    WHERE cg.parent_ref IS NOT NULL
  ),
  scored AS (
    SELECT f.*, ${levelSql()} AS level, ${COMPLIANCE_SQL} AS compliance
    FROM (${factsSql(false)}) f
    WHERE f.kind = 'aisystem' AND f.owner_ref IS NOT NULL
  )
  SELECT COALESCE(cl.ancestor, s.owner_ref) AS group_ref,
    COUNT(*) AS systems,
    SUM(CASE WHEN s.level = 'none' THEN 1 ELSE 0 END) AS level_none,
    SUM(CASE WHEN s.level = 'bronze' THEN 1 ELSE 0 END) AS level_bronze,
    SUM(CASE WHEN s.level = 'silver' THEN 1 ELSE 0 END) AS level_silver,
    SUM(CASE WHEN s.level = 'gold' THEN 1 ELSE 0 END) AS level_gold,
    SUM(s.implemented) AS implemented,
    SUM(s.applicable) AS applicable,
    SUM(s.open_high + s.open_critical) AS open_high_or_critical,
    SUM(s.untreated) AS untreated,
    SUM(s.overdue_reviews + s.overdue_treatments + s.overdue_controls) AS overdue,
    SUM(s.evidence_expired) AS expired_evidence
  FROM scored s
  LEFT JOIN closure cl ON cl.descendant = s.owner_ref
  GROUP BY COALESCE(cl.ancestor, s.owner_ref)
  ORDER BY group_ref`;
const ENTITY_SCORECARD_SQL = `SELECT f.*, ${levelSql()} AS level FROM (${factsSql(
  true,
)}) f`;

function sqlBindings(extra = {}) {
  const now = new Date().toISOString();
  return {
    today: now.slice(0, 10),
    now,
    silverMin: RULES.silverMin,
    goldMin: RULES.goldMin,
    ...extra,
  };
}

// --- small helpers -----------------------------------------------------------

const sleep = ms => new Promise(r => setTimeout(r, ms));
const fmtInt = n => n.toLocaleString('en-US');
const fmtMs = n =>
  n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
const secs = ms => `${(ms / 1000).toFixed(1)} s`;

/** Nearest-rank percentile of a list of numbers. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
const stats = values => ({
  n: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
});

/** A seeded PRNG (mulberry32), so the data set is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// --- cleanup -----------------------------------------------------------------

const cleanups = [];
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error(`cleanup: ${error?.message ?? error}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up…`);
    cleanup().finally(() => process.exit(130));
  });
}

// --- databases ---------------------------------------------------------------

const stamp = `${Date.now()}`;
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aigov-bench-'));
cleanups.push(() => {
  if (opts.keep && !isPg) {
    console.log(`kept ${sqliteFile} (and ${tmpDir}); delete it when done`);
    return;
  }
  fs.rmSync(tmpDir, { recursive: true, force: true });
});
const sqliteDir = path.join(tmpDir, 'sqlite');
const sqliteFile = path.join(sqliteDir, 'ai-governance.sqlite');
const sqliteTemplate = path.join(tmpDir, 'template', 'ai-governance.sqlite');
// Backstage names each plugin's PostgreSQL database `${prefix}${pluginId}`.
const pgPrefix = `aigov_bench_${stamp}_`;
const pgPluginDb = `${pgPrefix}ai-governance`;
const pgTemplateDb = `${pgPrefix}template`;
const pgConnection = database => ({
  host: HOST,
  port: PG_PORT,
  user: PG_USER,
  ...(database ? { database } : {}),
});

function backendDatabaseConfig() {
  return isPg
    ? { client: 'pg', connection: pgConnection(), prefix: pgPrefix }
    : { client: 'better-sqlite3', connection: { directory: sqliteDir } };
}

/** A knex of the plugin's own database, as the bench uses it. */
function pluginKnex() {
  return isPg
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
}

let adminKnex;
function pgAdmin() {
  adminKnex ??= knexFactory({
    client: 'pg',
    connection: pgConnection('postgres'),
    pool: { min: 0, max: 1 },
  });
  return adminKnex;
}
if (isPg) {
  cleanups.push(async () => {
    const admin = pgAdmin();
    const { rows } = await admin.raw(
      'SELECT datname FROM pg_database WHERE starts_with(datname, ?)',
      [pgPrefix],
    );
    let dropped = 0;
    for (const { datname } of rows) {
      if (opts.keep && datname === pgPluginDb) {
        console.log(`kept PostgreSQL database "${datname}"; drop it when done`);
        continue;
      }
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
      dropped++;
    }
    await admin.destroy();
    console.log(`dropped ${dropped} PostgreSQL databases ${pgPrefix}*`);
  });
}

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
    ]) {
      await knex(table).delete();
    }
    // The scheduled catalog sync replaces governed_entities and
    // catalog_groups with what the catalog holds (the demo's six systems):
    // the seeded systems must survive the measurement, so its next run is
    // moved out of reach. On restart the scheduler keeps the later date.
    const updated = await knex('backstage_backend_tasks__tasks')
      .where('id', 'ai-governance-catalog-sync')
      .update({
        next_run_start_at: isPg
          ? '2099-12-31T00:00:00Z'
          : '2099-12-31 00:00:00',
        current_run_ticket: null,
        current_run_started_at: null,
        current_run_expires_at: null,
      });
    if (updated !== 1) {
      console.warn(
        'warning: the ai-governance-catalog-sync task row was not found; the sync may overwrite the seeded systems',
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

// --- the backend -------------------------------------------------------------

let backend; // { child, output: string[] }

function writeOverride() {
  const file = path.join(tmpDir, 'app-config.bench.yaml');
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        backend: {
          baseUrl: BASE_URL,
          listen: { port: PORT, host: HOST },
          database: backendDatabaseConfig(),
        },
        // The demo catalog is tiny; processing it less often keeps its
        // background work out of the timings.
        catalog: { processingInterval: { minutes: 30 } },
        aiGovernance: {
          seed: { file: null },
          catalogSync: { frequencyMinutes: 525600 },
        },
      },
      null,
      2,
    ),
  );
  return file;
}

async function startBackend(override) {
  const started = performance.now();
  const output = [];
  const configArgs = [
    '--config',
    path.join(root, 'app-config.yaml'),
    '--config',
    override,
  ];
  // By default the backend runs the way `backstage-cli package start` runs
  // it (same TypeScript transform, entry and environment) but without the
  // CLI's file watcher, which restarts the backend whenever a source file of
  // the repository changes mid-run. --cli-start uses the CLI itself.
  const args = opts['cli-start']
    ? [
        path.join(root, 'node_modules/@backstage/cli/bin/backstage-cli'),
        'package',
        'start',
        ...configArgs,
      ]
    : [
        '--enable-source-maps',
        '--require',
        require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
        'src/index',
        ...configArgs,
      ];
  const child = spawn(process.execPath, args, {
    cwd: path.join(root, 'packages/backend'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      ESBK_TSCONFIG_PATH: path.join(root, 'tsconfig.json'),
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = d => {
    output.push(String(d));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  backend = { child, output };
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `the backend exited with ${child.exitCode}:\n${output
          .join('')
          .slice(-4000)}`,
      );
    }
    const ok = await fetch(`${BASE_URL}/.backstage/health/v1/readiness`)
      .then(r => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      throw new Error(
        `the backend was not ready in 600 s:\n${output.join('').slice(-4000)}`,
      );
    }
    await sleep(500);
  }
  return performance.now() - started;
}

async function stopBackend() {
  if (!backend) return;
  const { child } = backend;
  backend = undefined;
  const groupAlive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (groupAlive()) {
    process.kill(-child.pid, 'SIGTERM');
    const deadline = Date.now() + 30_000;
    while (groupAlive() && Date.now() < deadline) await sleep(200);
    if (groupAlive()) process.kill(-child.pid, 'SIGKILL');
    while (groupAlive()) await sleep(100);
  }
}
cleanups.push(stopBackend);

/** The backend's node process (a child of backstage-cli) and its memory. */
function backendMemory() {
  if (!backend) return undefined;
  const parents = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // gone
    }
  }
  const tree = [];
  const walk = pid => {
    for (const [child, parent] of parents) {
      if (parent === pid) {
        tree.push(child);
        walk(child);
      }
    }
  };
  walk(backend.child.pid);
  const status = pid => {
    try {
      const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = key =>
        Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
      return { pid, rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
    } catch {
      return undefined;
    }
  };
  const all = [backend.child.pid, ...tree].map(status).filter(Boolean);
  const cmd = pid => {
    try {
      return fs
        .readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        .replace(/\0/g, ' ');
    } catch {
      return '';
    }
  };
  // The backend is the descendant running src/index; else the largest.
  const main =
    all.find(p => /\bsrc\/index\b/.test(cmd(p.pid))) ??
    [...all].sort((a, b) => b.rss - a.rss)[0];
  return {
    main,
    cli: all.find(p => p.pid === backend.child.pid),
    treeRss: all.reduce((s, p) => s + p.rss, 0),
  };
}

async function guestToken() {
  for (const method of ['POST', 'GET']) {
    const res = await fetch(`${BASE_URL}/api/auth/guest/refresh`, {
      method,
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    if (res.ok) return (await res.json()).backstageIdentity.token;
  }
  throw new Error('the guest sign-in did not return a token');
}

const catalogUrl = `${BASE_URL}/api/catalog/entities/by-name/aisystem/default/${encodeURIComponent(
  CATALOG_ENTITY,
)}`;

async function waitForCatalogEntity(token) {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const res = await fetch(catalogUrl, {
      headers: { Authorization: `Bearer ${token}` },
    });
    await res.arrayBuffer();
    if (res.ok) return;
    if (Date.now() > deadline) {
      throw new Error(
        `the catalog did not serve aisystem:default/${CATALOG_ENTITY} within 240 s (last status ${res.status})`,
      );
    }
    await sleep(1000);
  }
}

/** One sequential GET, timed until the whole body is read. */
async function timedGet(url, token) {
  const t0 = performance.now();
  let res;
  let body;
  try {
    res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    body = await res.arrayBuffer();
  } catch (error) {
    throw new Error(
      `GET ${url} failed: ${error?.cause?.message ?? error?.message ?? error}` +
        `\n--- backend output (tail) ---\n${
          backend?.output.join('').slice(-4000) ?? ''
        }`,
    );
  }
  const ms = performance.now() - t0;
  if (!res.ok) {
    throw new Error(
      `GET ${url} → ${res.status}: ${Buffer.from(body)
        .toString('utf8')
        .slice(0, 500)}`,
    );
  }
  return { ms, body };
}

// --- seeding -----------------------------------------------------------------

const DAY = 86_400_000;
const CATEGORIES = [
  'fairness',
  'privacy',
  'robustness',
  'transparency',
  'security',
  'accountability',
  'safety',
];
const STAGES = [
  'design',
  'data',
  'development',
  'verification',
  'deployment',
  'operation',
  'retirement',
];
const EVIDENCE_KINDS = [
  'document',
  'report',
  'log',
  'screenshot',
  'dataset-card',
  'model-card',
  'test-result',
  'approval',
  'other',
];
const GROUP_ROOT = 'group:default/bench-org';
const DIVISIONS = 5;
const TEAMS = 50;
const teamRef = t => `group:default/bench-team-${String(t).padStart(2, '0')}`;
const divisionRef = d => `group:default/bench-division-${d}`;
const systemName = i => `bench-ai-${String(i).padStart(6, '0')}`;

/** Inserts rows as multi-row INSERT statements, within the parameter limits. */
async function insertMany(trx, table, rows) {
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
 * Generates the records of systems [from, to): a spread of maturity so the
 * org roll-up sees every scorecard level.
 */
function generate(rng, from, to, todayMs) {
  const pick = list => list[Math.floor(rng() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const date = offsetDays =>
    new Date(todayMs + offsetDays * DAY).toISOString().slice(0, 10);
  const stampAt = offsetDays =>
    new Date(todayMs + offsetDays * DAY + between(0, DAY - 1)).toISOString();
  const bool = v => (isPg ? v : v ? 1 : 0);
  const author = 'user:default/bench-author';
  const meta = createdDaysAgo => {
    const created = stampAt(-createdDaysAgo);
    const updated = stampAt(-between(0, createdDaysAgo));
    return {
      version: between(1, 4),
      created_at: created,
      created_by: author,
      updated_at: updated < created ? created : updated,
      updated_by: 'user:default/bench-reviewer',
    };
  };
  const out = {
    entities: [],
    controls: [],
    risks: [],
    evidence: [],
    links: [],
    assessments: [],
    owned: [],
  };
  const syncedAt = new Date(todayMs).toISOString();
  for (let i = from; i < to; i++) {
    const name = systemName(i);
    const ref = `aisystem:default/${name}`;
    const owner =
      rng() < 0.02 ? null : teamRef(Math.floor(TEAMS * rng() ** 1.4));
    const r = rng();
    // exemplary: everything in order; good: mostly; lagging: a backlog.
    const profile = r < 0.15 ? 'exemplary' : r < 0.5 ? 'good' : 'lagging';
    const maturity =
      profile === 'exemplary'
        ? 1
        : profile === 'good'
        ? 0.8 + 0.2 * rng()
        : 0.15 + 0.6 * rng();
    const t = rng();
    const tier =
      t < 0.02
        ? 'prohibited'
        : t < 0.15
        ? 'high'
        : t < 0.55
        ? 'limited'
        : t < 0.97
        ? 'minimal'
        : null;
    out.entities.push({
      entity_ref: ref,
      kind: 'aisystem',
      title: `Bench AI system ${i}`,
      owner_ref: owner,
      risk_tier: tier,
      purpose:
        rng() < 0.93
          ? `Decides or assists with business process ${
              i % 97
            } for customers of line ${i % 13}.`
          : null,
      lifecycle: pick([
        'production',
        'production',
        'experimental',
        'deprecated',
      ]),
      synced_at: syncedAt,
    });
    if (owner) out.owned.push(name);

    // Statement of Applicability: one row per Annex A control.
    const implemented = [];
    for (const controlId of CONTROL_IDS) {
      const applicable = profile === 'exemplary' ? rng() < 0.92 : rng() < 0.86;
      const done = applicable && rng() < maturity;
      if (done) implemented.push(controlId);
      const status = done
        ? 'implemented'
        : applicable
        ? pick(['not-started', 'planned', 'in-progress', 'in-progress'])
        : 'not-started';
      out.controls.push({
        entity_ref: ref,
        control_id: controlId,
        applicable: bool(applicable),
        justification: applicable
          ? null
          : 'Not relevant to this system: no such processing takes place.',
        status,
        owner_ref: owner,
        due_date:
          !done && applicable && rng() < 0.7 ? date(between(-120, 240)) : null,
        ...meta(between(30, 400)),
      });
    }

    // Risks.
    const riskIds = [];
    for (let j = 0; j < RISKS_PER_SYSTEM; j++) {
      const id = randomUUID();
      riskIds.push(id);
      const likelihood = between(1, 5);
      const impact = between(1, 5);
      const score = likelihood * impact;
      const s = rng();
      const status =
        profile === 'lagging'
          ? s < 0.35
            ? 'open'
            : s < 0.7
            ? 'treating'
            : s < 0.8
            ? 'accepted'
            : 'closed'
          : s < 0.45
          ? 'treating'
          : s < 0.55
          ? 'accepted'
          : 'closed';
      const treatment =
        status === 'accepted'
          ? 'accept'
          : pick(['mitigate', 'mitigate', 'mitigate', 'transfer', 'avoid']);
      const withPlan =
        status !== 'treating' || profile !== 'lagging' || rng() < 0.8;
      const acceptedExpired =
        status === 'accepted' && profile === 'lagging' && rng() < 0.3;
      const residual = status === 'treating' || status === 'closed';
      const rl = residual ? between(1, likelihood) : null;
      const ri = residual ? between(1, impact) : null;
      out.risks.push({
        id,
        entity_ref: ref,
        title: `${pick(CATEGORIES)} risk ${j + 1} of ${name}`,
        description:
          'The model may produce outcomes that differ across customer groups or degrade when input data drifts; see the risk assessment for the scenario and its evaluation.',
        category: pick(CATEGORIES),
        source: rng() < 0.5 ? 'ISO/IEC 23894' : null,
        lifecycle_stage: pick(STAGES),
        likelihood,
        impact,
        score,
        level: riskLevel(score),
        treatment,
        treatment_plan:
          withPlan && status !== 'open'
            ? 'Add monitoring, a fallback to manual review and quarterly re-validation.'
            : '',
        control_ids: JSON.stringify(
          Array.from({ length: between(1, 3) }, () => pick(CONTROL_IDS)).filter(
            (v, k, a) => a.indexOf(v) === k,
          ),
        ),
        residual_likelihood: rl,
        residual_impact: ri,
        residual_score: residual ? rl * ri : null,
        residual_level: residual ? riskLevel(rl * ri) : null,
        owner_ref: owner,
        status,
        due_date:
          status === 'open' || status === 'treating'
            ? date(profile === 'lagging' ? between(-60, 200) : between(10, 200))
            : null,
        next_review_date:
          status === 'closed'
            ? null
            : date(profile === 'lagging' ? between(-90, 270) : between(5, 270)),
        accepted_by:
          status === 'accepted' ? 'user:default/bench-approver' : null,
        accepted_at: status === 'accepted' ? stampAt(-between(30, 300)) : null,
        acceptance_expires_at:
          status === 'accepted'
            ? date(acceptedExpired ? between(-60, -1) : between(30, 365))
            : null,
        ...meta(between(30, 500)),
      });
    }

    // Evidence: exemplary systems cover every implemented control with
    // current evidence; the others have a few items, some of them expired.
    const evidenceCount = profile === 'exemplary' ? 3 : between(1, 4);
    const pool = [...implemented];
    for (let k = 0; k < evidenceCount; k++) {
      const id = randomUUID();
      const file = rng() < 0.3;
      const e = rng();
      const expires =
        profile === 'exemplary'
          ? rng() < 0.5
            ? null
            : stampAt(between(60, 700))
          : e < 0.12
          ? stampAt(-between(1, 200))
          : e < 0.7
          ? stampAt(between(1, 700))
          : null;
      out.evidence.push({
        id,
        entity_ref: ref,
        title: `${pick(EVIDENCE_KINDS)} for ${name} #${k + 1}`,
        kind: pick(EVIDENCE_KINDS),
        url: file ? null : `https://docs.example.com/${name}/evidence-${k + 1}`,
        file_name: file ? `evidence-${k + 1}.pdf` : null,
        media_type: file ? 'application/pdf' : null,
        size: file ? between(10_000, 2_000_000) : null,
        sha256: file ? randomUUID().replace(/-/g, '').padEnd(64, '0') : null,
        collected_at: stampAt(-between(1, 300)),
        expires_at: expires,
        ...meta(between(1, 300)),
      });
      let targets;
      if (profile === 'exemplary') {
        // Partition the implemented controls among the items.
        targets = implemented.filter((_, n) => n % evidenceCount === k);
      } else {
        targets = [];
        const want = Math.min(pool.length, between(2, 8));
        for (let n = 0; n < want; n++)
          targets.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
      }
      for (const controlId of targets) {
        out.links.push({
          evidence_id: id,
          entity_ref: ref,
          target_type: 'control',
          target_id: controlId,
        });
      }
      const linkedRisks = new Set(
        Array.from({ length: between(0, 2) }, () => pick(riskIds)),
      );
      for (const riskId of linkedRisks) {
        out.links.push({
          evidence_id: id,
          entity_ref: ref,
          target_type: 'risk',
          target_id: riskId,
        });
      }
    }

    // Assessments.
    const assess = (type, approvedChance) => {
      const approved = rng() < approvedChance;
      out.assessments.push({
        id: randomUUID(),
        entity_ref: ref,
        type,
        answers: JSON.stringify({
          intendedUse:
            'Scores applications for the business process it supports.',
          affectedPersons: ['customers', 'applicants'],
          automatedDecision: rng() < 0.5,
          humanOversight: 'A case handler reviews every adverse outcome.',
          dataSources: ['core banking', 'credit bureau'],
          personalData: true,
        }),
        result: approved
          ? JSON.stringify({
              level: pick(RISK_LEVELS),
              summary: 'Acceptable with the listed treatments.',
            })
          : null,
        status: approved ? 'approved' : pick(['draft', 'in-review']),
        approved_by: approved ? 'user:default/bench-approver' : null,
        approved_at: approved ? stampAt(-between(1, 300)) : null,
        ...meta(between(1, 400)),
      });
    };
    assess('risk', profile === 'lagging' ? 0.5 : 0.97);
    if (tier === 'high' || tier === 'prohibited' || rng() < 0.3) {
      assess(
        'impact',
        profile === 'exemplary' ? 1 : profile === 'good' ? 0.7 : 0.3,
      );
    }
    if (rng() < 0.5) assess('eu-ai-act-classification', 0.6);
  }
  return out;
}

async function seed(n, rng) {
  const knex = pluginKnex();
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
  const started = performance.now();
  const CHUNK = 500;
  const insertChunk = async (trx, rows) => {
    await insertMany(trx, 'governed_entities', rows.entities);
    await insertMany(trx, 'control_statuses', rows.controls);
    await insertMany(trx, 'risks', rows.risks);
    await insertMany(trx, 'evidence', rows.evidence);
    await insertMany(trx, 'evidence_links', rows.links);
    await insertMany(trx, 'assessments', rows.assessments);
    for (const key of Object.keys(counts)) counts[key] += rows[key].length;
    owned.push(...rows.owned);
  };
  const groups = [
    { group_ref: GROUP_ROOT, parent_ref: null },
    ...Array.from({ length: DIVISIONS }, (_, d) => ({
      group_ref: divisionRef(d),
      parent_ref: GROUP_ROOT,
    })),
    ...Array.from({ length: TEAMS }, (_, t) => ({
      group_ref: teamRef(t),
      parent_ref: divisionRef(t % DIVISIONS),
    })),
  ];
  try {
    if (isPg) {
      // One transaction per chunk of 500 systems (statements of ≤ 5,000 rows).
      await knex.transaction(trx => insertMany(trx, 'catalog_groups', groups));
      for (let i = 0; i < n; i += CHUNK) {
        const rows = generate(rng, i + 1, Math.min(n, i + CHUNK) + 1, todayMs);
        await knex.transaction(trx => insertChunk(trx, rows));
      }
    } else {
      // SQLite: everything in one transaction. A larger page cache for this
      // connection only (the backend's are untouched): the unique indexes
      // on random UUIDs otherwise make the bulk load grow faster than N.
      await knex.raw('PRAGMA cache_size = -262144');
      await knex.transaction(async trx => {
        await insertMany(trx, 'catalog_groups', groups);
        for (let i = 0; i < n; i += CHUNK) {
          await insertChunk(
            trx,
            generate(rng, i + 1, Math.min(n, i + CHUNK) + 1, todayMs),
          );
        }
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
    return { seedMs, analyzeMs, counts, groups: groups.length, owned };
  } finally {
    await knex.destroy();
  }
}

// --- measuring ---------------------------------------------------------------

async function measure(n, rng, seeded) {
  const startMs = await startBackend(writeOverride());
  const token = await guestToken();
  await waitForCatalogEntity(token);
  const memReady = backendMemory();

  // A few random seeded systems (with an owner); requests rotate over them.
  const names = [];
  while (names.length < Math.min(ENTITY_COUNT, seeded.owned.length)) {
    const name = seeded.owned[Math.floor(rng() * seeded.owned.length)];
    if (!names.includes(name)) names.push(name);
  }
  const entityUrl = (name, what) =>
    `${BASE_URL}/api/ai-governance/entities/aisystem/default/${name}/${what}`;
  const endpoints = [
    {
      key: 'risks',
      label: 'GET …/entities/aisystem/default/<name>/risks',
      url: name => entityUrl(name, 'risks'),
    },
    {
      key: 'controls',
      label: 'GET …/entities/aisystem/default/<name>/controls',
      url: name => entityUrl(name, 'controls'),
    },
    {
      key: 'scorecard',
      label: 'GET …/entities/aisystem/default/<name>/scorecard',
      url: name => entityUrl(name, 'scorecard'),
    },
    {
      key: 'catalog',
      label: `GET /api/catalog/entities/by-name/aisystem/default/${CATALOG_ENTITY}`,
      url: () => catalogUrl,
    },
  ];

  // Sanity: the seeded records are what the API serves.
  {
    const risks = JSON.parse(
      Buffer.from(
        (await timedGet(endpoints[0].url(names[0]), token)).body,
      ).toString(),
    );
    const controls = JSON.parse(
      Buffer.from(
        (await timedGet(endpoints[1].url(names[0]), token)).body,
      ).toString(),
    );
    if (
      risks.items?.length !== RISKS_PER_SYSTEM ||
      controls.items?.length !== CONTROL_COUNT
    ) {
      throw new Error(
        `unexpected API answer for ${names[0]}: ${risks.items?.length} risks, ${controls.items?.length} controls`,
      );
    }
  }

  // Per-entity endpoints and the catalog read, interleaved so drift (GC,
  // background tasks) affects all of them alike.
  const times = Object.fromEntries(endpoints.map(e => [e.key, []]));
  const bytes = {};
  for (let i = 0; i < WARMUP; i++) {
    for (const e of endpoints)
      await timedGet(e.url(names[i % names.length]), token);
  }
  for (let i = 0; i < SAMPLES; i++) {
    for (const e of endpoints) {
      const { ms, body } = await timedGet(
        e.url(names[i % names.length]),
        token,
      );
      times[e.key].push(ms);
      bytes[e.key] = body.byteLength;
    }
  }

  // The org roll-up through the API and as raw SQL, alternating.
  const orgUrl = `${BASE_URL}/api/ai-governance/scorecards?groupBy=owner`;
  const knex = pluginKnex();
  let orgItems;
  let rawRows;
  let check;
  let counts;
  let jitSetting;
  const runRaw = async () => {
    const t0 = performance.now();
    const result = await knex.raw(ORG_SQL, sqlBindings());
    const ms = performance.now() - t0;
    rawRows = Array.isArray(result) ? result : result.rows;
    return ms;
  };
  try {
    for (let i = 0; i < ORG_WARMUP; i++) {
      await timedGet(orgUrl, token);
      await runRaw();
    }
    times.org = [];
    times.raw = [];
    for (let i = 0; i < ORG_SAMPLES; i++) {
      const { ms, body } = await timedGet(orgUrl, token);
      times.org.push(ms);
      bytes.org = body.byteLength;
      orgItems = JSON.parse(Buffer.from(body).toString()).items;
      times.raw.push(await runRaw());
    }
    if (isPg) {
      // Diagnostic: the same statement with PostgreSQL's JIT compiler off
      // for its transaction. The roll-up's estimated cost is far above
      // jit_above_cost, so by default every run compiles the plan first.
      times.rawNoJit = [];
      for (let i = 0; i < ORG_WARMUP + ORG_SAMPLES; i++) {
        const t0 = performance.now();
        await knex.transaction(async trx => {
          await trx.raw('SET LOCAL jit = off');
          await trx.raw(ORG_SQL, sqlBindings());
        });
        if (i >= ORG_WARMUP) times.rawNoJit.push(performance.now() - t0);
      }
      const jit = await knex.raw('SHOW jit');
      jitSetting = jit.rows[0].jit;
    }

    check = compareOrg(orgItems, rawRows);
    counts = await knex('governed_entities')
      .where('kind', 'aisystem')
      .count({ c: '*' })
      .first();
    if (opts.explain) await explain(knex, names[0]);
  } finally {
    await knex.destroy();
  }
  const memAfter = backendMemory();
  await stopBackend();
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
    jitSetting,
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

async function explain(knex, name) {
  const entityRef = `aisystem:default/${name}`;
  const b = sqlBindings({ entityRef });
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
    ['entity scorecard', ENTITY_SCORECARD_SQL],
    ['org roll-up', ORG_SQL],
  ];
  console.log(
    `\nquery plans (${
      isPg ? 'EXPLAIN (ANALYZE, BUFFERS)' : 'EXPLAIN QUERY PLAN'
    }, entity ${entityRef}):`,
  );
  for (const [label, sql] of queries) {
    const result = await knex.raw(
      `${isPg ? 'EXPLAIN (ANALYZE, BUFFERS)' : 'EXPLAIN QUERY PLAN'} ${sql}`,
      b,
    );
    const rows = Array.isArray(result) ? result : result.rows;
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

// --- reporting ---------------------------------------------------------------

const verdict = (ratio, target) =>
  `${ratio.toFixed(2)}× (target ≤ ${target}×) ${
    ratio <= target ? 'PASS' : 'FAIL'
  }`;

function report(n, seeded, m) {
  const c = seeded.counts;
  console.log(
    `\nseeded ${fmtInt(n)} AI systems in ${secs(seeded.seedMs)}${
      isPg ? ` (+ ANALYZE ${secs(seeded.analyzeMs)})` : ''
    }: ` +
      `${fmtInt(c.controls)} control rows, ${fmtInt(c.risks)} risks, ${fmtInt(
        c.evidence,
      )} evidence, ` +
      `${fmtInt(c.links)} evidence links, ${fmtInt(
        c.assessments,
      )} assessments, ${seeded.groups} groups`,
  );
  console.log(
    `backend ready in ${secs(
      m.startMs,
    )}; per-entity requests rotate over ${m.names.join(', ')}`,
  );
  const rows = [
    ...m.endpoints.map(e => [e.label, m.stats[e.key], m.bytes[e.key]]),
    [
      'GET /api/ai-governance/scorecards?groupBy=owner',
      m.stats.org,
      m.bytes.org,
    ],
    ['org roll-up as one raw SQL statement (knex)', m.stats.raw, undefined],
    ...(m.stats.rawNoJit
      ? [
          [
            `  the same SQL with SET LOCAL jit = off (server: jit = ${m.jitSetting})`,
            m.stats.rawNoJit,
            undefined,
          ],
        ]
      : []),
  ];
  const w = Math.max(...rows.map(r => r[0].length));
  console.log(`\n${'endpoint'.padEnd(w)}  samples   p50 ms   p95 ms   bytes`);
  for (const [label, s, b] of rows) {
    console.log(
      `${label.padEnd(w)}  ${String(s.n).padStart(7)}  ${fmtMs(s.p50).padStart(
        7,
      )}  ${fmtMs(s.p95).padStart(7)}   ${b === undefined ? '' : fmtInt(b)}`,
    );
  }
  const cat = m.stats.catalog;
  console.log('\ntargets:');
  for (const key of ['risks', 'controls', 'scorecard']) {
    const s = m.stats[key];
    console.log(
      `  ${key.padEnd(9)} vs catalog by-name: p50 ${verdict(
        s.p50 / cat.p50,
        1.5,
      )}; p95 ${verdict(s.p95 / cat.p95, 1.5)}`,
    );
  }
  console.log(
    `  org scorecard vs raw SQL:    p50 ${verdict(
      m.stats.org.p50 / m.stats.raw.p50,
      2,
    )}; p95 ${verdict(m.stats.org.p95 / m.stats.raw.p95, 2)}`,
  );
  console.log(
    `  org answer: API and raw SQL give the ${
      m.check === 'same answer' ? 'same answer' : m.check
    }`,
  );
  if (m.rootRow) {
    const l = m.rootRow.levels;
    console.log(
      `  org root ${GROUP_ROOT}: ${fmtInt(m.rootRow.systems)} systems — none ${
        l.none
      }, bronze ${l.bronze}, silver ${l.silver}, gold ${l.gold}; compliance ${(
        m.rootRow.compliance * 100
      ).toFixed(1)} %; ${m.groupRows} group rows`,
    );
  }
  if (m.systemsAfter !== n) {
    console.log(
      `  WARNING: ${m.systemsAfter} AI systems in governed_entities after the run, ${n} seeded (did the catalog sync run?)`,
    );
  }
  const mem = x =>
    x?.main
      ? `${x.main.rss.toFixed(0)} MB (peak ${x.main.hwm.toFixed(0)} MB, pid ${
          x.main.pid
        })`
      : 'n/a';
  console.log(
    `\nbackend RSS: ${mem(m.memAfter)} after the run; ${mem(
      m.memReady,
    )} when ready` +
      (m.memAfter && m.memAfter.treeRss > m.memAfter.main.rss + 1
        ? `; ${m.memAfter.treeRss.toFixed(0)} MB with the backstage-cli wrapper`
        : ''),
  );
}

// --- main --------------------------------------------------------------------

async function main() {
  console.log(
    `ai-governance records benchmark — ${
      isPg ? 'PostgreSQL' : 'SQLite'
    }, sizes ${sizes.map(fmtInt).join(', ')}, ` +
      `${SAMPLES} samples per per-entity endpoint (warm-up ${WARMUP}), ${ORG_SAMPLES} org samples (warm-up ${ORG_WARMUP}), ` +
      `${CONTROL_COUNT} Annex A controls, Node ${process.versions.node}, ${
        os.cpus().length
      } CPUs`,
  );
  if (CONTROL_COUNT !== 38)
    console.warn(
      `note: the control library has ${CONTROL_COUNT} controls, not 38`,
    );
  console.log(
    isPg
      ? `databases: ${pgPrefix}* on ${HOST}:${PG_PORT}`
      : `databases: ${sqliteDir}`,
  );

  // 1. Boot once so every plugin migrates and the catalog reads the demo
  //    examples; keep the migrated, empty plugin database as a template.
  const override = writeOverride();
  const bootMs = await startBackend(override);
  const token = await guestToken();
  await waitForCatalogEntity(token);
  await stopBackend();
  await prepareTemplate();
  console.log(
    `first boot (migrations, catalog ingestion) took ${secs(
      bootMs,
    )} to readiness`,
  );

  const results = [];
  for (const n of sizes) {
    console.log(
      `\n=== ${fmtInt(n)} AI systems on ${isPg ? 'PostgreSQL' : 'SQLite'} ===`,
    );
    const rng = prng(Number(opts.seed) + n);
    await restoreTemplate();
    const seeded = await seed(n, rng);
    const m = await measure(n, rng, seeded);
    report(n, seeded, m);
    results.push({ n, seeded, m });
  }

  if (results.length > 1) {
    const [a] = results;
    console.log('\n=== cost of size ===');
    for (const b of results.slice(1)) {
      const factor = b.n / a.n;
      const target = +(1.1 * factor).toFixed(2);
      console.log(
        `${fmtInt(b.n)} vs ${fmtInt(a.n)} systems (${factor.toFixed(
          2,
        )}× the data):`,
      );
      console.log(
        `  org scorecard p50  ${fmtMs(a.m.stats.org.p50)} → ${fmtMs(
          b.m.stats.org.p50,
        )} ms: ${verdict(b.m.stats.org.p50 / a.m.stats.org.p50, target)}`,
      );
      console.log(
        `  raw SQL p50        ${fmtMs(a.m.stats.raw.p50)} → ${fmtMs(
          b.m.stats.raw.p50,
        )} ms: ${(b.m.stats.raw.p50 / a.m.stats.raw.p50).toFixed(2)}×`,
      );
      console.log(
        `  seeding            ${secs(a.seeded.seedMs)} → ${secs(
          b.seeded.seedMs,
        )}: ${verdict(b.seeded.seedMs / a.seeded.seedMs, target)}`,
      );
      for (const key of ['risks', 'controls', 'scorecard']) {
        console.log(
          `  ${key.padEnd(9)} p50       ${fmtMs(a.m.stats[key].p50)} → ${fmtMs(
            b.m.stats[key].p50,
          )} ms: ${(b.m.stats[key].p50 / a.m.stats[key].p50).toFixed(2)}×`,
        );
      }
      const rss = r => r.m.memAfter?.main?.rss;
      if (rss(a) && rss(b))
        console.log(
          `  backend RSS        ${rss(a).toFixed(0)} → ${rss(b).toFixed(
            0,
          )} MB: ${(rss(b) / rss(a)).toFixed(2)}×`,
        );
    }
  }
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`\nbenchmark failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
