#!/usr/bin/env node
/*
 * Benchmark of the "New AI use case" Software Template in a dry run. Run by
 * hand; it prints figures and is not a timed test. See bench/README.md
 * ("Template benchmark: New AI use case dry run").
 *
 *   node bench/templates.mjs [--runs 20] [--warmup 2] [--target 1.5] [--per-step]
 *
 * It boots the demo backend once (the tests' harness, no app), signs in as
 * the guest and, in the same run and alternating, posts dry runs
 * (POST /api/scaffolder/v2/dry-run) of:
 *   A  templates/new-ai-use-case.yaml as shipped, with a high-risk use case;
 *   B  the same steps in the same order with the same `if:`s, each done by
 *      fetch:template alone: A's fetch:template steps unchanged, every other
 *      step a fetch:template of bench/fixtures/step that renders that step's
 *      input into a file. What A's steps read from earlier steps' outputs
 *      (steps.classify.output.* and the like) is in B the very value A's run
 *      rendered, as a literal, so B renders the same skeletons with the same
 *      data.
 * The target is A ≤ 1.5 × B (medians of client-side wall time): the
 * governance actions may cost no more than half again a template that only
 * renders files. --per-step adds a breakdown: A, B, only A's fetch:template
 * steps, a template with no steps, and B with one step at a time put back
 * to A's action.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanupOnExit, median } from './lib/script.mjs';
import { harness, require } from './lib/workspace.mjs';
import { checkA, checkB } from './templates/checks.mjs';
import {
  comparisonTemplate,
  isStandInFile,
  probedValues,
  probeTemplate,
  sharedFiles,
  stepReads,
} from './templates/comparison.mjs';
import { dryRunsOn } from './templates/dryRuns.mjs';
import { opts, PORT, RUNS, TARGET, WARMUP } from './templates/options.mjs';
import { timePerStep } from './templates/perStep.mjs';
import { printComparison } from './templates/report.mjs';
import { TEMPLATE_FILE, templatesDir } from './templates/request.mjs';

const { guestToken, startBackend } = harness;
const yaml = require('js-yaml');

/*
 * Ctrl-C: stop the backend gracefully once it is up. Before that, exiting is
 * enough, as the harness kills the backend's process group on exit.
 */
const { cleanups, cleanUp } = cleanupOnExit();

async function main() {
  const started = Date.now();
  console.log('Template benchmark: New AI use case dry run');
  console.log(
    `Node ${process.version}, ${os.cpus().length} CPUs, ${new Date()
      .toISOString()
      .replace('T', ' ')
      .slice(0, 19)} UTC`,
  );
  // The demo entities need processing once, at start-up; reprocessing them
  // every 2 seconds, as the harness does, would only add noise on 2 cores.
  const backend = await startBackend({
    app: false,
    port: PORT,
    processingIntervalSeconds: 1800,
  });
  cleanups.push(() => backend.stop());
  try {
    const { baseUrl } = backend;
    console.log(
      `backend ready at ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(
        1,
      )} s`,
    );
    const { dryRun, measure } = dryRunsOn(baseUrl, await guestToken(baseUrl));

    const a = yaml.load(
      fs.readFileSync(path.join(templatesDir, TEMPLATE_FILE), 'utf8'),
    );
    const reads = stepReads(a);
    const probed = (await dryRun(probeTemplate(a, reads))).result;
    checkA(probed);
    const readValues = probedValues(reads, probed.files);
    const probe = (await dryRun(a)).result;
    checkA(probe);
    const b = comparisonTemplate(a, readValues);
    const bProbe = (await dryRun(b)).result;
    checkB(bProbe);

    const aFiles = sharedFiles(probe.files);
    const bFiles = sharedFiles(bProbe.files);
    const standInFiles = Object.keys(bProbe.files).filter(isStandInFile);
    const sameContent =
      aFiles.length === bFiles.length &&
      aFiles.every(
        (f, i) => f === bFiles[i] && probe.files[f] === bProbe.files[f],
      );
    if (aFiles.length !== bFiles.length)
      throw new Error(
        `A produced ${aFiles.length} files of the template's skeletons, B ${bFiles.length}`,
      );
    const stepsOf = t =>
      t.spec.steps.map(s => `${s.id} (${s.action})`).join(', ');
    console.log(`A steps: ${stepsOf(a)}`);
    console.log(`B steps: ${stepsOf(b)}`);

    console.log(
      `timing ${RUNS} dry runs of each after ${WARMUP} warm-up runs, alternating A and B`,
    );
    const [aMs, bMs] = await measure(
      [
        { template: a, check: checkA },
        { template: b, check: checkB },
      ],
      RUNS,
      WARMUP,
    );

    const { ratio, pass } = printComparison({
      aMs,
      bMs,
      aFiles,
      bFiles,
      standInFiles,
      sameContent,
    });

    const perStep = opts['per-step']
      ? await timePerStep({ a, b, probe, readValues, measure })
      : undefined;

    console.log(
      JSON.stringify({
        node: process.version,
        cpus: os.cpus().length,
        date: new Date().toISOString(),
        runs: RUNS,
        warmup: WARMUP,
        aMs: aMs.map(Math.round),
        bMs: bMs.map(Math.round),
        medianAMs: Math.round(median(aMs)),
        medianBMs: Math.round(median(bMs)),
        ratio: Number(ratio.toFixed(3)),
        target: TARGET,
        files: {
          a: aFiles.length,
          b: bFiles.length,
          bStandIn: standInFiles.length,
        },
        ...(perStep ? { perStep } : {}),
      }),
    );
    if (!pass) process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

try {
  await main();
} catch (e) {
  console.error(e?.stack ?? String(e));
  process.exitCode = 2;
}
