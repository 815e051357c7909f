import {
  chromium,
  type Browser,
  type Locator,
  type Page,
} from 'playwright-core';

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

/**
 * Opens `path` of the portal at `baseUrl` in a new page, signed in as the
 * guest (a governance officer), once the signed-in app shows its sidebar.
 */
export async function openSignedIn(
  browser: Browser,
  baseUrl: string,
  path: string,
  viewport = { width: 1440, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  // When a journey fails, what the API refused is the first thing to read.
  page.on('response', response => {
    if (response.status() >= 400 && response.url().includes('/api/')) {
      response.text().then(
        body =>
          console.warn(
            `${response
              .request()
              .method()} ${response.url()} answered ${response.status()}: ${body.slice(
              0,
              500,
            )}`,
          ),
        () => undefined,
      );
    }
  });
  page.on('pageerror', error => console.warn(`page error: ${error.message}`));
  await page.goto(`${baseUrl}${path}`);
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
 * Saves a PNG of the whole page at `path`, or only of `part` of it (e.g. one
 * section of a long page).
 */
export async function savePageShot(page: Page, path: string, part?: Locator) {
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
