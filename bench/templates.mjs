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
import {
  bounded,
  cleanupOnExit,
  commandLine,
  median,
  percentile,
} from './lib/script.mjs';
import { harness, require } from './lib/workspace.mjs';

const { guestToken, root, startBackend, templateValues } = harness;
const yaml = require('js-yaml');

// --- options -----------------------------------------------------------------

const USAGE = `Usage: node bench/templates.mjs [options]

  --runs N      timed dry runs of each template (default 20, at most 500)
  --warmup N    untimed dry runs of each template first (default 2)
  --target X    the A/B ratio of the medians to meet (default 1.5)
  --port N      port of the backend on 127.0.0.1 (default: a free one)
  --per-step    also time B with one step at a time done by A's action, and
                a template with no steps (the fixed cost of a dry run)

Exits with 1 when the ratio misses the target, 2 when a dry run fails.`;

const opts = commandLine(USAGE, {
  runs: { type: 'string', default: '20' },
  warmup: { type: 'string', default: '2' },
  target: { type: 'string', default: '1.5' },
  port: { type: 'string' },
  'per-step': { type: 'boolean', default: false },
});

const RUNS = bounded('runs', opts.runs, 1, 500);
const WARMUP = bounded('warmup', opts.warmup, 0, 50);
const TARGET = Number(opts.target);
if (!(TARGET > 0)) throw new Error('--target must be a positive number');
const PORT = opts.port ? bounded('port', opts.port, 1024, 65535) : undefined;

const TEMPLATE_FILE = 'new-ai-use-case.yaml';
const USE_CASE = 'loan-document-assistant';
/** Where the stand-in steps' skeleton sits among the uploaded files. */
const STAND_IN_URL = './bench-skeletons/step';
/** Where the stand-in steps write, apart from the template's own files. */
const STAND_IN_DIR = '.bench';

// --- the request -------------------------------------------------------------

/**
 * The form values of a high-risk use case (Annex III essential services,
 * profiling people): the harness's, which the template tests fill in too.
 */
const values = templateValues[TEMPLATE_FILE](USE_CASE);

/** Every file under a folder, relative to `base`. */
function filesUnder(dir, base) {
  return fs.readdirSync(dir).flatMap(name => {
    const file = path.join(dir, name);
    return fs.statSync(file).isDirectory()
      ? filesUnder(file, base)
      : [path.relative(base, file)];
  });
}

/*
 * Both templates get the same upload (the shipped skeletons and the stand-in
 * skeleton), so unpacking it costs them alike.
 */
const templatesDir = path.join(root, 'templates');
const fixturesDir = path.join(root, 'bench/fixtures');
const directoryContents = [
  ...filesUnder(path.join(templatesDir, 'skeletons'), templatesDir).map(
    file => ({
      path: file,
      base64Content: fs
        .readFileSync(path.join(templatesDir, file))
        .toString('base64'),
    }),
  ),
  ...filesUnder(path.join(fixturesDir, 'step'), fixturesDir).map(file => ({
    path: path.posix.join('bench-skeletons', file.split(path.sep).join('/')),
    base64Content: fs
      .readFileSync(path.join(fixturesDir, file))
      .toString('base64'),
  })),
];

// --- the comparison template ---------------------------------------------------

const readsAStep = text =>
  typeof text === 'string' && /\$\{\{[^}]*\bsteps\b/.test(text);

/** Each place in A (a step's input, the output) whose value reads a step's output. */
function stepReads(a) {
  const reads = {};
  const collect = (node, where) => {
    if (readsAStep(node)) reads[where] = node;
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node))
        collect(value, `${where}.${key}`);
  };
  for (const step of a.spec.steps)
    collect(step.input ?? {}, `steps.${step.id}.input`);
  collect(a.spec.output ?? {}, 'output');
  return reads;
}

/**
 * A with a last step that renders every expression of A reading a step's
 * output into a file, as JSON. Steps' outputs do not change once set, so at
 * the end of the run each renders as it did for the step that reads it.
 */
function probeTemplate(a, reads) {
  const places = Object.keys(reads);
  return {
    ...a,
    spec: {
      ...a.spec,
      steps: [
        ...a.spec.steps,
        standIn(
          { id: 'bench-probe', name: 'Record what A read from its steps' },
          Object.fromEntries(places.map((_, i) => [`e${i}`, reads[places[i]]])),
        ),
      ],
    },
  };
}

/** The values the probe recorded, by place. */
function probedValues(reads, files) {
  const places = Object.keys(reads);
  const text = files[`${STAND_IN_DIR}/bench-probe/step.txt`];
  if (text === undefined) throw new Error('the probe step wrote nothing');
  const values = {};
  for (const line of text.split('\n')) {
    const match = /^- e(\d+): (.*)$/.exec(line);
    if (match) values[places[Number(match[1])]] = JSON.parse(match[2]);
  }
  for (const place of places)
    if (!(place in values)) throw new Error(`the probe missed ${place}`);
  return values;
}

