/*
 * The command line of bench/records.mjs: what to seed, where, and how many
 * requests to time.
 */

import { commandLine } from '../lib/script.mjs';

const USAGE = `Usage: node bench/records.mjs [options]

  --systems N[,M...]   AI systems to seed, one run per size (default 10000)
  --db sqlite|postgres database of the backend (default sqlite)
  --samples N          timed requests per per-entity endpoint (default 200)
  --org-samples N      timed org scorecards and raw SQL runs (default 30)
  --warmup N           untimed requests per per-entity endpoint first (default 20)
  --org-warmup N       untimed org scorecards / raw SQL runs first (default 3)
  --entities N         AI systems the per-entity requests rotate over (default 5)
  --port N             port of the backend on 127.0.0.1 (default: a free one)
  --pg-port, --pg-user PostgreSQL on 127.0.0.1 (default 5432, postgres; trust auth)
  --catalog-entity X   AiSystem name for the catalog by-name read (default retail-credit-scoring)
  --seed N             seed of the data generator (default 42)
  --explain            print the query plans of the per-entity and org queries
  --keep               keep the seeded databases of the last size (not dropped;
                       their location is printed) for manual EXPLAINs
  --cli-start          start the backend through \`backstage-cli package start\`
                       (adds its file watcher: an edit in the repo restarts it)`;

function fail(message) {
  console.error(message);
  process.exit(2);
}

/** The options, checked; prints the usage and exits on --help. */
export function parseOptions(args = process.argv.slice(2)) {
  const opts = commandLine(
    USAGE,
    {
      systems: { type: 'string', default: '10000' },
      db: { type: 'string', default: 'sqlite' },
      samples: { type: 'string', default: '200' },
      'org-samples': { type: 'string', default: '30' },
      warmup: { type: 'string', default: '20' },
      'org-warmup': { type: 'string', default: '3' },
      'live-samples': { type: 'string', default: '3' },
      entities: { type: 'string', default: '5' },
      port: { type: 'string' },
      'pg-port': { type: 'string', default: '5432' },
      'pg-user': { type: 'string', default: 'postgres' },
      'catalog-entity': { type: 'string', default: 'retail-credit-scoring' },
      seed: { type: 'string', default: '42' },
      explain: { type: 'boolean', default: false },
      'cli-start': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
    args,
  );

  const int = (name, min = 1) => {
    const v = Number(opts[name]);
    if (!Number.isInteger(v) || v < min)
      fail(`--${name} must be an integer ≥ ${min}, got ${opts[name]}`);
    return v;
  };
  const sizes = String(opts.systems)
    .split(',')
    .map(s => Number(s.trim().replace(/_/g, '')));
  if (sizes.some(n => !Number.isInteger(n) || n < 1))
    fail(`--systems must be positive integers, got ${opts.systems}`);
  const dbKind = opts.db === 'pg' ? 'postgres' : opts.db;
  if (dbKind !== 'sqlite' && dbKind !== 'postgres')
    fail(`--db must be sqlite or postgres, got ${opts.db}`);

  return {
    sizes,
    isPg: dbKind === 'postgres',
    samples: int('samples'),
    orgSamples: int('org-samples'),
    warmup: int('warmup', 0),
    orgWarmup: int('org-warmup', 0),
    liveSamples: int('live-samples', 0),
    entities: int('entities'),
    port: opts.port === undefined ? undefined : int('port'),
    pgPort: int('pg-port'),
    pgUser: String(opts['pg-user']),
    catalogEntity: String(opts['catalog-entity']),
    seed: int('seed', 0),
    explain: opts.explain,
    keep: opts.keep,
    cliStart: opts['cli-start'],
  };
}
