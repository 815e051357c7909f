/*
 * What the benchmark scripts share around their measurements: their command
 * line, the statistics they print, and undoing a run on success, error and
 * Ctrl-C alike.
 */

import { parseArgs } from 'node:util';

/**
 * The options on the command line (`parseArgs`, strict), with -h/--help
 * added: it prints `usage` and exits.
 */
export function commandLine(usage, options, args = process.argv.slice(2)) {
  const { values } = parseArgs({
    args,
    options: {
      ...options,
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return values;
}

/** The value of `--<name>` as a whole number from `min` to `max`; throws otherwise. */
export function bounded(name, value, min, max) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
  }
  return n;
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/**
 * What undoes a run (backend, browser, databases, files): push functions on
 * `cleanups`; `cleanUp()` runs them once, last in first out, logging a
 * failure and going on with the rest. SIGINT and SIGTERM run them too and
 * exit with 130, so an interrupted run leaves nothing behind.
 */
export function cleanupOnExit() {
  const cleanups = [];
  let cleaning;
  const cleanUp = () => {
    cleaning ??= (async () => {
      for (const fn of cleanups.reverse()) {
        try {
          await fn();
        } catch (error) {
          console.error(`clean-up failed: ${error?.message ?? error}`);
        }
      }
    })();
    return cleaning;
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up…`);
      cleanUp().finally(() => process.exit(130));
    });
  }
  return { cleanups, cleanUp };
}

/** Runs a script's `main`, cleans up whatever happened, and exits 1 (saying why) on a failure, else 0. */
export async function runMain(name, main, cleanUp) {
  let exitCode = 0;
  try {
    await main();
  } catch (error) {
    console.error(`\n${name} failed: ${error?.stack ?? error}`);
    exitCode = 1;
  } finally {
    await cleanUp();
  }
  process.exit(exitCode);
}