/** `node` with every expression that reads a step's output made a literal. */
function literalize(node, values, where) {
  if (readsAStep(node)) return structuredClone(values[where]);
  if (Array.isArray(node))
    return node.map((item, i) => literalize(item, values, `${where}.${i}`));
  if (node && typeof node === 'object')
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        literalize(value, values, `${where}.${key}`),
      ]),
    );
  return node;
}

/** A step done by fetch:template alone, rendering its input into a file. */
function standIn(step, input) {
  return {
    id: step.id,
    name: step.name,
    ...(step.if !== undefined ? { if: step.if } : {}),
    action: 'fetch:template',
    input: {
      url: STAND_IN_URL,
      targetPath: `${STAND_IN_DIR}/${step.id}`,
      values: { name: step.id, action: step.action ?? 'nothing', input },
    },
  };
}

/**
 * B: A's steps, each done by fetch:template, with what they read from
 * earlier steps as literals (`values`, from the probe). `keep` names a step
 * that stays A's action (for the per-step breakdown).
 */
function comparisonTemplate(a, values, keep) {
  const steps = a.spec.steps.map(step => {
    // Each step's own copy: YAML aliases (&values) share one object.
    const input = literalize(
      JSON.parse(JSON.stringify(step.input ?? {})),
      values,
      `steps.${step.id}.input`,
    );
    return step.action === 'fetch:template' || step.id === keep
      ? { ...step, input }
      : standIn(step, input);
  });
  return {
    ...a,
    metadata: {
      ...a.metadata,
      name: keep
        ? `${a.metadata.name}-bench-${keep}`
        : `${a.metadata.name}-bench`,
    },
    spec: {
      ...a.spec,
      steps,
      output: literalize(
        JSON.parse(JSON.stringify(a.spec.output ?? {})),
        values,
        'output',
      ),
    },
  };
}

// --- dry runs ------------------------------------------------------------------

let baseUrl;
let token;

/** One dry run; the client-side wall time covers the whole response body. */
async function dryRun(template) {
  const body = JSON.stringify({ template, values, directoryContents });
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/api/scaffolder/v2/dry-run`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
      body,
    });
    const text = await res.text();
    const ms = performance.now() - started;
    if (res.status === 401 && attempt === 0) {
      token = await guestToken(baseUrl); // expired; sign in again, untimed
      continue;
    }
    if (res.status !== 200)
      throw new Error(
        `dry run of ${template.metadata.name} answered ${
          res.status
        }: ${text.slice(0, 2000)}`,
      );
    const result = JSON.parse(text);
    const failed = result.log.find(l => l.body.status === 'failed');
    if (failed)
      throw new Error(
        `dry run of ${template.metadata.name} failed in step ${failed.body.stepId}: ${failed.body.message}`,
      );
    result.files = Object.fromEntries(
      result.directoryContents.map(f => [
        f.path,
        Buffer.from(f.base64Content, 'base64').toString('utf8'),
      ]),
    );
    return { ms, result };
  }
}

/** The AiSystem's riskTier in the produced catalog-info.yaml. */
function riskTierIn(files) {
  const entities = yaml.loadAll(files['catalog-info.yaml'] ?? '');
  return entities.find(e => e?.kind === 'AiSystem')?.spec?.riskTier;
}

/** A's run must have classified the use case as high risk and said so. */
function checkA(result) {
  const text = result.output?.text?.[0]?.content ?? '';
  if (!/Risk tier: high\b/.test(text))
    throw new Error(`A's output does not say risk tier high: ${text}`);
  if (riskTierIn(result.files) !== 'high')
    throw new Error(`A's AiSystem has riskTier ${riskTierIn(result.files)}`);
  if (!/\d+ starting risks and\s+\d+\s+applicable/.test(text))
    throw new Error(`A's output does not count risks and controls: ${text}`);
  const governance = result.log.find(
    l => l.body.stepId === 'governance' && l.body.status !== 'processing',
  );
  if (governance?.body.status !== 'completed')
    throw new Error('A ran without the governance step');
}

function checkB(result) {
  if (riskTierIn(result.files) !== 'high')
    throw new Error(`B's AiSystem has riskTier ${riskTierIn(result.files)}`);
}

const isStandInFile = file => file.startsWith(`${STAND_IN_DIR}/`);
const sharedFiles = files =>
  Object.keys(files)
    .filter(f => !isStandInFile(f))
    .sort();

// --- figures ---------------------------------------------------------------------

const ms = x => `${x.toFixed(0)} ms`;

/**
 * Times the templates in rounds, rotating the order each round so none
 * always runs first; `check` validates each result.
 */
