import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  launchChromium,
  openSignedIn,
  savePageShot,
} from '../harness/chromium';
import {
  root,
  startBackend,
  type Backend,
  type BackendOptions,
} from '../harness/portal';

/*
 * The demo portal as a person meets it: the real backend, serving the
 * production build of the app (`yarn workspace app build`), the demo
 * catalog and governance records, driven by Debian's Chromium. The backend
 * boots through the harness, as in every other test and the benchmarks.
 */

export { guestToken, root } from '../harness/portal';
export { launchChromium };

export const artifacts = join(root, 'test/artifacts');

/** A running demo portal on its own port and in-memory database. */
export type Portal = Backend;

/**
 * Starts the demo backend (which serves the built app unless `app` is false)
 * and waits for the seeded governance records.
 */
export function startPortal(options: BackendOptions = {}): Promise<Portal> {
  return startBackend({ ...options, app: options.app ?? true });
}

/** The demo portal in Chromium for the tests of one file. */
export interface BrowserPortal {
  /** The running portal; set once the tests start. */
  readonly portal: Portal;
  /** Opens a page signed in as the guest; it is closed after the test. */
  open(path: string): Promise<Page>;
}

/**
 * Starts the portal and Chromium before the tests of this file and stops
 * them after, closing the pages each test opened once it ends. The tests get
 * the minutes a boot and a journey through the portal take.
 */
export function useBrowserPortal(
  /** How to start the portal (more configuration, say); the tests' defaults otherwise. */
  options: BackendOptions = {},
): BrowserPortal {
  jest.setTimeout(300_000);
  let portal: Portal | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    portal = await startPortal(options);
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => {});
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });
  return {
    get portal() {
      return portal!;
    },
    async open(path: string) {
      const page = await openAsGuest(browser!, portal!, path);
      pages.push(page);
      return page;
    },
  };
}

/** Opens a page of the portal, signed in as the guest (a governance officer). */
export function openAsGuest(
  browser: Browser,
  portal: Portal,
  path: string,
): Promise<Page> {
  return openSignedIn(browser, portal.baseUrl, path);
}

/**
 * Saves a screenshot under test/artifacts as evidence of what the test saw:
 * the whole page, or only `part` of it (e.g. one section of a long page).
 */
export async function screenshot(page: Page, name: string, part?: Locator) {
  mkdirSync(artifacts, { recursive: true });
  await savePageShot(page, join(artifacts, `${name}.png`), part);
}

/** Whether an element lies wholly inside the browser window as the user sees it (not the whole page). */
export async function inViewport(page: Page, what: Locator): Promise<boolean> {
  const viewport = page.viewportSize()!;
  const box = (await what.boundingBox())!;
  return (
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= viewport.height &&
    box.x + box.width <= viewport.width
  );
}

/**
 * Answers the questionnaire's last question, a general-purpose AI model
 * choice, as a user does (scrolled into view, then checked), and waits for
 * the obligations it brings.
 */
export async function answerLastQuestion(page: Page, last: Locator) {
  await last.scrollIntoViewIfNeeded();
  await last.check();
  await page
    .getByRole('list', {
      name: 'Obligations as provider of a general-purpose AI model',
    })
    .waitFor();
}
