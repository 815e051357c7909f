/*
 * The workspace packages the benchmarks use, as the repository holds them:
 * TypeScript sources (each package's `main` is src/index.ts). Node's own
 * type stripping cannot run all of them (enums, parameter properties, paths
 * without extensions), so they go through Backstage's node transform, the
 * same one the backend runs under (see test/src/harness/portal.ts).
 *
 * The transform hooks `require`; static ESM imports are linked before any
 * hook exists, so the benchmarks load TypeScript through the `require`
 * exported here, and plain packages (knex, js-yaml…) through it as well.
 */

import { createRequire } from 'node:module';

export const require = createRequire(import.meta.url);
require('@backstage/cli-node/config/nodeTransform.cjs');

/** The tests' harness: the backend boot, the guest's token, the root. */
export const harness = require('@aigov/test');
