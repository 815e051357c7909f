#!/usr/bin/env node
/*
 * Refreshes the README's screenshots (docs/images/*.png) from the demo
 * portal as a newcomer sees it: the real backend serving the production
 * build of the app (`yarn workspace app build` first), the demo catalog and
 * governance records, the guest signed in, Debian's Chromium at 1440×900.
 *
 *   node scripts/screenshots.mjs [name ...]
 *
 * Without names it takes every shot below. The two template shots
 * (template-*.png) come from running a template and are not retaken here.
 */

import { join } from 'node:path';
import { harness } from '../bench/lib/workspace.mjs';

const { launchChromium, openSignedIn, root, savePageShot, startBackend } =
  harness;

/** The demo's open serious incident (examples/governance-records.yaml). */
const SERIOUS_INCIDENT =
  'Applicants with non-Latin names refused at the identity match';

/**
 * Each shot: the page, what shows it has loaded, what to click first to
 * open what is shown (optional), what part to take (the page otherwise) and
 * the window's size (1440×900 otherwise).
 */
const SHOTS = {
  'aisystem-entity-page': {
    path: '/catalog/default/aisystem/life-health-underwriting',
    ready: page => page.getByRole('heading', { name: 'Governance scorecard' }),
  },
  'catalog-aisystems': {
    path: '/catalog?filters%5Bkind%5D=aisystem&filters%5Buser%5D=all',
    ready: page =>
      page.getByRole('link', { name: /coding-assistant|Coding assistant/ }),
  },
  'governance-tab-risk-register': {
    path: '/catalog/default/aisystem/customer-support-assistant/governance',
    ready: page => page.getByRole('button', { name: /Record a risk/ }),
  },
  'org-dashboard': {
    path: '/ai-governance',
    ready: page => page.getByRole('table').first(),
  },
  incidents: {
    path: '/ai-governance/incidents',
    ready: page => page.getByRole('table').first(),
  },
  'incident-detail': {
    path: '/catalog/default/aisystem/retail-credit-scoring/governance?section=incidents',
    ready: page => page.getByRole('button', { name: SERIOUS_INCIDENT }),
    open: page => page.getByRole('button', { name: SERIOUS_INCIDENT }).click(),
    part: page => page.getByRole('region', { name: SERIOUS_INCIDENT }),
  },
  clauses: {
    path: '/ai-governance/aims/clauses',
    ready: page => page.getByRole('table').first(),
    // Clause 6 shows each kind of row: recorded, pre-filled with its figures, not assessed.
    part: page => page.getByRole('region', { name: /^6 / }),
  },
  'management-review': {
    path: '/ai-governance/aims/reviews',
    ready: page => page.getByRole('table', { name: 'Management reviews' }),
    // The demo's past review: its decisions, its actions (one still open)
    // and the first of the inputs frozen when it was created, in a window
    // tall enough for them (the page scrolls inside itself).
    viewport: { width: 1440, height: 1900 },
    open: page =>
      page
        .getByRole('button', { name: 'First management review of the AIMS' })
        .click(),
    part: page => page.locator('[data-backstage-core-page]'),
  },
  readiness: {
    // A fixed sample id, so the shot shows the same stage 2 sample each time.
    path: '/ai-governance/aims/readiness?sampleId=readme',
    ready: page =>
      page.getByRole('table', {
        name: 'Stage 2: operating evidence on a sample',
      }),
  },
  'my-tasks': {
    path: '/ai-governance/tasks',
    ready: page => page.getByRole('table', { name: "My teams' tasks" }),
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!SHOTS[name]) {
    console.error(
      `No shot named ${name}; known: ${Object.keys(SHOTS).join(', ')}`,
    );
    process.exit(2);
  }
}

const portal = await startBackend({ app: true });
const browser = await launchChromium();
try {
  for (const [name, shot] of Object.entries(SHOTS)) {
    if (wanted.length && !wanted.includes(name)) continue;
    const page = await openSignedIn(
      browser,
      portal.baseUrl,
      shot.path,
      shot.viewport,
    );
    await shot.ready(page).first().waitFor({ timeout: 60_000 });
    await shot.open?.(page);
    const part = shot.part?.(page);
    await part?.waitFor();
    // Let charts, chips and late cards settle before the shot.
    await page.waitForLoadState('networkidle');
    const file = join(root, 'docs/images', `${name}.png`);
    await savePageShot(page, file, part);
    console.log(`saved ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await portal.stop();
}
