import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { guestToken, root, screenshot, useBrowserPortal } from './portal';

/*
 * The change loop as an engineer meets it: a model version bumped in the
 * catalog file opens a revalidation on My tasks, completing it with a piece
 * of evidence clears the scorecard's flag; and a revalidation left overdue
 * holds a system at bronze until it is done. The portal reads a copy of the
 * demo catalog, which the test edits as a commit would, and syncs with the
 * catalog every few seconds instead of every five minutes.
 */
const examples = mkdtempSync(join(tmpdir(), 'aigov-examples-'));
cpSync(join(root, 'examples'), examples, { recursive: true });
afterAll(() => rmSync(examples, { recursive: true, force: true }));

const env = useBrowserPortal({
  config: {
    catalog: {
      locations: [
        { type: 'file', target: join(examples, 'all.yaml') },
        { type: 'file', target: join(root, 'templates/all.yaml') },
      ],
    },
    aiGovernance: {
      seed: { file: join(examples, 'governance-records.yaml') },
      catalogSync: { frequencyMinutes: 0.1 },
    },
  },
});

const CODING = '/catalog/default/aisystem/coding-assistant';
const UNDERWRITING = '/catalog/default/aisystem/life-health-underwriting';

/** Writes the catalog file with the coding assistant's model at `version`. */
function setCoderVersion(version: string) {
  const file = join(examples, 'ai-systems.yaml');
  const before = readFileSync(file, 'utf8');
  const after = before.replace(
    /(- name: open-coder-15b\n\s+version: )'[^']*'/,
    `$1'${version}'`,
  );
  expect(after).not.toBe(before);
  writeFileSync(file, after);
}

/** Waits until My tasks has loaded its teams' section, with tasks or without. */
async function teamTasksLoaded(page: Page) {
  await page
    .getByRole('table', { name: "My teams' tasks" })
    .or(page.getByText('Your teams have no open tasks.'))
    .waitFor({ timeout: 60_000 });
}

/** Reloads My tasks until `button` is on it, as a person refreshing would. */
async function reloadUntilButton(page: Page, button: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    await teamTasksLoaded(page);
    if (await page.getByRole('button', { name: button }).isVisible()) return;
    if (Date.now() > deadline) {
      await screenshot(page, 'e2e-change-failed');
      throw new Error(`My tasks never showed "${button}"`);
    }
    await page.waitForTimeout(2_000);
    await page.reload();
  }
}

/** The scorecard of the AI system overview card, once it has loaded. */
async function scorecard(page: Page) {
  const card = page.getByRole('heading', { name: 'Governance scorecard' });
  await card.waitFor();
  return page.locator('main');
}

async function completeIn(page: Page, button: string, outcome: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: 'Complete task' });
  await dialog.waitFor();
  await dialog.getByRole('textbox', { name: 'Outcome' }).fill(outcome);
  // Link the first piece of the system's evidence.
  await dialog.getByRole('checkbox').first().check();
  await dialog.getByRole('button', { name: 'Complete task' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page
    .getByRole('button', { name: button })
    .waitFor({ state: 'detached' });
}

async function tasksOf(name: string) {
  const token = await guestToken(env.portal.baseUrl);
  const res = await fetch(
    `${env.portal.baseUrl}/api/ai-governance/entities/aisystem/default/${name}/tasks`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(res.status).toBe(200);
  return (await res.json()).items as Array<{
    kind: string;
    status: string;
    evidenceIds: string[];
    outcome: string | null;
  }>;
}

describe('the change loop in the browser', () => {
  it('opens a revalidation on My tasks when a model version changes in the catalog file, and clears the flag once it is done', async () => {
    const complete = 'Complete Revalidate the AI system of coding-assistant';
    const page = await env.open('/ai-governance/tasks');
    await page
      .getByRole('main')
      .getByRole('heading', { name: 'My tasks' })
      .waitFor();
    await teamTasksLoaded(page);
    expect(await page.getByRole('button', { name: complete }).count()).toBe(0);

    setCoderVersion('1.3');
    await reloadUntilButton(page, complete);
    await screenshot(page, 'e2e-change-01-my-tasks');

    const overview = await env.open(CODING);
    const main = await scorecard(overview);
    await main.getByText('Revalidation due', { exact: true }).waitFor();
    await main.getByText('gold', { exact: true }).waitFor();

    await completeIn(
      page,
      complete,
      'Re-ran the evaluation suite on open-coder-15b 1.3: pass rates within a point of 1.2.',
    );
    const revalidation = (await tasksOf('coding-assistant')).find(
      t => t.kind === 'revalidation',
    );
    expect(revalidation).toMatchObject({ status: 'done' });
    expect(revalidation!.evidenceIds).toHaveLength(1);

    await overview.reload();
    await scorecard(overview);
    await main.getByText('gold', { exact: true }).waitFor();
    expect(
      await main.getByText('Revalidation due', { exact: true }).count(),
    ).toBe(0);
  });

  it('holds a system with an overdue revalidation at bronze, and gives its level back once the revalidation is done', async () => {
    const page = await env.open(UNDERWRITING);
    const main = await scorecard(page);
    await main.getByText('bronze', { exact: true }).waitFor();
    await main.getByText('Revalidation overdue', { exact: true }).waitFor();
    await main.getByText(/Complete the overdue revalidation/).waitFor();

    const tab = await env.open(`${UNDERWRITING}/governance`);
    await tab
      .getByRole('tablist', { name: 'Governance sections' })
      .getByRole('tab', { name: 'Tasks' })
      .click();
    await completeIn(
      tab,
      'Complete Revalidate the AI system of life-health-underwriting',
      'Validated 3.2.0 on the 2026 holdout: calibration and loading disparities as for 3.1.0.',
    );

    await page.reload();
    await scorecard(page);
    await main.getByText('silver', { exact: true }).waitFor();
    expect(
      await main.getByText('Revalidation overdue', { exact: true }).count(),
    ).toBe(0);
  });
});
