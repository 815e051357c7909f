/*
 * The command line of bench/templates.mjs: how many dry runs to time, the
 * target and whether to break the cost down by step.
 */

import { bounded, commandLine } from '../lib/script.mjs';

const USAGE = `Usage: node bench/templates.mjs [options]

  --runs N      timed dry runs of each template (default 20, at most 500)
  --warmup N    untimed dry runs of each template first (default 2)
  --target X    the A/B ratio of the medians to meet (default 1.5)
  --port N      port of the backend on 127.0.0.1 (default: a free one)
  --per-step    also time B with one step at a time done by A's action, and
                a template with no steps (the fixed cost of a dry run)

Exits with 1 when the ratio misses the target, 2 when a dry run fails.`;

/** The options as given, with their defaults. */
export const opts = commandLine(USAGE, {
  runs: { type: 'string', default: '20' },
  warmup: { type: 'string', default: '2' },
  target: { type: 'string', default: '1.5' },
  port: { type: 'string' },
  'per-step': { type: 'boolean', default: false },
});

/** Timed rounds, warm-up rounds, the A/B target and the backend's port, checked. */
export const RUNS = bounded('runs', opts.runs, 1, 500);
export const WARMUP = bounded('warmup', opts.warmup, 0, 50);
export const TARGET = Number(opts.target);
if (!(TARGET > 0)) throw new Error('--target must be a positive number');
export const PORT = opts.port
  ? bounded('port', opts.port, 1024, 65535)
  : undefined;
