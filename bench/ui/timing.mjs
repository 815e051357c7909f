/*
 * How bench/ui.mjs times a page load in the browser: checks run in the page
 * on every animation frame until it is ready, read from performance.now().
 */

/** How long a page may take to load or to become ready. */
export const PAGE_TIMEOUT_MS = 120_000;

/*
 * Readiness checks, run in the page on every animation frame. They return
 * performance.now() (milliseconds since navigation start) once the page is
 * ready, false until then.
 */

/** The risk register table shows rows and the create button can be used. */
export function governanceReady() {
  const createLabels = ['Record a risk', 'New risk', 'Record the first risk'];
  const button = [...document.querySelectorAll('button')].find(b =>
    createLabels.includes((b.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
  if (!button || button.disabled) return false;
  // The register is the table with a Dates column (due and next review);
  // the heat maps are tables too.
  const table = [...document.querySelectorAll('table')].find(t =>
    [...t.querySelectorAll('th')].some(th =>
      /^Dates$/i.test((th.textContent ?? '').trim()),
    ),
  );
  // Data rows carry their Edit button; the empty "no match" row does not.
  const rows = table
    ? [...table.querySelectorAll('tbody tr')].filter(tr =>
        tr.querySelector('button'),
      )
    : [];
  return rows.length > 0 ? performance.now() : false;
}

/** The About card shows the entity's description. */
export function overviewReady(description) {
  const heading = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].find(
    h => (h.textContent ?? '').trim() === 'About',
  );
  const card =
    heading?.closest('article') ??
    heading?.parentElement?.parentElement?.parentElement;
  const text = (card?.textContent ?? '').replace(/\s+/g, ' ');
  return text.includes(description) ? performance.now() : false;
}

/** The signed-in app shell: the sidebar shows its links. */
function shellReady() {
  return document.querySelector('nav[aria-label="sidebar nav"] a')
    ? performance.now()
    : false;
}

/** Milliseconds from navigation start to `ready`, and to the app shell. */
export async function timeLoad(context, url, ready, arg) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: PAGE_TIMEOUT_MS });
    const poll = { polling: 'raf', timeout: PAGE_TIMEOUT_MS };
    const [handle, shellHandle] = await Promise.all([
      page.waitForFunction(ready, arg, poll),
      page.waitForFunction(shellReady, undefined, poll),
    ]);
    const ms = await handle.jsonValue();
    const shell = await shellHandle.jsonValue();
    // The guest is signed in once per context; a sign-in page here would
    // mean the timing includes a click, so refuse it.
    if (await page.getByRole('button', { name: 'Enter' }).count())
      throw new Error('the sign-in page showed up');
    return { ms, shell };
  } finally {
    await page.close();
  }
}

/** Milliseconds as the samples and medians are printed. */
export const fmt = ms => `${ms.toFixed(0).padStart(6)} ms`;
