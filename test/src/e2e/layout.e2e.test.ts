import type { Locator, Page } from 'playwright-core';
import { screenshot, useBrowserPortal } from './portal';

/*
 * The wide tables at the laptop widths people use: the risk register, the
 * dashboard's Teams table and the Statement of Applicability must fit their
 * card, so treatment, owner, dates and the actions are seen without
 * scrolling sideways. Read only: nothing here changes a record.
 */
const env = useBrowserPortal();

const GOVERNANCE =
  '/catalog/default/aisystem/customer-support-assistant/governance';

/**
 * The widths of the box that would scroll a table sideways: its nearest
 * ancestor that scrolls horizontally (material-table wraps its table in one;
 * the controls' sections are one), else the page itself.
 */
async function scrollBox(table: Locator) {
  return table.evaluate(el => {
    let box: Element | null = el.parentElement;
    while (box && box !== document.body) {
      const overflow = getComputedStyle(box).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') break;
      box = box.parentElement;
    }
    const target =
      box && box !== document.body ? box : document.documentElement;
    return {
      scrollWidth: target.scrollWidth,
      clientWidth: target.clientWidth,
      tableWidth: Math.round(el.getBoundingClientRect().width),
    };
  });
}

async function expectNoSideScroll(name: string, table: Locator) {
  await table.waitFor();
  // Measured as the user sees it once loaded: owner names are shown by the
  // catalog's display names, which arrive after the rows.
  await table.page().waitForLoadState('networkidle');
  // On a loaded machine the names can still be rendering after the network
  // went quiet (a raw ref is wider than the name): measure again for a few
  // seconds before calling a table too wide.
  let widths = await scrollBox(table);
  for (let tries = 0; tries < 20; tries++) {
    if (widths.scrollWidth === widths.clientWidth) break;
    await table.page().waitForTimeout(500);
    widths = await scrollBox(table);
  }
  // Logged so a failing run says by how much, and the report can quote it.
  console.log(`${name}: ${JSON.stringify(widths)}`);
  if (widths.scrollWidth !== widths.clientWidth) {
    // What was too wide, to read in test/artifacts.
    await screenshot(
      table.page(),
      `layout-too-wide-${name.replace(/\W+/g, '-')}`,
    );
  }
  expect({ name, scrollWidth: widths.scrollWidth }).toEqual({
    name,
    scrollWidth: widths.clientWidth,
  });
}

async function openSection(page: Page, name: string) {
  await page
    .getByRole('tablist', { name: 'Governance sections' })
    .getByRole('tab', { name })
    .click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

describe.each([
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
])('wide tables at $width×$height', viewport => {
  const size = `${viewport.width}x${viewport.height}`;

  it('fits the risk register without a horizontal scroll', async () => {
    const page = await env.open(GOVERNANCE);
    await page.setViewportSize(viewport);
    const table = page.getByRole('table').filter({
      has: page.getByRole('button', { name: /^Accept / }),
    });
    await table
      .getByRole('button', { name: /^Edit / })
      .first()
      .waitFor();
    await expectNoSideScroll(`risk register at ${size}`, table);
    // Button labels stay whole words ("Accept", not "Acce / pt"): a small
    // button holding one line of text is about 30 px high.
    const heights = await table
      .getByRole('button', { name: /^(Edit|Accept) / })
      .evaluateAll(buttons =>
        buttons.map(b => Math.round(b.getBoundingClientRect().height)),
      );
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.max(...heights)).toBeLessThanOrEqual(36);
    await screenshot(page, `layout-risk-register-${size}`);
  });

  it('fits a risk register with proposed risks, whose selection column and Confirm and Dismiss show', async () => {
    const page = await env.open(
      '/catalog/default/aisystem/candidate-screening/governance',
    );
    await page.setViewportSize(viewport);
    const table = page.getByRole('table').filter({
      has: page.getByRole('button', { name: /^Confirm / }),
    });
    await table
      .getByRole('button', { name: /^Dismiss / })
      .first()
      .waitFor();
    await expectNoSideScroll(`register with proposed risks at ${size}`, table);
  });

  it("fits the dashboard's Teams table without a horizontal scroll", async () => {
    const page = await env.open('/ai-governance');
    await page.setViewportSize(viewport);
    const table = page.getByRole('table').filter({
      has: page.getByRole('columnheader', { name: 'Team', exact: true }),
    });
    await table.getByRole('link').first().waitFor();
    await expectNoSideScroll(`teams table at ${size}`, table);
    await screenshot(page, `layout-dashboard-${size}`);
  });

  it('fits the controls table without a horizontal scroll', async () => {
    const page = await env.open(GOVERNANCE);
    await page.setViewportSize(viewport);
    await openSection(page, 'Controls');
    const tables = page.getByRole('table', { name: /^Controls of / });
    await tables.first().waitFor();
    const count = await tables.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expectNoSideScroll(
        `controls table ${i + 1} at ${size}`,
        tables.nth(i),
      );
    }
    await screenshot(page, `layout-controls-${size}`);
  });
});
