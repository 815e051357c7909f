import { screenshot, type BrowserPortal } from '../portal';
import {
  CONTROL,
  EVIDENCE_TITLE,
  GOVERNANCE,
  RISK_TITLE,
  type Seen,
} from './journey';
import { countOf, openSection, textOf } from './pages';

/**
 * The journey's last steps: where the changes of recordSteps show (the
 * history, the org dashboard), and a component's card of the AI system it
 * implements.
 *
 * It registers its tests where it is called, inside the describe of
 * governance.e2e.test.ts, so that they run in order on that file's one
 * portal; importing it registers nothing.
 */
// eslint-disable-next-line jest/no-export
export function viewSteps(env: BrowserPortal, seen: Seen) {
  const { open } = env;

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
      .getByRole('cell', { name: `${seen.complianceAfter} %`, exact: true })
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
}
