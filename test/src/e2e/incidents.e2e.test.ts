import type { Locator, Page } from 'playwright-core';
import { screenshot, useBrowserPortal } from './portal';
import { postgresUrl, sharedDatabase, useSecondUser } from './secondUser';

/*
 * The incident journey of issue 14 in the browser, by two people: the
 * guest (a governance officer) reports a serious incident from an AI
 * system's page, sees its Art. 73 deadline, triages it and opens a
 * nonconformity from it with a corrective action owned by Hannah Becker of
 * the owning team; Hannah, signed in on her own, does the action, shows
 * the evidence and is refused the effectiveness review of her own action
 * (four eyes); the guest finds the nonconformity cannot close before a
 * review says effective, reviews it as effective and closes it.
 *
 * The tests run in file order and build on each other. Each person is a
 * replica of the portal on one PostgreSQL (see secondUser.ts).
 */

const SYSTEM = 'candidate-screening';
const OVERVIEW = `/catalog/default/aisystem/${SYSTEM}`;
const OWNER = 'user:default/hannah.becker';
/** Seeded evidence of the system, linked to the corrective action. */
const EVIDENCE = 'Bias audit of the first pilot requisitions (draft)';
/** The rule the API and the card state (CLOSE_NEEDS_EFFECTIVE_REVIEW in -common). */
const CLOSE_RULE =
  'a nonconformity is closed only after an effectiveness review found its corrective actions effective';

const DAY_MS = 86_400_000;
const stamp = Date.now().toString(36);
const TITLE = `E2E: ranking scored applicants with career breaks lower (${stamp})`;
const NONCONFORMITY = `E2E: the bias audit before go-live did not cover career breaks (${stamp})`;
const ACTION = `E2E: add career-break cohorts to the bias audit and re-run it (${stamp})`;

const database = postgresUrl ? sharedDatabase('e2e_incidents') : undefined;

/** Set by the tests as the journey goes. */
const journey: { incidentPath?: string } = {};

/** A `YYYY-MM-DDTHH:mm` as a datetime-local field takes it, in the browser's zone. */
function localInput(page: Page, msAgo: number): Promise<string> {
  return page.evaluate(ago => {
    const d = new Date(Date.now() - ago);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(
      d.getDate(),
    )}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, msAgo);
}

/** The instant a datetime-local value stands for, read as the browser reads it. */
function instantOf(page: Page, local: string): Promise<number> {
  return page.evaluate(value => new Date(value).getTime(), local);
}

