#!/usr/bin/env node
/*
 * UI benchmark of the AI system Governance tab. Run by hand, after
 * `yarn workspace app build`; it prints figures and is not a timed test.
 * See bench/README.md ("UI benchmark: the Governance tab").
 *
 *   node bench/ui.mjs [--risks 200] [--reps 5] [--system customer-support-assistant]
 *
 * It boots the demo portal through the tests' harness (@aigov/test), as the
 * browser tests do (the real backend serving the built app, the demo
 * catalog and governance records, an in-memory SQLite database, on
 * 127.0.0.1 only), records --risks extra risks on one AI system through the
 * API as the guest, and then, in Debian's Chromium launched by the same
 * harness, with the e2e flags, times in the same run and in
 * alternating order, --reps times each:
 *   - governance: navigation start → the Governance tab is interactive
 *     (rows of the risk register table rendered and the create button enabled)
 *   - overview:   navigation start → the same entity's overview tab shows its
 *     About card with the entity's description
 * Times are read in the page (performance.now(), whose origin is the
 * navigation start), checked on every animation frame. It prints each
 * sample, both medians and their ratio against the target of 1.5×, and
 * exits with 1 when the ratio is over the target (2 on an error). For
 * reference it also prints when the signed-in app shell appeared.
 */

import { bounded, cleanupOnExit, commandLine, median } from './lib/script.mjs';
import { harness } from './lib/workspace.mjs';

const { guestToken, launchChromium, startBackend } = harness;

// --- options -----------------------------------------------------------------

const USAGE = `Usage: node bench/ui.mjs [options]

  --risks N     risks to record on the AI system before timing (default 200, at most 5000)
  --reps N      timed page loads per page, after one warm-up each (default 5, at most 50)
  --system NAME the AiSystem (namespace default) to time (default customer-support-assistant)
  --port N      port of the backend on 127.0.0.1 (default: a free one)
  --target X    the governance/overview ratio to meet (default 1.5)

Needs the built app (yarn workspace app build) and /usr/bin/chromium.`;

const opts = commandLine(USAGE, {
  risks: { type: 'string', default: '200' },
  reps: { type: 'string', default: '5' },
  system: { type: 'string', default: 'customer-support-assistant' },
  port: { type: 'string' },
  target: { type: 'string', default: '1.5' },
});

const RISKS = bounded('risks', opts.risks, 0, 5000);
const REPS = bounded('reps', opts.reps, 1, 50);
const TARGET = Number(opts.target);
if (!(TARGET > 0)) throw new Error('--target must be a positive number');
const SYSTEM = opts.system;
if (!/^[a-z0-9][a-z0-9._-]*$/i.test(SYSTEM))
  throw new Error('--system must be an entity name');

const SEED_CONCURRENCY = 8;
const PAGE_TIMEOUT_MS = 120_000;

// --- clean-up ----------------------------------------------------------------

// The portal and the browser, stopped on success, errors and Ctrl-C alike.
const { cleanups, cleanUp } = cleanupOnExit();

// --- the portal ----------------------------------------------------------------

/** The demo portal serving the built app (the tests' harness). */
async function startPortal() {
  const port = opts.port ? bounded('port', opts.port, 1024, 65535) : undefined;
  const portal = await startBackend({ app: true, port });
  cleanups.push(() => portal.stop());
  return portal;
}

// --- seeding -------------------------------------------------------------------

const CATEGORIES = [
  'fairness',
  'robustness',
  'privacy',
  'security',
  'transparency',
  'safety',
  'supplier',
];
const STAGES = ['design', 'development', 'deployment', 'operation'];
const TREATMENTS = ['mitigate', 'avoid', 'transfer'];
const STATUSES = ['open', 'treating', 'closed'];

