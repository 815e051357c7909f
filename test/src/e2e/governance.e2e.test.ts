import type { Locator, Page, Request } from 'playwright-core';
import { screenshot, useBrowserPortal } from './portal';

/*
 * The governance journey as a governance officer walks it in the browser:
 * an AI system's overview card, its Governance tab (risk register, controls,
 * history), the owning team's card, a component's card and the org
 * dashboard. Everything is found by role, label or text, as a person would
 * find it; waits are Playwright's auto-waiting locators, never sleeps.
 *
 * The tests run in file order and build on each other: the risk and the
 * control changed here are what the scorecards, the dashboard and the
 * history are expected to show afterwards.
 */
const env = useBrowserPortal();
const { open } = env;

const SYSTEM = 'customer-support-assistant';
const SYSTEM_TITLE = 'Customer support assistant';
const OWNER_GROUP = 'customer-experience';
const OVERVIEW = `/catalog/default/aisystem/${SYSTEM}`;
const GOVERNANCE = `${OVERVIEW}/governance`;
/** Seeded as not started for this system in examples/governance-records.yaml. */
const CONTROL = 'A.7.4';

const stamp = Date.now().toString(36);
const RISK_TITLE = `E2E: assistant follows instructions hidden in a linked web page (${stamp})`;
const EVIDENCE_TITLE = `E2E: data quality checks for the transcripts set (${stamp})`;
const EVIDENCE_URL = `https://wiki.example.com/cx/support-assistant/data-quality-${stamp}`;

/** What the test saw before it changed anything, to compare with afterwards. */
const before: {
  implemented?: number;
  applicable?: number;
  compliance?: number;
  teamCompliance?: number;
} = {};
/** The AI system's compliance after the control changed, in percent. */
let complianceAfter: number | undefined;

/** The text of an element, whitespace collapsed. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

function parse(text: string, pattern: RegExp): RegExpMatchArray {
  const match = text.match(pattern);
  if (!match) throw new Error(`"${text}" does not match ${pattern}`);
  return match;
}

const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The scorecard's "n of m applicable implemented (p %)" line on an AI system's overview. */
function controlsLine(page: Page): Locator {
  return page.getByText(/^\d+ of \d+ applicable implemented \(\d+ %\)$/);
}

async function readControlsLine(page: Page) {
  const [, implemented, applicable, compliance] = parse(
    await textOf(controlsLine(page)),
    /^(\d+) of (\d+) applicable implemented \((\d+) %\)$/,
  );
  return {
    implemented: Number(implemented),
    applicable: Number(applicable),
    compliance: Number(compliance),
  };
}