async function measure(contenders, runs, warmup) {
  const samples = contenders.map(() => []);
  for (let round = 0; round < warmup + runs; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const i = (round + k) % contenders.length;
      const { ms: took, result } = await dryRun(contenders[i].template);
      contenders[i].check?.(result);
      if (round >= warmup) samples[i].push(took);
    }
    if (round >= warmup && (round - warmup + 1) % 5 === 0)
      process.stdout.write(`  ${round - warmup + 1}/${runs} rounds\n`);
  }
  return samples;
}

// --- main ------------------------------------------------------------------------

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
    baseUrl = backend.baseUrl;
    console.log(
      `backend ready at ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(
        1,
      )} s`,
    );
    token = await guestToken(baseUrl);

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

    const row = (label, xs, files) =>
      console.log(
        `${label.padEnd(44)}${String(xs.length).padStart(5)}${ms(
          median(xs),
        ).padStart(11)}${ms(percentile(xs, 90)).padStart(10)}${ms(
          Math.min(...xs),
        ).padStart(10)}${String(files).padStart(8)}`,
      );
    console.log('');
    console.log(
      `${'template'.padEnd(44)}${'runs'.padStart(5)}${'median'.padStart(
        11,
      )}${'p90'.padStart(10)}${'min'.padStart(10)}${'files'.padStart(8)}`,
    );
    row('A  New AI use case, as shipped', aMs, aFiles.length);
    row(
      'B  same steps, fetch:template alone',
      bMs,
      `${bFiles.length}+${standInFiles.length}`,
    );
    const ratio = median(aMs) / median(bMs);
    const pass = ratio <= TARGET;
    console.log('');
    console.log(
      `ratio A/B of the medians: ${ratio.toFixed(2)}×  (target ≤ ${TARGET}×: ${
        pass ? 'PASS' : 'FAIL'
      })`,
    );
    console.log(
      `files: A ${aFiles.length}, B ${
        bFiles.length
      } of the template's skeletons (${
        sameContent ? 'identical to A' : 'NOT identical to A'
      }) + ${standInFiles.length} from the stand-in steps (${standInFiles
        .map(f => path.posix.dirname(f).slice(STAND_IN_DIR.length + 1))
        .join(', ')})`,
    );
    console.log(
      'checked on every run: A says risk tier high and ran its governance step; B renders riskTier high',
    );

    let perStep;
    if (opts['per-step']) {
      // Steps whose if: holds; the others cost A and B alike.
      const ran = new Set(
        probe.log
          .filter(l => l.body.status && l.body.status !== 'processing')
          .filter(l => !/its if condition was false/.test(l.body.message))
          .map(l => l.body.stepId),
      );
      const replaced = a.spec.steps.filter(
        s => s.action !== 'fetch:template' && ran.has(s.id),
      );
      const empty = {
        ...a,
        metadata: { ...a.metadata, name: `${a.metadata.name}-bench-empty` },
        spec: { ...a.spec, steps: [], output: {} },
      };
      const fetchOnly = {
        ...b,
        metadata: { ...a.metadata, name: `${a.metadata.name}-bench-fetch` },
        spec: {
          ...b.spec,
          steps: b.spec.steps.filter(
            s =>
              a.spec.steps.find(x => x.id === s.id).action === 'fetch:template',
          ),
        },
      };
      const contenders = [
        { label: 'B', template: b, check: checkB },
        { label: 'A', template: a, check: checkA },
        { label: "only A's fetch:template steps", template: fetchOnly },
        { label: 'no steps (the dry run itself)', template: empty },
        ...replaced.map(s => ({
          label: `B with ${s.id} by ${s.action}`,
          template: comparisonTemplate(a, readValues, s.id),
          check: checkB,
        })),
      ];
      console.log('');
      console.log(
        `per step: ${RUNS} rounds of ${contenders.length} templates, rotating`,
      );
      const samples = await measure(contenders, RUNS, WARMUP);
      const bMedian = median(samples[0]);
      console.log('');
      console.log(
        `${'template'.padEnd(58)}${'median'.padStart(10)}${'p90'.padStart(
          10,
        )}${'vs B'.padStart(10)}`,
      );
      perStep = contenders.map((c, i) => {
        const m = median(samples[i]);
        console.log(
          `${c.label.padEnd(58)}${ms(m).padStart(10)}${ms(
            percentile(samples[i], 90),
          ).padStart(10)}${`${m - bMedian >= 0 ? '+' : ''}${(
            m - bMedian
          ).toFixed(0)} ms`.padStart(10)}`,
        );
        return { template: c.label, medianMs: Math.round(m) };
      });
      const [, aM, fetchM, emptyM] = samples.map(median);
      console.log(
        `A's own actions (A − only its fetch:template steps): ${(
          aM - fetchM
        ).toFixed(0)} ms; its 3 fetch:template steps: ${(
          fetchM - emptyM
        ).toFixed(0)} ms; the dry run without steps: ${emptyM.toFixed(0)} ms`,
      );
    }

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
