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

import { bounded, cleanupOnExit, median } from './lib/script.mjs';
import { harness } from './lib/workspace.mjs';
import { opts, REPS, RISKS, SYSTEM, TARGET } from './ui/options.mjs';
import { countRisks, entityDescription, seedRisks } from './ui/seed.mjs';
import {
  fmt,
  governanceReady,
  overviewReady,
  PAGE_TIMEOUT_MS,
  timeLoad,
} from './ui/timing.mjs';

const { launchChromium, startBackend } = harness;

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
