import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// The harness is test code: the test package has no production build.
// eslint-disable-next-line @backstage/no-undeclared-imports
import {
  chromium,
  type Browser,
  type Locator,
  type Page,
} from 'playwright-core';

/*
 * The demo portal as a person meets it: the real backend, serving the
 * production build of the app (`yarn workspace app build`), the demo
 * catalog and governance records, driven by Debian's Chromium.
 */

// eslint-disable-next-line no-restricted-syntax
export const root = resolve(__dirname, '../../..');
export const artifacts = join(root, 'test/artifacts');

/** A running demo portal on its own port and in-memory database. */
export interface Portal {
  baseUrl: string;
  /** Where publish:local writes the repositories templates create. */
  repositoriesDir: string;
  stop(): Promise<void>;
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  child: ChildProcess,
  log: () => string,
  ms = 180_000,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(
        `backend exited while waiting for ${what}:\n${log().slice(-4000)}`,
      );
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}:\n${log().slice(-4000)}`);
    await new Promise(r => setTimeout(r, 500));
  }
}

/**
 * Starts the demo backend (which serves the built app unless `app` is false)
 * and waits for the seeded governance records.
 */
export async function startPortal(
  options: { app?: boolean } = {},
): Promise<Portal> {
  if (
    options.app !== false &&
    !existsSync(join(root, 'packages/app/dist/index.html'))
  ) {
    throw new Error(
      'The app is not built: run `yarn workspace app build` first (scripts/test.sh does)',
    );
  }
  const port = 7300 + Math.floor(Math.random() * 600);
  const baseUrl = `http://localhost:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'aigov-e2e-'));
  const override = join(dir, 'app-config.e2e.yaml');
  writeFileSync(
    override,
    JSON.stringify({
      app: { baseUrl },
      backend: {
        baseUrl,
        listen: { port },
        cors: { origin: baseUrl },
        database: { client: 'better-sqlite3', connection: ':memory:' },
      },
      catalog: { processingInterval: { seconds: 2 } },
      // Templates publish into a folder of this run, not the demo's .data.
      localRepositories: { root: join(dir, 'repositories') },
    }),
  );
  let output = '';
  // The backend runs as `backstage-cli package start` runs it (same
  // transform, entry and environment) but without the CLI's file watcher,
  // which restarts the backend, and so empties its in-memory database,
  // whenever a source file it loaded changes while the tests run.
  const child = spawn(
    process.execPath,
    [
      '--enable-source-maps',
      '--require',
      join(root, 'node_modules/@backstage/cli-node/config/nodeTransform.cjs'),
      'src/index',
      '--config',
      join(root, 'app-config.yaml'),
      '--config',
      override,
    ],
    {
      cwd: join(root, 'packages/backend'),
      env: {
        ...process.env,
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        ESBK_TSCONFIG_PATH: join(root, 'tsconfig.json'),
      },
      detached: true,
    },
  );
  child.stdout?.on('data', d => (output += d));
  child.stderr?.on('data', d => (output += d));
  const log = () => output;
  /** Stops the backend's process group; SIGKILL if SIGTERM is not enough. */
  const stop = async () => {
    if (!child.pid || child.exitCode !== null) return;
    const exited = new Promise(r => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    const timer = setTimeout(() => {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }, 30_000);
    await exited;
    clearTimeout(timer);
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
    // The seeded records arrive once the catalog has read the examples.
    await until(
      'the demo governance records',
      async () => {
        const auth = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
          headers: { 'X-Requested-With': 'XMLHttpRequest' },
        });
        const token = (await auth.json()).backstageIdentity.token;
        const res = await fetch(
          `${baseUrl}/api/ai-governance/entities/aisystem/default/coding-assistant/scorecard`,
          {
            headers: { Authorization: `Bearer ${token}` },
          },
        );
        return res.ok && (await res.json()).level !== 'none' ? true : undefined;
      },
      child,
      log,
    );
  } catch (e) {
    // Do not leave the backend running when it never became ready.
    await stop();
    throw e;
  }
  return { baseUrl, stop, repositoriesDir: join(dir, 'repositories') };
}

/** A Backstage token of the demo's guest (a governance officer). */
export async function guestToken(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`guest sign-in answered ${res.status}`);
  return (await res.json()).backstageIdentity.token;
}

/** Debian's Chromium, headless, with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens a page of the portal, signed in as the guest (a governance officer). */
export async function openAsGuest(
  browser: Browser,
  portal: Portal,
  path: string,
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
  });
  await page.goto(`${portal.baseUrl}${path}`);
  // `isVisible` does not wait (its timeout is ignored), and the sign-in page
  // appears only once the app has loaded: wait for it or for the signed-in
  // sidebar, whichever comes first.
  const enter = page.getByRole('button', { name: 'Enter' });
  // The nav element itself has no size; its links do.
  const sidebar = page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link')
    .first();
  await enter.or(sidebar).first().waitFor({ timeout: 60_000 });
  if (await enter.isVisible()) await enter.click();
  await sidebar.waitFor({ timeout: 60_000 });
  return page;
}

/**
 * Saves a screenshot under test/artifacts as evidence of what the test saw:
 * the whole page, or only `part` of it (e.g. one section of a long page).
 */
export async function screenshot(page: Page, name: string, part?: Locator) {
  mkdirSync(artifacts, { recursive: true });
  const path = join(artifacts, `${name}.png`);
  if (part) {
    await part.screenshot({ path });
    return;
  }
  // Pages such as /ai-governance scroll inside their content area, not the
  // document, so a full-page shot would stop at the window: make the window
  // as tall as the tallest scrolled content for the shot.
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => {
    let max = document.documentElement.scrollHeight;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const overflow = getComputedStyle(el).overflowY;
      if (
        (overflow === 'auto' || overflow === 'scroll') &&
        el.scrollHeight > el.clientHeight
      ) {
        max = Math.max(
          max,
          el.getBoundingClientRect().top + window.scrollY + el.scrollHeight,
        );
      }
    }
    return Math.ceil(max);
  });
  const grow = viewport && height > viewport.height;
  if (grow)
    await page.setViewportSize({
      width: viewport.width,
      height: Math.min(height, 12_000),
    });
  try {
    await page.screenshot({ path, fullPage: true });
  } finally {
    if (grow) await page.setViewportSize(viewport);
  }
}
