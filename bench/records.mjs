#!/usr/bin/env node
/*
 * Benchmark of the ai-governance backend on realistic volumes. Run by hand;
 * it prints figures and is not a timed test. See bench/README.md.
 *
 *   node bench/records.mjs --systems 10000 --db sqlite|postgres [--samples 200]
 *
 * For each size it seeds N AI systems (38 control rows and 10 risks each,
 * plus evidence, evidence links and assessments) straight into the plugin's
 * tables, boots the real demo backend (packages/backend, through the tests'
 * harness) against them and times, with sequential requests on 127.0.0.1:
 *   - GET /api/ai-governance/entities/aisystem/default/<name>/{risks,controls,scorecard}
 *   - GET /api/ai-governance/scorecards?groupBy=owner (the org roll-up)
 *   - the same org roll-up as one raw SQL statement, run with knex on the
 *     plugin database: the plugin's own statement, from its scorecards module
 *   - GET /api/catalog/entities/by-name/aisystem/default/retail-credit-scoring
 * and reads the backend process's RSS.
 *
 * The parts live under bench/records/: options, the plugin's model, the
 * databases, the backend, the generated data and its seeding, the timing
 * and the report.
 */

import os from 'node:os';
import { cleanupOnExit, runMain } from './lib/script.mjs';
import { createBackend } from './records/backend.mjs';
import { createDatabases } from './records/databases.mjs';
import { prng } from './records/generate.mjs';
import { measure } from './records/measure.mjs';
import { CONTROL_COUNT } from './records/model.mjs';
import { parseOptions } from './records/options.mjs';
import { fmtInt, report, reportCostOfSize, secs } from './records/report.mjs';
import { seed } from './records/seed.mjs';

const o = parseOptions();
const dbName = o.isPg ? 'PostgreSQL' : 'SQLite';

// What undoes the run (backend, databases, files), last in first out, on
// success, errors and Ctrl-C alike.
const { cleanups, cleanUp } = cleanupOnExit();

async function main() {
  console.log(
    `ai-governance records benchmark — ${dbName}, sizes ${o.sizes
      .map(fmtInt)
      .join(', ')}, ` +
      `${o.samples} samples per per-entity endpoint (warm-up ${o.warmup}), ${o.orgSamples} org samples (warm-up ${o.orgWarmup}), ` +
      `${CONTROL_COUNT} Annex A controls, Node ${process.versions.node}, ${
        os.cpus().length
      } CPUs`,
  );
  if (CONTROL_COUNT !== 38)
    console.warn(
      `note: the control library has ${CONTROL_COUNT} controls, not 38`,
    );
  const databases = createDatabases(o, cleanups);
  const backend = createBackend(o, databases, cleanups);
  console.log(`databases: ${databases.where}`);

  // 1. Boot once so every plugin migrates and the catalog reads the demo
  //    examples; keep the migrated, empty plugin database as a template.
  const bootMs = await backend.start();
  await backend.waitForCatalogEntity(await backend.token());
  await backend.stop();
  await databases.prepareTemplate();
  console.log(
    `first boot (migrations, catalog ingestion) took ${secs(
      bootMs,
    )} to readiness`,
  );

  const results = [];
  for (const n of o.sizes) {
    console.log(`\n=== ${fmtInt(n)} AI systems on ${dbName} ===`);
    const rng = prng(o.seed + n);
    await databases.restoreTemplate();
    const seeded = await seed(databases, n, rng);
    const m = await measure(o, databases, backend, rng, seeded);
    report(o.isPg, n, seeded, m);
    results.push({ n, seeded, m });
  }
  if (results.length > 1) reportCostOfSize(results);
}

await runMain('benchmark', main, cleanUp);
