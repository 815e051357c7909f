/*
 * The command line of bench/ui.mjs: how many risks to record, how many
 * loads to time, on which AI system, and the target.
 */

import { bounded, commandLine } from '../lib/script.mjs';

const USAGE = `Usage: node bench/ui.mjs [options]

  --risks N     risks to record on the AI system before timing (default 200, at most 5000)
  --reps N      timed page loads per page, after one warm-up each (default 5, at most 50)
  --system NAME the AiSystem (namespace default) to time (default customer-support-assistant)
  --port N      port of the backend on 127.0.0.1 (default: a free one)
  --target X    the governance/overview ratio to meet (default 1.5)

Needs the built app (yarn workspace app build) and /usr/bin/chromium.`;

/** The options as given, with their defaults. */
export const opts = commandLine(USAGE, {
  risks: { type: 'string', default: '200' },
  reps: { type: 'string', default: '5' },
  system: { type: 'string', default: 'customer-support-assistant' },
  port: { type: 'string' },
  target: { type: 'string', default: '1.5' },
});

/** Risks to record, timed loads per page, the target ratio and the AI system, checked. */
export const RISKS = bounded('risks', opts.risks, 0, 5000);
export const REPS = bounded('reps', opts.reps, 1, 50);
export const TARGET = Number(opts.target);
if (!(TARGET > 0)) throw new Error('--target must be a positive number');
export const SYSTEM = opts.system;
if (!/^[a-z0-9][a-z0-9._-]*$/i.test(SYSTEM))
  throw new Error('--system must be an entity name');