/** A YYYY-MM-DD `days` from today, for a due date. */
function dateIn(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The incident's section on the Governance tab, once it shows `status`. */
async function incidentIn(page: Page, status: string): Promise<Locator> {
  const section = page.getByRole('region', { name: TITLE });
  await section
    .getByRole('heading', { name: `${TITLE} · ${status}`, exact: true })
    .waitFor();
  return section;
}

/** The nonconformity's card, once it shows `status`. */
async function nonconformityIn(page: Page, status: string): Promise<Locator> {
  const card = page.getByRole('region', {
    name: `Nonconformity: ${NONCONFORMITY}`,
  });
  await card
    .getByRole('heading', { name: `${NONCONFORMITY} · ${status}` })
    .waitFor();
  return card;
}

(database ? describe : describe.skip)(
  'the incident journey in the browser',
  () => {
    const env = useBrowserPortal(database?.options);
    // The first portal is stopped before the databases go, unless it never started.
    const hannah = useSecondUser(database!, OWNER, async () => {
      await env.portal?.stop();
    });

    it('reports a serious incident from the AI system page and shows its Art. 73 deadline, counted from awareness', async () => {
      const page = await env.open(OVERVIEW);
      await page.getByRole('button', { name: 'Report an incident' }).click();
      const dialog = page.getByRole('dialog', { name: 'Report an incident' });
      await dialog.waitFor();
      const detected = await localInput(page, 2 * DAY_MS + 3 * 3_600_000);
      const aware = await localInput(page, 2 * DAY_MS);
      await dialog.getByLabel(/^Title/).fill(TITLE);
      await dialog
        .getByLabel(/^Description/)
        .fill(
          'Recruiters noticed that applicants with a career break of a year or more never reached the top of the ranked queue.',
        );
      await dialog.getByLabel(/^Detected at/).fill(detected);
      await dialog.getByLabel(/^Aware at/).fill(aware);
      await dialog.getByLabel(/^Severity/).selectOption({ label: 'High' });
      await dialog
        .getByRole('checkbox', { name: 'Fundamental rights' })
        .check();
      await dialog.getByLabel(/^People affected/).fill('37');
      await dialog.getByLabel(/^Groups affected/).fill('job applicants');
      await dialog
        .getByRole('checkbox', { name: 'Serious incident (EU AI Act Art. 73)' })
        .check();
      await dialog
        .getByLabel(/^Serious incident category/)
        .selectOption({ label: 'Other serious harm (15 days)' });
      await dialog
        .getByRole('button', { name: 'Report incident', exact: true })
        .click();
      await dialog.waitFor({ state: 'hidden' });

      const reported = page
        .getByRole('status')
        .filter({ hasText: 'Incident reported.' });
      const link = reported.getByRole('link', {
        name: 'Open it in the Governance tab',
      });
      journey.incidentPath = (await link.getAttribute('href')) ?? undefined;
      expect(journey.incidentPath).toMatch(/section=incidents&record=/);
      await link.click();

      const incident = await incidentIn(page, 'Reported');
      // Other serious harm: 15 days from the moment the bank became aware.
      const due = new Date(
        (await instantOf(page, aware)) + 15 * DAY_MS,
      ).toISOString();
      const dueText = `${due.slice(0, 10)} ${due.slice(11, 16)} UTC`;
      const banner = incident
        .getByRole('status')
        .filter({ hasText: 'Serious incident: Other serious harm (15 days)' });
      // Aware two days ago (to the minute): 13 days less those seconds are left.
      await banner
        .getByText(`12 days 23 hours left to report (due ${dueText}).`, {
          exact: false,
        })
        .waitFor();
      await banner
        .getByText(
          'EU AI Act Art. 73 requires the report for this high-risk system.',
          { exact: false },
        )
        .waitFor();
      await incident.getByText('37 (job applicants)').waitFor();
      await screenshot(page, 'e2e-incident-01-reported', incident);
    });

    it('triages the incident, starts the investigation and opens a nonconformity from it with a corrective action', async () => {
      const page = await env.open(journey.incidentPath!);
      let incident = await incidentIn(page, 'Reported');
      await incident.getByRole('button', { name: 'Triage' }).click();
      incident = await incidentIn(page, 'Triaged');
      await incident
        .getByRole('button', { name: 'Start investigating' })
        .click();
      incident = await incidentIn(page, 'Investigating');
      await incident
        .getByLabel(/^Root cause/)
        .fill('The bias audit grouped applicants by age and gender only.');
      await incident
        .getByRole('button', { name: 'Save investigation' })
        .click();
      await incident
        .getByText(
          'Root cause: The bias audit grouped applicants by age and gender only.',
        )
        .waitFor();

      await incident
        .getByRole('button', { name: 'Open a nonconformity' })
        .click();
      const dialog = page.getByRole('dialog', {
        name: 'Open a nonconformity',
      });
      await dialog.getByText(`Source: incident “${TITLE}”`).waitFor();
      // What the investigation found comes along.
      expect(await dialog.getByLabel(/^Root cause/).inputValue()).toBe(
        'The bias audit grouped applicants by age and gender only.',
      );
      await dialog.getByLabel(/^Description/).fill(NONCONFORMITY);
      await dialog
        .getByRole('button', { name: 'Open nonconformity', exact: true })
        .click();
      await dialog.waitFor({ state: 'hidden' });
      await incident
        .getByText('Nonconformity opened from this incident.')
        .waitFor();

      let card = await nonconformityIn(page, 'Open');
      await card.getByText(/^Source: Incident [0-9a-f-]{36}/).waitFor();
      await card.getByText('No corrective action planned yet.').waitFor();
      // By role: the actions table is labelled "Corrective actions" too.
      await card
        .getByRole('textbox', { name: /^Corrective action/ })
        .fill(ACTION);
      await card.getByLabel(/^Owner/).fill('Hannah');
      await page.getByRole('option', { name: /Hannah Becker/ }).click();
      await card.getByText('Hannah Becker (user)').waitFor();
      const due = dateIn(30);
      await card.getByLabel(/^Due/).fill(due);
      await card.getByRole('button', { name: 'Add action' }).click();
      const row = card
        .getByRole('table', { name: 'Corrective actions' })
        .getByRole('row')
        .filter({ hasText: ACTION });
      // The owner by the name the catalog gives her, linked to her page.
      await row
        .getByRole('cell', { name: 'Hannah Becker' })
        .getByRole('link')
        .waitFor();
      await row.getByRole('cell', { name: due }).waitFor();

      await card.getByRole('button', { name: 'Actions planned' }).click();
      card = await nonconformityIn(page, 'Actions planned');
      // The action is not done yet: verification waits for it.
      expect(
        await card
          .getByRole('button', { name: 'Ready for verification' })
          .isDisabled(),
      ).toBe(true);
      await card
        .getByText('verifying starts only once every corrective action is done')
        .waitFor();
    });

    it('lets the owner of the action do it and show the evidence, but not review its effectiveness herself', async () => {
      const page = await hannah.open(journey.incidentPath!);
      let card = await nonconformityIn(page, 'Actions planned');
      await card
        .getByRole('combobox', { name: `Status of ${ACTION}` })
        .selectOption({ label: 'Done' });
      await card.getByRole('button', { name: `Evidence of ${ACTION}` }).click();
      const dialog = page.getByRole('dialog', {
        name: 'Evidence of the corrective action',
      });
      await dialog.getByRole('checkbox', { name: EVIDENCE }).check();
      await dialog.getByRole('button', { name: 'Save evidence' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await card
        .getByRole('button', { name: `Evidence of ${ACTION}` })
        .filter({ hasText: '1 item' })
        .waitFor();

      await card
        .getByRole('button', { name: 'Ready for verification' })
        .click();
      card = await nonconformityIn(page, 'Verifying');
      const review = card.getByRole('form', { name: 'Effectiveness review' });
      await review.getByLabel(/^Result/).selectOption({ label: 'Effective' });
      await review.getByRole('button', { name: 'Record review' }).click();
      const refusal = review.getByRole('alert');
      await refusal.getByText('You may not review these actions').waitFor();
      await refusal
        .getByText(
          `${OWNER} owns a corrective action of this nonconformity and cannot also review its effectiveness`,
          { exact: false },
        )
        .waitFor();
      await card.getByText('Effectiveness review: Not reviewed yet').waitFor();
      // Nor may the nonconformity close on her word.
      expect(
        await card
          .getByRole('button', { name: 'Close', exact: true })
          .isDisabled(),
      ).toBe(true);
      await screenshot(page, 'e2e-incident-02-four-eyes', card);
    });

    it('keeps the nonconformity open until a review by the governance office says effective, then closes it', async () => {
      const page = await env.open(journey.incidentPath!);
      let card = await nonconformityIn(page, 'Verifying');
      const close = card.getByRole('button', { name: 'Close', exact: true });
      expect(await close.isDisabled()).toBe(true);
      await card.getByText(CLOSE_RULE, { exact: true }).waitFor();

      const review = card.getByRole('form', { name: 'Effectiveness review' });
      await review.getByLabel(/^Result/).selectOption({ label: 'Effective' });
      await review
        .getByLabel(/^Notes/)
        .fill(
          'Re-ran the audit with career-break cohorts: ranking gap closed.',
        );
      await review.getByRole('button', { name: 'Record review' }).click();
      await card
        .getByText(
          /^Effectiveness review: Effective, by guest on .+: Re-ran the audit with career-break cohorts: ranking gap closed\.$/,
        )
        .waitFor();
      expect(await close.isEnabled()).toBe(true);
      await close.click();

      card = await nonconformityIn(page, 'Closed');
      // Closed is final: no more actions, no status changes, no close button.
      expect(
        await card.getByRole('button', { name: 'Add action' }).count(),
      ).toBe(0);
      expect(
        await card
          .getByRole('combobox', { name: `Status of ${ACTION}` })
          .count(),
      ).toBe(0);
      expect(await close.count()).toBe(0);
      await card
        .getByRole('table', { name: 'Corrective actions' })
        .getByRole('row')
        .filter({ hasText: ACTION })
        .getByRole('cell', { name: 'Done', exact: true })
        .waitFor();
      await screenshot(page, 'e2e-incident-03-closed');
    });
  },
);
