import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../harness/chromium';
import { guestToken, root } from '../harness/portal';
import type { FrontendSystem } from './readmeSteps';

/*
 * What a platform team looks at once the suite is installed, in Chromium:
 * the fixture AiSystem's Governance tab with its records loaded, the AI
 * Governance page, and the questionnaire field inside a template. Any answer
 * of the governance API at 400 or above fails the check.
 */

const SYSTEM = 'support-reply-assistant';
const SYSTEM_TITLE = 'Support reply assistant';
const TEMPLATE = 'classify-ai-use-case';
const WAIT = { timeout: 60_000 };
const artifacts = path.join(root, 'test/artifacts');

async function waitForEntity(baseUrl: string, token: string) {
  const url = `${baseUrl}/api/catalog/entities/by-name/aisystem/default/${SYSTEM}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const res = await fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (res.ok) return;
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `the catalog never served ${SYSTEM}: is AiSystem allowed in catalog.rules?`,
  );
}

/** The scaffolder lists the suite's actions. */
async function checkActions(baseUrl: string, token: string) {
  const res = await fetch(`${baseUrl}/api/scaffolder/v2/actions`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const ids = ((await res.json()) as { id: string }[]).map(a => a.id);
  for (const id of [
    'ai-governance:classify',
    'ai-governance:assessment:create',
  ]) {
    if (!ids.includes(id))
      throw new Error(`the scaffolder has no action ${id}`);
  }
}

async function signIn(page: Page, url: string) {
  await page.goto(url);
  const enter = page.getByRole('button', { name: 'Enter' });
  const signedIn = page.getByRole('navigation').getByRole('link').first();
  await enter.or(signedIn).first().waitFor(WAIT);
  if (await enter.isVisible()) await enter.click();
  await signedIn.waitFor(WAIT);
}

/** Checks the installed suite in a stock app served at `baseUrl`; throws naming what is missing. */
export async function browseStockApp(
  baseUrl: string,
  system: FrontendSystem,
): Promise<void> {
  const token = await guestToken(baseUrl);
  await waitForEntity(baseUrl, token);
  await checkActions(baseUrl, token);

  const browser = await launchChromium();
  const refused: string[] = [];
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
    });
    page.on('response', response => {
      if (
        response.status() >= 400 &&
        response.url().includes('/api/ai-governance')
      ) {
        refused.push(
          `${response
            .request()
            .method()} ${response.url()} → ${response.status()}`,
        );
      }
    });
    await signIn(page, `${baseUrl}/catalog/default/aisystem/${SYSTEM}`);

    const step = async (what: string, fn: () => Promise<unknown>) => {
      try {
        await fn();
      } catch (e) {
        // What the page showed is the first thing to read when a step fails.
        fs.mkdirSync(artifacts, { recursive: true });
        await page
          .screenshot({ path: path.join(artifacts, `stock-app-${system}.png`) })
          .catch(() => undefined);
        throw new Error(
          `${system} frontend system: ${what}: ${
            (e as Error).message.split('\n')[0]
          }`,
        );
      }
    };
    await step('the AiSystem page', () =>
      page.getByRole('heading', { name: SYSTEM_TITLE }).first().waitFor(WAIT),
    );
    await step('the Governance tab', async () => {
      // A tab in the legacy entity layout, a link in the new one.
      await page
        .getByRole('tab', { name: 'Governance', exact: true })
        .or(page.getByRole('link', { name: 'Governance', exact: true }))
        .first()
        .click();
      await page
        .getByRole('tablist', { name: 'Governance sections' })
        .getByRole('tab', { name: 'Risk register' })
        .waitFor(WAIT);
      // Drawn once the records service answered: no risks recorded yet.
      await page
        .getByRole('heading', { name: 'No risks recorded yet' })
        .waitFor(WAIT);
    });
    await step('the AI Governance page', async () => {
      await page.goto(`${baseUrl}/ai-governance`);
      await page
        .getByRole('heading', { name: 'AI governance' })
        .first()
        .waitFor(WAIT);
      await page
        .getByRole('heading', { name: 'Organisation overview' })
        .waitFor(WAIT);
    });
    await step('the questionnaire field in a template', async () => {
      await page.goto(`${baseUrl}/create/templates/default/${TEMPLATE}`);
      await page
        .getByText('Classification questionnaire')
        .first()
        .waitFor(WAIT);
      // The live result of the answers, which only the field draws.
      await page
        .getByRole('heading', { name: 'Resulting tier:' })
        .waitFor(WAIT);
      await page.getByRole('checkbox').first().waitFor(WAIT);
    });
    if (refused.length) {
      throw new Error(
        `${system} frontend system: the governance API refused:\n${refused.join(
          '\n',
        )}`,
      );
    }
  } finally {
    await browser.close();
  }
}
