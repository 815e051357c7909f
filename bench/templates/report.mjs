/*
 * The figures bench/templates.mjs prints for A against B: runs, median, p90,
 * minimum and files of each, the ratio of the medians against the target,
 * and what the files and the checks showed.
 */

import path from 'node:path';
import { median, percentile } from '../lib/script.mjs';
import { STAND_IN_DIR } from './comparison.mjs';
import { TARGET } from './options.mjs';

/** Milliseconds as the tables print them. */
export const ms = x => `${x.toFixed(0)} ms`;

/**
 * Prints the table of A and B (`aMs`, `bMs`: their samples) and what their
 * files showed; returns the ratio of the medians and whether it meets the
 * target.
 */
export function printComparison({
  aMs,
  bMs,
  aFiles,
  bFiles,
  standInFiles,
  sameContent,
}) {
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
  return { ratio, pass };
}