/** A varied but reproducible risk, so the table and heat maps look like a real register. */
function benchRisk(i) {
  const likelihood = (i % 5) + 1;
  const impact = ((i * 3) % 5) + 1;
  const residual =
    i % 3 === 0
      ? {}
      : {
          residualLikelihood: Math.max(1, likelihood - 1),
          residualImpact: impact,
        };
  const month = String((i % 12) + 1).padStart(2, '0');
  return {
    title: `Bench risk ${String(i + 1).padStart(4, '0')}: ${
      CATEGORIES[i % CATEGORIES.length]
    } issue in the ${STAGES[i % STAGES.length]} stage`,
    description:
      'Recorded by bench/ui.mjs to time the Governance tab with a large risk register.',
    category: CATEGORIES[i % CATEGORIES.length],
    lifecycleStage: STAGES[i % STAGES.length],
    likelihood,
    impact,
    treatment: TREATMENTS[i % TREATMENTS.length],
    treatmentPlan: 'Bench treatment plan.',
    status: STATUSES[i % STATUSES.length],
    owner: 'group:default/customer-experience',
    dueDate: `2027-${month}-15`,
    nextReviewDate: `2027-${month}-28`,
    ...residual,
  };
}

async function seedRisks(baseUrl, count) {
  const url = `${baseUrl}/api/ai-governance/entities/aisystem/default/${encodeURIComponent(
    SYSTEM,
  )}/risks`;
  let token = await guestToken(baseUrl);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      let res;
      for (let attempt = 0; attempt < 3; attempt++) {
        res = await fetch(url, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify(benchRisk(i)),
        });
        if (res.status !== 401) break;
        token = await guestToken(baseUrl); // expired; sign in again
      }
      if (res.status !== 201) {
        throw new Error(
          `recording risk ${i + 1} failed: ${res.status} ${await res.text()}`,
        );
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(SEED_CONCURRENCY, count) }, worker),
  );
}

