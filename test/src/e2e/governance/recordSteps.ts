import type { Request } from 'playwright-core';
import { screenshot, type BrowserPortal } from '../portal';
import {
  CONTROL,
  EVIDENCE_TITLE,
  EVIDENCE_URL,
  GOVERNANCE,
  OVERVIEW,
  OWNER_GROUP,
  RISK_TITLE,
  SYSTEM_TITLE,
  type Seen,
} from './journey';
import {
  controlRow,
  controlsLine,
  countOf,
  escape,
  fact,
  inherentCell,
  openSection,
  parse,
  percent,
  readControlsLine,
  riskCell,
  riskTable,
  risks,
  textOf,
} from './pages';

/**
 * The journey's first steps: the AI system's and the owning team's cards as
 * seeded, then a risk recorded (and one refused) and a control implemented
 * with evidence on the Governance tab, and the scorecards that follow.
 *
 * It registers its tests where it is called, inside the describe of
 * governance.e2e.test.ts, so that they run in order on that file's one
 * portal; importing it registers nothing.
 */
// eslint-disable-next-line jest/no-export
export function recordSteps(env: BrowserPortal, seen: Seen) {
  const { open } = env;
  const { before } = seen;

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
    seen.complianceAfter = after.compliance;
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
}
