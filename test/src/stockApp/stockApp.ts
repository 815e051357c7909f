import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, HOST, root } from '../harness/portal';
import { browseStockApp } from './browse';
import {
  applyEdit,
  applyMerge,
  readInstallSteps,
  stepsFor,
  type FrontendSystem,
  type InstallStep,
} from './readmeSteps';

/*
 * The suite installed as a platform team installs it: an app made by
 * @backstage/create-app at the release this repository pins, the packed
 * tarballs instead of workspace links, and only the changes the README's
 * install section names. The tarballs stand in for the registry through the
 * app's root `resolutions` (the packages are not published from here), which
 * is the one change not in the README.
 */

/** create-app of Backstage release 1.55.0, the release this repository pins. */
export const CREATE_APP_VERSION = '0.9.2';
const RELEASE = '1.55.0';

/** What one check did, and how long each part took (seconds). */
export interface StockAppReport {
  system: FrontendSystem;
  dir: string;
  steps: number;
  seconds: Record<string, number>;
}

const log = (message: string) => console.log(`stock-app: ${message}`);

/** Runs a command in `cwd`; throws with its output's tail when it fails. */
function run(command: string, cwd: string, input?: string): void {
  const result = spawnSync('bash', ['-c', command], {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      // `yarn add` writes the lockfile; CI=true would make installs immutable.
      YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
      // `yarn add` otherwise asks Algolia's search service whether @types
      // packages exist, a host outside the npm registry that CI may not reach.
      YARN_TS_ENABLE_AUTO_TYPES: 'false',
    },
  });
  if (result.status !== 0) {
    // Lines cut short: a crashing Yarn prints its minified source.
    const output = `${result.stdout}\n${result.stderr}`
      .trim()
      .split('\n')
      .map(line => line.slice(0, 300));
    throw new Error(
      `"${command}" failed in ${cwd} (exit ${result.status}):\n${output
        .slice(-60)
        .join('\n')}`,
    );
  }
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const writeJson = (file: string, value: unknown) =>
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/** The package.json files of an app: the root and every workspace package. */
function manifests(dir: string): string[] {
  const files = [path.join(dir, 'package.json')];
  for (const parent of ['packages', 'plugins']) {
    const folder = path.join(dir, parent);
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder)) {
      const file = path.join(folder, name, 'package.json');
      if (fs.existsSync(file)) files.push(file);
    }
  }
  return files;
}

/**
 * Pins the app's @backstage packages exactly, as this repository does: its
 * ranges become the versions they name, and the pinning script adds the
 * transitive packages of the release as resolutions.
 */
function pinBackstage(dir: string): void {
  for (const file of manifests(dir)) {
    const pkg = readJson(file);
    for (const field of ['dependencies', 'devDependencies']) {
      for (const [name, range] of Object.entries<string>(pkg[field] ?? {})) {
        if (name.startsWith('@backstage/')) {
          pkg[field][name] = range.replace(/^[\^~]/, '');
        }
      }
    }
    writeJson(file, pkg);
  }
  run(
    `node ${JSON.stringify(
      path.join(root, 'scripts/pin-backstage.mjs'),
    )} --write --root .`,
    dir,
  );
}

/** Points every @aigov package at its packed tarball, in place of a registry. */
function useTarballs(dir: string, tarballs: string): void {
  const pkg = readJson(path.join(dir, 'package.json'));
  for (const file of fs.readdirSync(tarballs).filter(f => f.endsWith('.tgz'))) {
    const name = file.replace(/^_aigov_/, '@aigov/').replace(/\.tgz$/, '');
    pkg.resolutions[name] = `file:${path.join(tarballs, file)}`;
  }
  writeJson(path.join(dir, 'package.json'), pkg);
}

/** Applies one README step to the app. */
function applyStep(dir: string, step: InstallStep): void {
  if (step.kind === 'run') {
    log(`$ ${step.command}`);
    run(step.command, dir);
    return;
  }
  const file = path.join(dir, step.file);
  const text = fs.readFileSync(file, 'utf8');
  log(`edit ${step.file}`);
  fs.writeFileSync(
    file,
    step.kind === 'merge'
      ? applyMerge(step.file, text, step.value)
      : applyEdit(text, step),
  );
}

