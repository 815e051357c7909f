import { PDFParse } from 'pdf-parse';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Download, Locator, Page } from 'playwright-core';
import { screenshot, useBrowserPortal } from './portal';

/*
 * A management review from creation to exported minutes, as the guest (a
 * governance officer) runs it in the browser: the demo's past review is
 * there; a new review is created, its inputs frozen and shown by section;
 * an attendee, a decision and an action are recorded; the review is marked
 * held; the minutes are downloaded as Markdown and as PDF, and both hold
 * the decision (the PDF's text read back with pdf-parse).
 *
 * The tests run in file order and build on each other.
 */

const env = useBrowserPortal();
const { open } = env;

const REVIEWS = '/ai-governance/aims/reviews';
const stamp = Date.now().toString(36);
const TITLE = `E2E management review (${stamp})`;
const DECISION = `E2E: extend the AIMS to the pilot chatbot (${stamp})`;
const ACTION = `E2E: write the chatbot's impact assessment (${stamp})`;
const DAY_MS = 86_400_000;
const dateIn = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

// pdf.js starts its worker with a dynamic import, which Jest refuses;
// handing it the worker module makes it run in this thread instead.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = createRequire(
  __filename,
)(require.resolve('pdf-parse').replace(/index\.cjs$/, 'pdf.worker.mjs'));

/** The review's section below the table, once its heading shows. */
async function reviewIn(page: Page): Promise<Locator> {
  const section = page.getByRole('region', { name: TITLE });
  await section.getByRole('heading', { name: TITLE }).waitFor();
  return section;
}

/** Opens the review from the table. */
async function openReview(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  return reviewIn(page);
}

/** Clicks `button` and returns the file the browser saves. */
async function downloadBy(page: Page, button: Locator): Promise<Buffer> {
  const [download] = (await Promise.all([
    page.waitForEvent('download'),
    button.click(),
  ])) as [Download, void];
  return readFileSync((await download.path())!);
}

describe('a management review in the browser', () => {
  it('lists the demo reviews and creates a review whose inputs are frozen and shown by section', async () => {
    const page = await open(REVIEWS);
    const table = page.getByRole('table', { name: 'Management reviews' });
    await table
      .getByRole('button', { name: 'First management review of the AIMS' })
      .waitFor();
    await expect(
      table.getByRole('row', { name: /First management review/ }).textContent(),
    ).resolves.toContain('Closed (minutes final)');

    await page.getByRole('button', { name: 'New review' }).click();
    const dialog = page.getByRole('dialog', { name: 'New management review' });
    await dialog.getByLabel(/^Title/).fill(TITLE);
    await dialog.getByLabel(/^Date/).fill(dateIn(14));
    await dialog.getByLabel(/^Chair/).fill('user:default/olivia.grant');
    await dialog.getByLabel(/^Chair/).press('Tab');
    await dialog.getByLabel(/^Attendee/).fill('user:default/olivia.grant');
    await dialog.getByLabel(/^Attendee/).press('Tab');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.getByRole('button', { name: 'olivia.grant' }).waitFor();
    await dialog.getByRole('button', { name: 'Create review' }).click();
    await dialog.waitFor({ state: 'detached' });

    const review = await reviewIn(page);
    await review.getByText(/^Assembled at .*Frozen with the review/).waitFor();
    for (const name of [
      'Status of actions from previous management reviews',
      'Objectives and KPI trends',
      'Incidents',
      'Nonconformities and corrective actions',
      'Internal audit results',
      'Risk picture',
    ]) {
      await review.getByRole('region', { name }).waitFor();
    }
    // The demo's first review left one action open: this review shows it.
    await expect(
      review
        .getByRole('region', {
          name: 'Status of actions from previous management reviews',
        })
        .textContent(),
    ).resolves.toContain('Put the AI policy under a yearly review cycle');
    await screenshot(page, 'management-review-created', review);
  });

  it('records an attendee, a decision and an action, and marks the review held', async () => {
    const page = await open(REVIEWS);
    let review = await openReview(page);

    await review.getByRole('button', { name: 'Edit attendees' }).click();
    const attendees = page.getByRole('dialog', { name: 'Attendees' });
    await attendees.getByLabel(/^Attendee/).fill('user:default/elena.petrova');
    await attendees.getByLabel(/^Attendee/).press('Tab');
    await attendees.getByRole('button', { name: 'Add', exact: true }).click();
    await attendees.getByRole('button', { name: 'Save attendees' }).click();
    await attendees.waitFor({ state: 'detached' });
    await review
      .getByRole('link', { name: /elena\.petrova|Elena Petrova/ })
      .waitFor();

    await review.getByRole('button', { name: 'Add a decision' }).click();
    const decision = page.getByRole('dialog', { name: 'Add a decision' });
    await decision.getByLabel(/^Decision/).fill(DECISION);
    await decision.getByRole('button', { name: 'Add decision' }).click();
    await decision.waitFor({ state: 'detached' });
    await review.getByText(DECISION).waitFor();

    await review.getByRole('button', { name: 'Add an action' }).click();
    const action = page.getByRole('dialog', { name: 'Add an action' });
    await action.getByLabel(/^Action/).fill(ACTION);
    await action.getByLabel(/^Owner/).fill('group:default/customer-experience');
    await action.getByLabel(/^Owner/).press('Tab');
    await action.getByLabel(/^Due/).fill(dateIn(60));
    await action.getByRole('button', { name: 'Add action' }).click();
    await action.waitFor({ state: 'detached' });
    const actions = review.getByRole('table', { name: `Actions of ${TITLE}` });
    const row = actions.getByRole('row', {
      name: new RegExp(ACTION.slice(0, 30)),
    });
    await expect(row.textContent()).resolves.toContain('Open');

    await review.getByRole('button', { name: 'Mark as held' }).click();
    review = await reviewIn(page);
    await review.getByText(/^Held \(minutes in draft\); planned for/).waitFor();
    await review.getByRole('button', { name: 'Close review' }).waitFor();
  });

  it('downloads the minutes as Markdown and as PDF, both with the decision', async () => {
    const page = await open(REVIEWS);
    const review = await openReview(page);

    const markdown = (
      await downloadBy(
        page,
        review.getByRole('button', { name: 'Download minutes (Markdown)' }),
      )
    ).toString('utf8');
    expect(markdown).toContain(`# Management review minutes: ${TITLE}`);
    expect(markdown).toContain(`- 1. ${DECISION}`);
    expect(markdown).toContain(ACTION);
    expect(markdown).toContain('user:default/elena.petrova');
    expect(markdown).toContain('## Input: Risk picture');

    const pdf = await downloadBy(
      page,
      review.getByRole('button', { name: 'Download minutes (PDF)' }),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain(`Management review minutes: ${TITLE}`);
    expect(text).toContain(DECISION);
    expect(text).toContain('user:default/elena.petrova');
    expect(text).toContain('Input: Incidents');
  });
});
