import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';

/*
 * The one boot of the demo backend: the tests (test/src/portal.test.ts,
 * templates/*, e2e/*) and the benchmarks (bench/*.mjs, through this
 * package's entry) all start it here. app-config.yaml plus an override with
 * its own port on 127.0.0.1 only, an in-memory SQLite database unless told
 * otherwise, the catalog processing every 2 seconds unless told otherwise,
 * and the local demo repositories in a folder of this run, so nothing a
 * test or benchmark does reaches .data/.
 *
 * The backend runs as `backstage-cli package start` runs it (same
 * transform, entry and environment) but without the CLI's file watcher,
 * which restarts the backend, and so empties its in-memory database, when
 * anyone edits a source file it loaded while a test or benchmark runs.
 */

/**
 * The repository's root, one folder above this package. Real path: the
 * package may be reached through the workspace's link in node_modules.
 */
export const root = path.resolve(
  fs.realpathSync(resolvePackagePath('@aigov/test')),
  '..',
);

export const HOST = '127.0.0.1';

/** Configuration as JSON, the way an app-config file holds it. */
type Config = Record<string, unknown>;

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A Backstage token of the demo's guest (a member of the governance office). */
export async function guestToken(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`guest sign-in failed: ${res.status}`);
  return (await res.json()).backstageIdentity.token;
}

/** How to start the backend; every option has the tests' default. */
export interface BackendOptions {
  /** Require the built app, which the backend then serves (default true). */
  app?: boolean;
  /** Port on 127.0.0.1 (default: a free one). */
  port?: number;
  /** Seconds between the catalog's processing runs (default 2). */
  processingIntervalSeconds?: number;
  /** `backend.database` (default: SQLite in memory). */
  database?: Config;
  /**
   * More configuration, read after the harness's override, as Backstage
   * merges config files (e.g. `aiGovernance` for a benchmark's own data).
   */
  config?: Config;
  /** Also wait for the demo's seeded governance records (default true). */
  waitForRecords?: boolean;
  /** Start through `backstage-cli package start`, its file watcher included. */
  cliStart?: boolean;
  /** How long to wait for readiness, and then for the records (default 300 s). */
  timeoutMs?: number;
}

/** A running demo backend on its own port and database. */
export interface Backend {
  baseUrl: string;
  /** Where publish:local writes the repositories templates create. */
  repositoriesDir: string;
  /** The backend's process (the leader of its process group). */
  child: ChildProcess;
  /** The tail of the backend's output. */
  log(): string;
  /**
   * Polls `probe` every 500 ms until it returns something other than
   * undefined; fails at once, with the log, should the backend exit.
   */
  until<T>(
    what: string,
    probe: () => Promise<T | undefined>,
    ms?: number,
  ): Promise<T>;
  /** Ends the backend's process group and removes the run's folder. */
  stop(): Promise<void>;
}

/**
 * Starts the demo backend and waits for it and, unless told otherwise, for
 * the seeded governance records (they arrive once the catalog has read the
 * examples). Should the process exit without calling `stop()` (an error,
 * Ctrl-C), an exit hook still kills the group, synchronously, so no backend
 * outlives its test or benchmark.
 */
export async function startBackend(
  options: BackendOptions = {},
): Promise<Backend> {
  const app = options.app ?? true;
  if (app && !fs.existsSync(path.join(root, 'packages/app/dist/index.html'))) {
    throw new Error(
      'The app is not built: run `yarn workspace app build` first',
    );
  }
  const port = options.port ?? (await freePort());
  const baseUrl = `http://${HOST}:${port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aigov-portal-'));
  const repositoriesDir = path.join(dir, 'repositories');
  const configArgs = ['--config', path.join(root, 'app-config.yaml')];
  const addConfig = (name: string, config: Config) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(config));
    configArgs.push('--config', file);
  };
  addConfig('app-config.harness.yaml', {
    app: { baseUrl },
    backend: {
      baseUrl,
      listen: { port, host: HOST },
      cors: { origin: baseUrl },
      database: options.database ?? {
        client: 'better-sqlite3',
        connection: ':memory:',
      },
    },
    catalog: {
      processingInterval: { seconds: options.processingIntervalSeconds ?? 2 },
    },
    localRepositories: { root: repositoriesDir },
    // Each run signs its own history: a checkpoint sink shared between runs
    // would hold other databases' checkpoints, which verify rightly refuses.
    aiGovernance: {
      integrity: {
        checkpoints: {
          signingKeyFile: path.join(dir, 'checkpoint-key.pem'),
          sink: { directory: path.join(dir, 'checkpoints') },
        },
      },
    },
  });
  if (options.config) addConfig('app-config.extra.yaml', options.config);

  const args = options.cliStart
    ? [
        path.join(root, 'node_modules/@backstage/cli/bin/backstage-cli'),
        'package',
        'start',
        ...configArgs,
      ]
    : [
        '--enable-source-maps',
        '--require',
        require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
        'src/index',
        ...configArgs,
      ];
  let output = '';
  const child = spawn(process.execPath, args, {
    cwd: path.join(root, 'packages/backend'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      ESBK_TSCONFIG_PATH: path.join(root, 'tsconfig.json'),
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d: Buffer) => {
    output = (output + d).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const log = () => output;
  const timeoutMs = options.timeoutMs ?? 300_000;

  const until = async <T>(
    what: string,
    probe: () => Promise<T | undefined>,
    ms = timeoutMs,
  ): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(
          `the backend exited with ${
            child.exitCode
          } while waiting for ${what}:\n${log().slice(-4000)}`,
        );
      }
      const value = await probe().catch(() => undefined);
      if (value !== undefined) return value;
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting for ${what}:\n${log().slice(-4000)}`,
        );
      await sleep(500);
    }
  };

  /** Signals the backend's process group; false once the group is gone. */
  const signalGroup = (signal: NodeJS.Signals | 0) => {
    if (!child.pid) return false;
    try {
      process.kill(-child.pid, signal);
      return true;
    } catch {
      return false;
    }
  };
  const groupAlive = () => signalGroup(0);
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  const killOnExit = () => {
    signalGroup('SIGKILL');
    removeDir();
  };
  process.on('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (signalGroup('SIGTERM')) {
        for (let i = 0; i < 150 && groupAlive(); i++) await sleep(200);
        signalGroup('SIGKILL');
        // A database file is only free once the whole group is gone.
        while (groupAlive()) await sleep(100);
      }
      removeDir();
      process.off('exit', killOnExit);
    })();
    return stopping;
  };

  try {
    await until('the backend', async () =>
      (
        await fetch(`${baseUrl}/.backstage/health/v1/readiness`)
      ).ok
        ? true
        : undefined,
    );
    if (options.waitForRecords ?? true) {
      await until('the demo governance records', async () => {
        const res = await fetch(
          `${baseUrl}/api/ai-governance/entities/aisystem/default/coding-assistant/scorecard`,
          { headers: { Authorization: `Bearer ${await guestToken(baseUrl)}` } },
        );
        return res.ok && (await res.json()).level !== 'none' ? true : undefined;
      });
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, repositoriesDir, child, log, until, stop };
}