/** Starts the app's backend (which serves the built app) and waits until it is ready. */
export async function bootStockApp(dir: string, port: number) {
  const baseUrl = `http://${HOST}:${port}`;
  const catalog = path.join(root, 'test/fixtures/stock-app/catalog.yaml');
  // Where the test runs it, not what a user changes: the port, the backend
  // serving the app, and the fixture catalog.
  const overlay = path.join(dir, 'app-config.stock-check.yaml');
  writeJson(overlay, {
    app: { baseUrl },
    backend: {
      baseUrl,
      listen: { port, host: HOST },
      cors: { origin: baseUrl },
    },
    catalog: {
      processingInterval: { seconds: 2 },
      locations: [
        {
          type: 'file',
          target: catalog,
          rules: [{ allow: ['Group', 'User', 'Template'] }],
        },
      ],
    },
  });
  const out = fs.openSync(path.join(dir, 'backend.log'), 'w');
  const child = spawn(
    'yarn',
    [
      'workspace',
      'backend',
      'start',
      '--config',
      path.join(dir, 'app-config.yaml'),
      '--config',
      overlay,
    ],
    { cwd: dir, detached: true, stdio: ['ignore', out, out] },
  );
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 180_000;
  const entity = `${baseUrl}/.backstage/health/v1/readiness`;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(entity).then(
      r => r.ok,
      () => false,
    );
    if (ok) return { baseUrl, stop };
    await new Promise(r => setTimeout(r, 1000));
  }
  stop();
  const tail = fs.readFileSync(path.join(dir, 'backend.log'), 'utf8');
  throw new Error(
    `the stock app's backend did not become ready:\n${tail
      .split('\n')
      .slice(-60)
      .join('\n')}`,
  );
}

/**
 * Creates a stock app on one frontend system, installs the tarballs in
 * `tarballs` (from `node scripts/pack-check.mjs --keep DIR`) as the README
 * says, builds and boots it and checks it in Chromium.
 */
export async function checkStockApp(options: {
  system: FrontendSystem;
  tarballs: string;
  keep?: boolean;
}): Promise<StockAppReport> {
  const { system } = options;
  const parent = fs.mkdtempSync(
    path.join(os.tmpdir(), `aigov-stock-${system}-`),
  );
  const dir = path.join(parent, 'app');
  const seconds: Record<string, number> = {};
  const timed = async <T>(name: string, fn: () => T | Promise<T>) => {
    const started = Date.now();
    log(`${system}: ${name}`);
    const result = await fn();
    seconds[name] = Math.round((Date.now() - started) / 100) / 10;
    return result;
  };

  const steps = stepsFor(
    readInstallSteps(fs.readFileSync(path.join(root, 'README.md'), 'utf8')),
    system,
  );
  let stop = () => {};
  try {
    await timed('create-app', () => {
      const legacy = system === 'legacy' ? ' --legacy' : '';
      run(
        `npx -y @backstage/create-app@${CREATE_APP_VERSION} --skip-install --path app${legacy}`,
        parent,
        'stock-app\n',
      );
      const made = readJson(path.join(dir, 'backstage.json')).version;
      if (made !== RELEASE) {
        throw new Error(`create-app made a ${made} app, expected ${RELEASE}`);
      }
    });
    await timed('pin', () => {
      pinBackstage(dir);
      useTarballs(dir, path.resolve(options.tarballs));
    });
    await timed('README steps', () => steps.forEach(s => applyStep(dir, s)));
    // As a platform team checks its app before shipping it: the README's
    // code must type-check and build.
    await timed('tsc', () => run('yarn tsc', dir));
    await timed('app build', () => run('yarn workspace app build', dir));
    const port = await freePort();
    const backend = await timed('boot', () => bootStockApp(dir, port));
    stop = backend.stop;
    await timed('browser', () => browseStockApp(backend.baseUrl, system));
    return { system, dir, steps: steps.length, seconds };
  } finally {
    stop();
    if (!options.keep) fs.rmSync(parent, { recursive: true, force: true });
    else log(`kept ${dir}`);
  }
}