async function countRisks(baseUrl) {
  const token = await guestToken(baseUrl);
  let total = 0;
  let cursor;
  for (let page = 0; page < 100; page++) {
    const query = new URLSearchParams({
      limit: '200',
      ...(cursor ? { cursor } : {}),
    });
    const res = await fetch(
      `${baseUrl}/api/ai-governance/entities/aisystem/default/${encodeURIComponent(
        SYSTEM,
      )}/risks?${query}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    if (!res.ok) throw new Error(`listing risks failed: ${res.status}`);
    const body = await res.json();
    total += body.items.length;
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return total;
}

async function entityDescription(baseUrl) {
  const token = await guestToken(baseUrl);
  const res = await fetch(
    `${baseUrl}/api/catalog/entities/by-name/aisystem/default/${encodeURIComponent(
      SYSTEM,
    )}`,
    {
      headers: { Authorization: `Bearer ${token}` },
    },
  );
  if (!res.ok)
    throw new Error(
      `the catalog has no aisystem:default/${SYSTEM} (${res.status})`,
    );
  const entity = await res.json();
  const description = (entity.metadata.description ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!description)
    throw new Error(
      `aisystem:default/${SYSTEM} has no description to wait for`,
    );
  return description.slice(0, 60);
}

// --- timing --------------------------------------------------------------------

/*
 * Readiness checks, run in the page on every animation frame. They return
 * performance.now() (milliseconds since navigation start) once the page is
 * ready, false until then.
 */

/** The risk register table shows rows and the create button can be used. */
function governanceReady() {
  const createLabels = ['Record a risk', 'New risk', 'Record the first risk'];
  const button = [...document.querySelectorAll('button')].find(b =>
    createLabels.includes((b.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
  if (!button || button.disabled) return false;
  const table = [...document.querySelectorAll('table')].find(t =>
    [...t.querySelectorAll('th')].some(th =>
      /^Next review$/i.test((th.textContent ?? '').trim()),
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
function overviewReady(description) {
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
async function timeLoad(context, url, ready, arg) {
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

const fmt = ms => `${ms.toFixed(0).padStart(6)} ms`;

// --- main ------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  console.log(
    `UI benchmark: Governance tab vs overview of aisystem:default/${SYSTEM}`,
  );
  const portal = await startPortal();
  console.log(
    `portal ready at ${portal.baseUrl} in ${(
      (Date.now() - started) /
      1000
    ).toFixed(1)} s`,
  );

  const seedStart = Date.now();
  await seedRisks(portal.baseUrl, RISKS);
  const total = await countRisks(portal.baseUrl);
  console.log(
    `recorded ${RISKS} risks in ${((Date.now() - seedStart) / 1000).toFixed(
      1,
    )} s; the system now has ${total} risks`,
  );
  const description = await entityDescription(portal.baseUrl);

  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
  });

  // Sign in once; the app remembers the guest provider for the context.
  const overviewUrl = `${portal.baseUrl}/catalog/default/aisystem/${SYSTEM}`;
  const governanceUrl = `${overviewUrl}/governance`;
  const signIn = await context.newPage();
  await signIn.goto(overviewUrl, { timeout: PAGE_TIMEOUT_MS });
  await signIn
    .getByRole('button', { name: 'Enter' })
    .click({ timeout: PAGE_TIMEOUT_MS });
  await signIn.waitForFunction(overviewReady, description, {
    polling: 'raf',
    timeout: PAGE_TIMEOUT_MS,
  });
  await signIn.close();

  const pages = {
    governance: {
      url: governanceUrl,
      ready: governanceReady,
      arg: undefined,
      samples: [],
    },
    overview: {
      url: overviewUrl,
      ready: overviewReady,
      arg: description,
      samples: [],
    },
  };
  // One warm-up load each (browser cache, lazy chunks, backend caches), not counted.
  for (const p of Object.values(pages))
    await timeLoad(context, p.url, p.ready, p.arg);

  for (let rep = 0; rep < REPS; rep++) {
    // Alternate the order so neither page always runs second.
    const order =
      rep % 2 === 0 ? ['governance', 'overview'] : ['overview', 'governance'];
    for (const name of order) {
      const p = pages[name];
      const sample = await timeLoad(context, p.url, p.ready, p.arg);
      p.samples.push(sample);
      console.log(
        `  rep ${rep + 1}/${REPS} ${name.padEnd(10)} ${fmt(
          sample.ms,
        )}  (app shell ${fmt(sample.shell)})`,
      );
    }
  }

  const stats = p => {
    const ms = median(p.samples.map(x => x.ms));
    const shell = median(p.samples.map(x => x.shell));
    const afterShell = median(p.samples.map(x => x.ms - x.shell));
    return { ms, shell, afterShell };
  };
  const governance = stats(pages.governance);
  const overview = stats(pages.overview);
  const ratio = governance.ms / overview.ms;
  const line = (label, value) => console.log(`${label.padEnd(46)}${value}`);
  console.log('');
  line('risks on the system:', String(total));
  line(
    'median, Governance tab interactive:',
    `${fmt(governance.ms)}  (${REPS} loads)`,
  );
  line(
    'median, overview About card rendered:',
    `${fmt(overview.ms)}  (${REPS} loads)`,
  );
  line(
    'ratio governance / overview:',
    `${ratio.toFixed(2)}×  (target ≤ ${TARGET}×: ${
      ratio <= TARGET ? 'met' : 'NOT met'
    })`,
  );
  line(
    'for reference, median app shell (sidebar):',
    `${fmt(governance.shell)} governance, ${fmt(overview.shell)} overview`,
  );
  line(
    'for reference, median after the shell:',
    `${fmt(governance.afterShell)} governance, ${fmt(
      overview.afterShell,
    )} overview`,
  );
  console.log(
    JSON.stringify({
      system: `aisystem:default/${SYSTEM}`,
      risks: total,
      reps: REPS,
      governanceMs: pages.governance.samples.map(x => Math.round(x.ms)),
      overviewMs: pages.overview.samples.map(x => Math.round(x.ms)),
      medianGovernanceMs: Math.round(governance.ms),
      medianOverviewMs: Math.round(overview.ms),
      ratio: Number(ratio.toFixed(3)),
      target: TARGET,
      medianShellMs: {
        governance: Math.round(governance.shell),
        overview: Math.round(overview.shell),
      },
    }),
  );
  if (ratio > TARGET) process.exitCode = 1;
}

try {
  await main();
} catch (e) {
  console.error(e?.stack ?? String(e));
  process.exitCode = 2;
} finally {
  await cleanUp();
}
