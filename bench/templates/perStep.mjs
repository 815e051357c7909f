/*
 * The breakdown of bench/templates.mjs --per-step: B, A, only A's
 * fetch:template steps, a template with no steps, and B with one step at a
 * time put back to A's action, timed in rotating rounds.
 */

import { median, percentile } from '../lib/script.mjs';
import { checkA, checkB } from './checks.mjs';
import { comparisonTemplate } from './comparison.mjs';
import { RUNS, WARMUP } from './options.mjs';
import { ms } from './report.mjs';

/**
 * Times and prints the breakdown of A (`a`, whose untimed run was `probe`)
 * against B (`b`, built with `readValues`), with `measure` of the dry runs;
 * returns each template's median for the JSON line.
 */
export async function timePerStep({ a, b, probe, readValues, measure }) {
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
        s => a.spec.steps.find(x => x.id === s.id).action === 'fetch:template',
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
  const perStep = contenders.map((c, i) => {
    const m = median(samples[i]);
    console.log(
      `${c.label.padEnd(58)}${ms(m).padStart(10)}${ms(
        percentile(samples[i], 90),
      ).padStart(10)}${`${m - bMedian >= 0 ? '+' : ''}${(m - bMedian).toFixed(
        0,
      )} ms`.padStart(10)}`,
    );
    return { template: c.label, medianMs: Math.round(m) };
  });
  const [, aM, fetchM, emptyM] = samples.map(median);
  console.log(
    `A's own actions (A − only its fetch:template steps): ${(
      aM - fetchM
    ).toFixed(0)} ms; its 3 fetch:template steps: ${(fetchM - emptyM).toFixed(
      0,
    )} ms; the dry run without steps: ${emptyM.toFixed(0)} ms`,
  );
  return perStep;
}
