/*
 * Dry runs of templates through the scaffolder's API
 * (POST /api/scaffolder/v2/dry-run), as the template editor runs them, timed
 * on the client.
 */

import { harness } from '../lib/workspace.mjs';
import { directoryContents, values } from './request.mjs';

const { guestToken } = harness;

/**
 * Dry runs on the backend at `baseUrl` as the guest signed in with `token`:
 * `dryRun(template)` times one, `measure(contenders, runs, warmup)` times
 * several in rounds.
 */
export function dryRunsOn(baseUrl, token) {
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

  return { dryRun, measure };
}
