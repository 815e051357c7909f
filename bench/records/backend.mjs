/*
 * The demo backend of a records benchmark, booted by the tests' harness
 * (test/src/harness/portal.ts) on the run's databases, with the demo's own
 * governance seed and catalog sync off; and how the bench talks to it:
 * timed GETs, the guest's token, the backend's memory.
 */

import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { harness } from '../lib/workspace.mjs';

const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Starts and stops the backend; one at a time. */
export function createBackend(o, databases, cleanups) {
  let portal;
  let port = o.port;

  const backend = {
    baseUrl: undefined,
    /** Starts the backend and returns how long it took to be ready, in ms. */
    async start() {
      port ??= await harness.freePort();
      const started = performance.now();
      portal = await harness.startBackend({
        app: false,
        port,
        database: databases.backendConfig,
        // The demo catalog is tiny; processing it less often keeps its
        // background work out of the timings.
        processingIntervalSeconds: 1800,
        config: {
          aiGovernance: {
            seed: { file: null },
            catalogSync: { frequencyMinutes: 525600 },
            // The seeded records are written straight into the tables, with
            // no history; the integrity check would rightly flag them all.
            integrity: { check: { frequencyMinutes: 525600 } },
          },
        },
        waitForRecords: false,
        cliStart: o.cliStart,
        timeoutMs: 600_000,
      });
      backend.baseUrl = portal.baseUrl;
      return performance.now() - started;
    },
    async stop() {
      const running = portal;
      portal = undefined;
      await running?.stop();
    },
    token: () => harness.guestToken(backend.baseUrl),
    catalogUrl: () =>
      `${
        backend.baseUrl
      }/api/catalog/entities/by-name/aisystem/default/${encodeURIComponent(
        o.catalogEntity,
      )}`,
    async waitForCatalogEntity(token) {
      const deadline = Date.now() + 240_000;
      for (;;) {
        const res = await fetch(backend.catalogUrl(), {
          headers: { Authorization: `Bearer ${token}` },
        });
        await res.arrayBuffer();
        if (res.ok) return;
        if (Date.now() > deadline) {
          throw new Error(
            `the catalog did not serve aisystem:default/${o.catalogEntity} within 240 s (last status ${res.status})`,
          );
        }
        await sleep(1000);
      }
    },
    /** One sequential GET, timed until the whole body is read. */
    async timedGet(url, token) {
      const t0 = performance.now();
      let res;
      let body;
      try {
        res = await fetch(url, {
          headers: { Authorization: `Bearer ${token}` },
        });
        body = await res.arrayBuffer();
      } catch (error) {
        throw new Error(
          `GET ${url} failed: ${
            error?.cause?.message ?? error?.message ?? error
          }\n--- backend output (tail) ---\n${
            portal?.log().slice(-4000) ?? ''
          }`,
        );
      }
      const ms = performance.now() - t0;
      if (!res.ok) {
        throw new Error(
          `GET ${url} → ${res.status}: ${Buffer.from(body)
            .toString('utf8')
            .slice(0, 500)}`,
        );
      }
      return { ms, body };
    },
    memory: () => portal && processMemory(portal.child.pid),
  };
  cleanups.push(() => backend.stop());
  return backend;
}

/**
 * The memory of the backend's node process and of its whole process tree
 * (with --cli-start, backstage-cli is the parent of the backend).
 */
function processMemory(rootPid) {
  const parents = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // gone
    }
  }
  const tree = [];
  const walk = pid => {
    for (const [child, parent] of parents) {
      if (parent === pid) {
        tree.push(child);
        walk(child);
      }
    }
  };
  walk(rootPid);
  const status = pid => {
    try {
      const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = key =>
        Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
      return { pid, rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
    } catch {
      return undefined;
    }
  };
  const all = [rootPid, ...tree].map(status).filter(Boolean);
  const cmd = pid => {
    try {
      return fs
        .readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        .replace(/\0/g, ' ');
    } catch {
      return '';
    }
  };
  // The backend is the process running src/index; else the largest.
  const main =
    all.find(p => /\bsrc\/index\b/.test(cmd(p.pid))) ??
    [...all].sort((a, b) => b.rss - a.rss)[0];
  return { main, treeRss: all.reduce((s, p) => s + p.rss, 0) };
}