/** The value next to a label in one of the cards' label/value lists. */
function fact(page: Page, label: string): Locator {
  return page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${escape(label)}$`) })
    .locator('xpath=following-sibling::*[1]');
}

/** The Governance tab's section tabs. */
async function openSection(page: Page, name: string): Promise<Locator> {
  await page
    .getByRole('tablist', { name: 'Governance sections' })
    .getByRole('tab', { name })
    .click();
  const panel = page.getByRole('tabpanel', { name });
  await panel.waitFor();
  return panel;
}

/** The risk register's table (the heat maps are tables too). */
function riskTable(page: Page): Locator {
  return page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Dates' }) });
}

/** A risk's title cell, which carries its category and stage under the title. */
function riskCell(table: Locator, title: string): Locator {
  return table.getByRole('cell', { name: new RegExp(`^${escape(title)} `) });
}

function inherentCell(page: Page, likelihood: number, impact: number) {
  return page
    .getByRole('table', { name: 'Inherent risk' })
    .getByRole('button', {
      name: new RegExp(
        `^Likelihood ${likelihood}, impact ${impact}: \\d+ risks?$`,
      ),
    });
}

async function countOf(cell: Locator): Promise<number> {
  const label = (await cell.getAttribute('aria-label')) ?? '';
  return Number(parse(label, /: (\d+) risks?$/)[1]);
}

const risks = (n: number) => `${n} ${n === 1 ? 'risk' : 'risks'}`;

/** The Statement of Applicability row of one control. */
function controlRow(page: Page, controlId: string): Locator {
  return page.getByRole('row', {
    name: new RegExp(`^Select ${escape(controlId)} `),
  });
}

describe('AI governance in the browser', () => {
  it('shows the AI system overview card with tier and scorecard level', async () => {
    const page = await open(OVERVIEW);
    await page.getByRole('heading', { name: SYSTEM_TITLE, level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Governance scorecard' }).waitFor();
    await page.getByText('limited risk', { exact: true }).waitFor();
    await page.getByText('bronze', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Missing for silver' }).waitFor();
    await controlsLine(page).waitFor();
    Object.assign(before, await readControlsLine(page));
    expect(before.applicable).toBeGreaterThan(0);
    expect(before.implemented).toBeLessThan(before.applicable!);
    await page.getByRole('link', { name: 'Open the Governance tab' }).waitFor();
    await screenshot(page, 'e2e-01-aisystem-overview');
  });

  it('shows the owning team card on the group page', async () => {
    const page = await open(`/catalog/default/group/${OWNER_GROUP}`);
    const compliance = fact(page, 'Control compliance');
    await compliance.waitFor();
    before.teamCompliance = Number(
      parse(await textOf(compliance), /^(\d+) %$/)[1],
    );
    await page
      .getByRole('table', {
        name: 'AI systems of this team and its child groups',
      })
      .getByRole('row', { name: new RegExp(`^${SYSTEM_TITLE} `) })
      .waitFor();
    // The team owns just this AI system, so their compliance is the same.
    expect(before.teamCompliance).toBe(before.compliance);
    await screenshot(page, 'e2e-02-group-card-before');
  });

  it('lists the seeded risks and records a new one through the dialog', async () => {
    const page = await open(GOVERNANCE);
    await page
      .getByRole('tab', { name: 'Risk register', selected: true })
      .waitFor();
    const table = riskTable(page);
    for (const seeded of [
      'Confident wrong answers about fees and hardship options',
      'Instructions smuggled in through knowledge base or chat content',
      'Customers share card numbers and health details in chat',
    ]) {
      await riskCell(table, seeded).waitFor();
    }
    const subtitle = page.getByText(/^\d+ risks?$/);
    const total = Number(parse(await textOf(subtitle), /^(\d+)/)[1]);
    expect(total).toBeGreaterThanOrEqual(8);
    const cell = inherentCell(page, 5, 5);
    const cellBefore = await countOf(cell);

    const create = page.getByRole('button', { name: 'Record a risk' });
    await create.click();
    const dialog = page.getByRole('dialog', { name: 'Record a risk' });
    await dialog.waitFor();
    await dialog.getByLabel(/^Title/).fill(RISK_TITLE);
    await dialog
      .getByLabel(/^Description/)
      .fill(
        'A customer pastes a link; the page carries hidden instructions the assistant obeys.',
      );
    await dialog.getByLabel(/^Category/).fill('security');
    await dialog.getByLabel(/^Life-cycle stage/).selectOption('operation');
    await dialog.getByLabel(/^Likelihood/).selectOption('5');
    await dialog.getByLabel(/^Impact/).selectOption('5');
    await dialog.getByText('Inherent score 25').waitFor();
    await dialog
      .getByRole('button', { name: 'Record risk', exact: true })
      .click();
    await dialog.waitFor({ state: 'hidden' });

    await riskCell(table, RISK_TITLE).waitFor();
    const row = table.getByRole('row', {
      name: new RegExp(
        `^${escape(RISK_TITLE)} security · operation 25 5 × 5 critical`,
      ),
    });
    await row.waitFor();
    await page.getByText(risks(total + 1), { exact: true }).waitFor();
    await page
      .getByRole('table', { name: 'Inherent risk' })
      .getByRole('button', {
        name: `Likelihood 5, impact 5: ${risks(cellBefore + 1)}`,
        exact: true,
      })
      .waitFor();
    expect(await countOf(cell)).toBe(cellBefore + 1);
    await screenshot(page, 'e2e-03-risk-created');
  });

  it('shows a field message and sends nothing when a risk has no title', async () => {
    const page = await open(GOVERNANCE);
    const posts: Request[] = [];
    page.on('request', request => {
      if (
        request.method() === 'POST' &&
        new URL(request.url()).pathname.endsWith('/risks')
      ) {
        posts.push(request);
      }
    });
    await page.getByRole('button', { name: 'Record a risk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a risk' });
    await dialog.waitFor();
    await dialog.getByLabel(/^Category/).fill('security');
    await dialog.getByLabel(/^Life-cycle stage/).selectOption('operation');
    await dialog.getByLabel(/^Likelihood/).selectOption('2');
    await dialog.getByLabel(/^Impact/).selectOption('2');
    await dialog
      .getByRole('button', { name: 'Record risk', exact: true })
      .click();

    const title = dialog.getByLabel(/^Title/);
    await dialog.locator('input[aria-invalid="true"]').first().waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await title.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const message = await textOf(page.locator(`[id="${describedBy}"]`));
    expect(message).toMatch(/must not be empty/);
    // Only the title is wrong: the other fields carry no message.
    expect(
      await dialog.getByLabel(/^Category/).getAttribute('aria-invalid'),
    ).toBe('false');
    expect(await dialog.isVisible()).toBe(true);
    await title.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-04-risk-validation');
    expect(posts).toHaveLength(0);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(posts).toHaveLength(0);
  });

  it('implements a control with link evidence, and the scorecards follow', async () => {
    const page = await open(GOVERNANCE);
    const panel = await openSection(page, 'Controls');
    const summary = panel.getByRole('region', { name: 'Summary' });
    await summary
      .getByRole('heading', {
        name: `${before.implemented} / ${before.applicable}`,
      })
      .waitFor();

    const row = controlRow(page, CONTROL);
    await row.getByRole('cell', { name: 'Not started', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'None', exact: true }).waitFor();

    // Status: not started → implemented.
    await row.getByRole('button', { name: `Edit ${CONTROL}` }).click();
    const edit = page.getByRole('dialog', {
      name: new RegExp(`^Edit ${escape(CONTROL)} `),
    });
    await edit.waitFor();
    await edit.getByLabel(/^Status/).selectOption('implemented');
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await edit.waitFor({ state: 'hidden' });
    await row.getByRole('cell', { name: 'Implemented', exact: true }).waitFor();

    // Link evidence.
    await row
      .getByRole('button', { name: `Add evidence to ${CONTROL}` })
      .click();
    const add = page.getByRole('dialog', {
      name: new RegExp(`^Add evidence for ${escape(CONTROL)} `),
    });
    await add.waitFor();
    expect(await add.getByRole('radio', { name: 'A link' }).isChecked()).toBe(
      true,
    );
    await add.getByLabel(/^Title/).fill(EVIDENCE_TITLE);
    await add.getByLabel(/^Kind/).selectOption('report');
    await add.getByLabel(/^URL/).fill(EVIDENCE_URL);
    await add
      .getByRole('button', { name: 'Add evidence', exact: true })
      .click();
    await add.waitFor({ state: 'hidden' });

    const link = row.getByRole('link', { name: EVIDENCE_TITLE });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(EVIDENCE_URL);
    await row.getByRole('cell', { name: 'Implemented', exact: true }).waitFor();
    await summary
      .getByRole('heading', {
        name: `${before.implemented! + 1} / ${before.applicable}`,
      })
      .waitFor();
    // The objective's section with the changed row, and the summary above.
    await screenshot(
      page,
      'e2e-05-control-implemented',
      panel.getByRole('region').filter({ has: row }),
    );
    await screenshot(page, 'e2e-05-controls-summary', summary);

    // The AI system's scorecard on its overview.
    const expected = `${before.implemented! + 1} of ${
      before.applicable
    } applicable implemented (${percent(
      (before.implemented! + 1) / before.applicable!,
    )})`;
    await page
      .getByRole('navigation', { name: 'Content navigation' })
      .getByRole('link', { name: 'Overview' })
      .click();
    await page.getByText(expected, { exact: true }).waitFor();
    const after = await readControlsLine(page);
    expect(after.implemented).toBe(before.implemented! + 1);
    expect(after.applicable).toBe(before.applicable);
    expect(after.compliance).toBeGreaterThan(before.compliance!);
    complianceAfter = after.compliance;
    await screenshot(page, 'e2e-06-scorecard-after');

    // The owning team's card, one group up, on a freshly loaded page.
    await page.goto(
      `${env.portal.baseUrl}/catalog/default/group/${OWNER_GROUP}`,
    );
    const compliance = fact(page, 'Control compliance');
    await compliance.waitFor();
    const teamAfter = Number(parse(await textOf(compliance), /^(\d+) %$/)[1]);
    expect(teamAfter).toBe(after.compliance);
    expect(teamAfter).toBeGreaterThan(before.teamCompliance!);
    await screenshot(page, 'e2e-07-group-card-after');
  });

  it('lists the changes in the history, newest first, with a verified chain', async () => {
    const page = await open(GOVERNANCE);
    const panel = await openSection(page, 'History');
    await panel
      .getByRole('alert')
      .filter({ hasText: /^Chain verified: \d+ events\./ })
      .waitFor();
    const table = panel.getByRole('table', { name: 'Change history' });
    await table.waitFor();
    const rows = table.getByRole('row');
    // rows.nth(0) is the header.
    const top = rows.nth(1);
    await top
      .getByRole('cell', { name: `Evidence: ${EVIDENCE_TITLE}`, exact: true })
      .waitFor();
    await top
      .getByRole('cell', { name: 'user:default/guest', exact: true })
      .waitFor();
    await top.getByRole('cell', { name: 'Created', exact: true }).waitFor();

    const controlChange = table
      .getByRole('row')
      .filter({
        has: page.getByRole('cell', {
          name: `Control ${CONTROL}`,
          exact: true,
        }),
      })
      .filter({ hasText: 'Status: Not started → Implemented' });
    await controlChange.waitFor();
    expect(await textOf(controlChange)).toContain('user:default/guest');
    await table
      .getByRole('row')
      .filter({
        has: page.getByRole('cell', {
          name: `Risk: ${RISK_TITLE}`,
          exact: true,
        }),
      })
      .waitFor();
    await screenshot(page, 'e2e-08-history');
  });

  it('opens the org dashboard from the sidebar', async () => {
    const page = await open('/');
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'AI governance', exact: true })
      .click();
    await page.waitForURL(/\/ai-governance$/);
    // The page's own header and Backstage's plugin header (a visually hidden
    // h1 with the page title) say the same as the sidebar.
    await page
      .getByRole('heading', { name: 'AI governance', exact: true, level: 1 })
      .first()
      .waitFor();

    // Teams, with the owning team's compliance as changed above.
    const teams = page.getByRole('table').filter({
      has: page.getByRole('columnheader', { name: 'Team', exact: true }),
    });
    const team = teams.getByRole('row').filter({
      has: page.getByRole('link', { name: 'Customer Experience', exact: true }),
    });
    await team.waitFor();
    await teams
      .getByRole('row')
      .filter({
        has: page.getByRole('link', { name: 'Engineering', exact: true }),
      })
      .waitFor();
    // The team owns this one system, so its compliance is the system's.
    await team
      .getByRole('cell', { name: `${complianceAfter} %`, exact: true })
      .waitFor();
    await team
      .getByRole('cell', { name: '1 system at bronze', exact: true })
      .waitFor();

    // Tiers of the six demo systems.
    const tiers = page.getByRole('list', { name: 'AI systems per tier' });
    await page.getByText('6 AI systems registered', { exact: true }).waitFor();
    for (const name of [
      'high risk: 3 systems',
      'limited risk: 1 system',
      'minimal risk: 2 systems',
    ]) {
      await tiers.getByRole('listitem', { name, exact: true }).waitFor();
    }

    // Heat map: the critical corner holds at least the risk recorded above.
    const inherent = page.getByRole('table', {
      name: /^Inherent: \d+ risks?$/,
    });
    await inherent.waitFor();
    const corner = inherent.getByRole('cell', {
      name: /^Inherent, likelihood 5, impact 5 \(critical\): \d+ risks?$/,
    });
    expect(await countOf(corner)).toBeGreaterThanOrEqual(1);
    await page.getByRole('table', { name: /^Residual: \d+ risks?$/ }).waitFor();

    // Overdue list: the seeded treatment that is past its due date.
    const overdue = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'What' }) });
    const item = overdue.getByRole('row').filter({
      has: page.getByRole('link', {
        name: 'Customers share card numbers and health details in chat',
      }),
    });
    await item.first().waitFor();
    expect(await textOf(item.first())).toContain('Risk treatment');
    await screenshot(page, 'e2e-09-dashboard');
  });

  it('lists the AI system a component implements, with its level', async () => {
    const page = await open(
      '/catalog/default/component/credit-decision-service',
    );
    const table = page.getByRole('table', {
      name: 'AI systems this component implements',
    });
    const row = table.getByRole('row', { name: /^Retail credit scoring / });
    await row.waitFor();
    await row.getByRole('cell', { name: 'high risk', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'bronze', exact: true }).waitFor();
    const governance = row.getByRole('link', {
      name: 'Governance tab of Retail credit scoring',
    });
    expect(await governance.getAttribute('href')).toBe(
      '/catalog/default/aisystem/retail-credit-scoring/governance',
    );
    // It implements this one AI system only: a header row and one row.
    expect(await table.getByRole('row').count()).toBe(2);
    await screenshot(page, 'e2e-10-component-card');
  });
});
