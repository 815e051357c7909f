/*
 * The demo backend as the browser and template tests (through
 * test/src/e2e/portal.ts) and the benchmarks (bench/ui.mjs,
 * bench/templates.mjs) boot it: app-config.yaml plus an override with its
 * own port on 127.0.0.1 only, an in-memory SQLite database, the catalog
 * processing every 2 seconds unless told otherwise, and the local demo
 * repositories in a folder of this run, so nothing a benchmark does reaches
 * .data/.
 *
 * The backend runs as `backstage-cli package start` runs it (same
 * transform, entry and environment) but without the CLI's file watcher,
 * which restarts the backend, and so empties its in-memory database, when
 * anyone edits a source file it loaded while a benchmark runs.
 */

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);
const require = createRequire(path.join(root, 'package.json'));

export const HOST = '127.0.0.1';

const sleep = ms => new Promise(r => setTimeout(r, ms));

/** A free TCP port on the loopback interface. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it returns something other than undefined. */
async function until(what, probe, child, log, ms = 300_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `the backend exited while waiting for ${what}:\n${log().slice(-4000)}`,
      );
    }
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}:\n${log().slice(-4000)}`);
    await sleep(500);
  }
}

/** A Backstage token of the demo's guest (a member of the governance office). */
export async function guestToken(baseUrl) {
  const res = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`guest sign-in failed: ${res.status}`);
  return (await res.json()).backstageIdentity.token;
}

/**
 * Starts the demo backend and waits for it and for the seeded governance
 * records (they arrive once the catalog has read the examples).
 *
 * Options: `app` (default true) requires the built app, which the backend
 * then serves; `port` (default: a free one); `processingIntervalSeconds`
 * (default 2, as in the harness) of the catalog.
 *
 * Returns `{ baseUrl, stop, child, log, repositoriesDir }`. `stop()` ends
 * the backend's process group and removes the run's folder. Should the
 * bench process exit without calling it (an error, Ctrl-C), an exit hook
 * still kills the group, synchronously, so no backend outlives the bench.
 */
export async function startBackend({
  app = true,
  port,
  processingIntervalSeconds = 2,
} = {}) {
  if (app && !fs.existsSync(path.join(root, 'packages/app/dist/index.html'))) {
    throw new Error(
      'The app is not built: run `yarn workspace app build` first',
    );
  }
  port ??= await freePort();
  const baseUrl = `http://${HOST}:${port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aigov-bench-'));
  const repositoriesDir = path.join(dir, 'repositories');
  const override = path.join(dir, 'app-config.bench.yaml');
  fs.writeFileSync(
    override,
    JSON.stringify({
      app: { baseUrl },
      backend: {
        baseUrl,
        listen: { port, host: HOST },
        cors: { origin: baseUrl },
        database: { client: 'better-sqlite3', connection: ':memory:' },
      },
      catalog: { processingInterval: { seconds: processingIntervalSeconds } },
      localRepositories: { root: repositoriesDir },
    }),
  );

  let output = '';
  const child = spawn(
    process.execPath,
    [
      '--enable-source-maps',
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      'src/index',
      '--config',
      path.join(root, 'app-config.yaml'),
      '--config',
      override,
    ],
    {
      cwd: path.join(root, 'packages/backend'),
      env: {
        ...process.env,
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        ESBK_TSCONFIG_PATH: path.join(root, 'tsconfig.json'),
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const keep = d => {
    output = (output + d).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const log = () => output;

  const groupAlive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  const killOnExit = () => {
    if (child.pid && groupAlive()) process.kill(-child.pid, 'SIGKILL');
    removeDir();
  };
  process.on('exit', killOnExit);

  let stopping;
  /** Stops the backend and anything it started (its process group). */
  const stop = () => {
    stopping ??= (async () => {
      if (child.pid && groupAlive()) {
        process.kill(-child.pid, 'SIGTERM');
        for (let i = 0; i < 150 && groupAlive(); i++) await sleep(200);
        if (groupAlive()) process.kill(-child.pid, 'SIGKILL');
      }
      removeDir();
      process.off('exit', killOnExit);
    })();
    return stopping;
  };

  try {
    await until(
      'the backend',
      async () =>
        (
          await fetch(`${baseUrl}/.backstage/health/v1/readiness`)
        ).ok
          ? true
          : undefined,
      child,
      log,
    );
    await until(
      'the demo governance records',
      async () => {
        const res = await fetch(
          `${baseUrl}/api/ai-governance/entities/aisystem/default/coding-assistant/scorecard`,
          {
            headers: { Authorization: `Bearer ${await guestToken(baseUrl)}` },
          },
        );
        return res.ok && (await res.json()).level !== 'none' ? true : undefined;
      },
      child,
      log,
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, stop, child, log, repositoriesDir };
}
