#!/usr/bin/env node
// Installs the packed @aigov/* tarballs into apps made by
// @backstage/create-app at the pinned release, following the README's
// "Adding the suite to an existing Backstage app" section, and checks them in
// Chromium (test/src/stockApp). Run after `yarn build:all` and
// `node scripts/pack-check.mjs --keep DIR` (CI does); prints what each part
// took.
//
//   node scripts/stock-app-check.mjs --tarballs DIR [--system new|legacy] [--keep]

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The check is TypeScript in the test workspace, as the benchmarks' harness.
require('@backstage/cli-node/config/nodeTransform.cjs');
const { checkStockApp } = require('../test/src/stockApp/stockApp.ts');

const arg = name => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const tarballs = arg('--tarballs');
if (!tarballs) {
  console.error(
    'usage: stock-app-check.mjs --tarballs DIR [--system new|legacy] [--keep]',
  );
  process.exit(2);
}
const systems = arg('--system') ? [arg('--system')] : ['new', 'legacy'];
const keep = process.argv.includes('--keep');

let failed = false;
for (const system of systems) {
  try {
    const report = await checkStockApp({ system, tarballs, keep });
    const parts = Object.entries(report.seconds)
      .map(([name, s]) => `${name} ${s} s`)
      .join(', ');
    console.log(
      `ok   ${system} frontend system: ${report.steps} README steps; ${parts}`,
    );
  } catch (e) {
    failed = true;
    console.error(`FAIL ${system} frontend system: ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
