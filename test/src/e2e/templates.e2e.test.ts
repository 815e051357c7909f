import type { Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import {
  answerLastQuestion,
  artifacts,
  inViewport,
  screenshot,
  useBrowserPortal,
} from './portal';

/*
 * A platform engineer onboards a new AI use case from the browser: the
 * "New AI use case" template with the live EU AI Act questionnaire, run for
 * real in the demo portal (published to the local demo target, registered
 * in the catalog, governance records created as the signed-in guest), and
 * then the new AiSystem found in the catalog with its risk register.
 */
const { open } = useBrowserPortal();

const NAME = `loan-doc-assistant-${Date.now().toString(36)}`;
const TITLE = 'Loan document assistant';

/** Picks an entity in an OwnerPicker or EntityPicker by typing part of its name. */
async function pick(on: Page, id: string, typed: string, option: RegExp) {
  await on.locator(`#${id}`).click();
  await on.locator(`#${id}`).fill(typed);
  await on.getByRole('option', { name: option }).first().click();
}

/**
 * Fills in the use case itself (the first step's fields), picking the owner
 * by typing `owner`, and goes on to the next step.
 */
async function describeUseCase(
  on: Page,
  useCase: { name: string; title: string; owner: string; purpose: string },
) {
  await on.locator('#root_name').fill(useCase.name);
  await on.locator('#root_title').fill(useCase.title);
  await pick(on, 'root_owner', useCase.owner, new RegExp(useCase.owner, 'i'));
  await on.locator('#root_purpose').fill(useCase.purpose);
  await on.getByRole('button', { name: 'Next' }).click();
}

/** Goes from the last form step to the finished task and returns its page. */
async function reviewAndCreate(on: Page, name: string) {
  await on.getByRole('button', { name: 'Review' }).click();
  await on.getByText(name).first().waitFor();
  await on.getByRole('button', { name: 'Create' }).click();
  await on
    .getByRole('link', { name: 'Governance tab' })
    .waitFor({ timeout: 180_000 });
}

/**
 * From the questionnaire on: waits for it to show `tier`, goes to the last
 * step (found by `lastStep`, a text on it), creates the system and waits for
 * the task's output to give the tier.
 */
async function createWithTier(
  on: Page,
  name: string,
  tier: string,
  lastStep: string,
) {
  await on
    .getByRole('status')
    .getByText(`${tier} risk`, { exact: true })
    .waitFor();
  await on.getByRole('button', { name: 'Next' }).click();
  await on.getByText(lastStep).first().waitFor();
  await reviewAndCreate(on, name);
  await on.getByText(`Risk tier: ${tier}`).waitFor();
}

/** The number of risks the register's subtitle gives ("21 risks"). */
async function riskCount(on: Page): Promise<number> {
  const subtitle = on.getByText(/^\d+ risks?$/);
  await subtitle.waitFor({ timeout: 60_000 });
  return Number(((await subtitle.textContent()) ?? '').split(' ')[0]);
}

describe('onboarding a new AI use case from the browser', () => {
  it('creates the use case with the tier shown live, then links to its Governance tab', async () => {
    const page = await open('/create/templates/default/new-ai-use-case');
    const next = page.getByRole('button', { name: 'Next' });

    // The use case.
    await page.getByLabel('Name', { exact: false }).first().fill(NAME);
    await page.locator('#root_title').fill(TITLE);
    await page.locator('#root_owner').click();
    await page.locator('#root_owner').fill('lending');
    await page
      .getByRole('option', { name: /lending/i })
      .first()
      .click();
    await page
      .locator('#root_purpose')
      .fill(
        'Reads documents that loan applicants upload and drafts the affordability summary for the underwriter.',
      );
    await next.click();

    // Models and data: the defaults (in-house, a person decides).
    await page.getByText('Who builds the model').first().waitFor();
    await next.click();

    // The questionnaire: the tier changes while answering.
    const outcome = page
      .getByRole('status')
      .filter({ hasText: 'Resulting tier' });
    await outcome.getByText('minimal risk', { exact: true }).waitFor();
    await page
      .getByLabel('Area of use listed in Annex III')
      .selectOption('essential-services');
    await outcome.getByText('high risk', { exact: true }).waitFor();
    await expect(outcome.textContent()).resolves.toMatch(/Annex III/);
    // A derogation counts once its condition is chosen and justified.
    await page.getByLabel('Does an Art. 6(3) exemption apply?').check();
    await outcome.getByText(/counts once you choose/).waitFor();
    await page.getByRole('radio', { name: 'Preparatory task' }).check();
    await page
      .getByRole('textbox', { name: /Why the condition holds/ })
      .fill('It only gathers the documents an underwriter then assesses.');
    await outcome.getByText('minimal risk', { exact: true }).waitFor();
    await page.getByLabel('Does it profile people?').check();
    await outcome.getByText('high risk', { exact: true }).waitFor();
    await expect(
      page
        .getByText(/Art\. 9/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'e2e-template-questionnaire');
    await next.click();

    // Where to publish: the local demo target is the default.
    await page.getByText('Repository host').first().waitFor();
    await reviewAndCreate(page, NAME);

    // The task ran; its output links to the new Governance tab.
    const governanceLink = page.getByRole('link', { name: 'Governance tab' });
    await expect(page.getByText('Risk tier: high').isVisible()).resolves.toBe(
      true,
    );
    await screenshot(page, 'e2e-template-completed');
    await governanceLink.click();
    await page.waitForURL(`**/catalog/default/aisystem/${NAME}/governance`);
    await page
      .getByRole('tab', { name: 'Risk register', selected: true })
      .waitFor({ timeout: 60_000 });
    expect(await riskCount(page)).toBeGreaterThan(3);
    await screenshot(page, 'e2e-template-governance-tab');
  });

  it('finds the new AiSystem in the catalog, high risk, with its risk register', async () => {
    const catalog = await open(
      '/?filters%5Bkind%5D=aisystem&filters%5Buser%5D=all',
    );
    const row = catalog.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor({ timeout: 60_000 });
    await row.getByRole('link').first().click();
    await catalog.waitForURL(`**/catalog/default/aisystem/${NAME}`);
    await catalog.getByText('high risk').first().waitFor();
    await screenshot(catalog, 'e2e-template-aisystem-in-catalog');
    await catalog
      .getByRole('link', { name: 'Open the Governance tab' })
      .click();
    await catalog
      .getByRole('tab', { name: 'Risk register', selected: true })
      .waitFor();
    expect(await riskCount(catalog)).toBeGreaterThan(3);
  });

  it('registers an existing AI system against the component that runs it', async () => {
    const name = `fraud-case-prioritiser-${Date.now().toString(36)}`;
    const form = await open(
      '/create/templates/default/register-existing-ai-system',
    );
    await pick(form, 'root_component', 'Fraud case', /fraud case/i);
    await describeUseCase(form, {
      name,
      title: 'Fraud case prioritiser',
      owner: 'payments',
      purpose: 'Orders open fraud cases by expected loss for the analysts.',
    });
    // Nothing in the questionnaire applies: minimal.
    await createWithTier(form, name, 'minimal', 'Catalog entry');
    await form.getByRole('link', { name: 'AI system in the catalog' }).click();
    await form.waitForURL(`**/catalog/default/aisystem/${name}`);
    // The relations card names the component that implements the system.
    const implementer = form.getByText('Fraud case manager').first();
    await implementer.waitFor();
    expect(await implementer.isVisible()).toBe(true);
    await screenshot(form, 'e2e-template-register-existing');
  });

  it('onboards a third-party AI service with its supplier controls applicable', async () => {
    const name = `call-transcription-${Date.now().toString(36)}`;
    const form = await open(
      '/create/templates/default/onboard-third-party-ai-service',
    );
    await describeUseCase(form, {
      name,
      title: 'Call transcription',
      owner: 'customer',
      purpose: 'Transcribes support calls so agents can search them.',
    });
    await form.locator('#root_supplierName').fill('Example Speech Ltd');
    await form.locator('#root_modelName').fill('Example Transcribe v3');
    // The contract is still being negotiated (the default).
    await form.getByRole('button', { name: 'Next' }).click();
    await form.getByLabel('Interacts directly with people').check();
    await createWithTier(form, name, 'limited', 'Repository host');
    await form.getByRole('link', { name: 'Governance tab' }).click();
    await form.getByRole('tab', { name: 'Controls' }).click();
    const supplierControl = form
      .getByRole('row')
      .filter({ hasText: 'AI supplier management' });
    await supplierControl.first().waitFor({ timeout: 60_000 });
    await supplierControl
      .first()
      .getByRole('cell', { name: 'Planned', exact: true })
      .waitFor();
    expect(await supplierControl.first().textContent()).toContain('Planned');
    await screenshot(form, 'e2e-template-third-party-controls');
  });

  it('keeps the live tier in view while the last question is answered, and reviews labels', async () => {
    const page = await open('/create/templates/default/new-ai-use-case');
    await page.setViewportSize({ width: 1280, height: 800 });
    await describeUseCase(page, {
      name: `tier-in-view-${Date.now().toString(36)}`,
      title: 'Tier in view',
      owner: 'lending',
      purpose: 'Scores loan applications for the underwriters.',
    });
    await page.getByText('Who builds the model').first().waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    const panel = page
      .getByRole('status')
      .filter({ hasText: 'Resulting tier' });
    await page
      .getByLabel('Area of use listed in Annex III')
      .selectOption('essential-services');
    await page
      .getByRole('radio', { name: 'Creditworthiness and credit scoring' })
      .check();
    await panel.getByText('high risk', { exact: true }).waitFor();

    // The last question, a provider's: scrolled into view and answered.
    const last = page.getByRole('radio', {
      name: 'General-purpose AI model with systemic risk',
    });
    await answerLastQuestion(page, last);
    const inView = (what: Locator) => inViewport(page, what);
    expect(await inView(last)).toBe(true);
    expect(await inView(panel.getByText('high risk', { exact: true }))).toBe(
      true,
    );
    expect(await inView(panel)).toBe(true);
    // The window as the user sees it, not the whole page.
    await page.screenshot({
      path: join(artifacts, 'e2e-classification-panel-in-view.png'),
    });

    // On a narrow window the summary bar keeps the tier in view instead.
    await page.setViewportSize({ width: 800, height: 800 });
    const bar = page.getByTestId('root_classification-outcome-summary');
    await page
      .getByRole('checkbox', { name: 'Provider', exact: true })
      .scrollIntoViewIfNeeded();
    await bar.waitFor();
    expect(await inView(bar.getByText('high risk', { exact: true }))).toBe(
      true,
    );
    expect(await bar.textContent()).toMatch(/high risk.*obligations/);
    await page.screenshot({
      path: join(artifacts, 'e2e-classification-summary-bar.png'),
    });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The review step names the answers by their labels.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Repository host').first().waitFor();
    await page.getByRole('button', { name: 'Review' }).click();
    const review = page.getByRole('table').first();
    await review.getByText('Essential private and public services').waitFor();
    await review.getByText('Creditworthiness and credit scoring').waitFor();
    await review
      .getByText('General-purpose AI model with systemic risk')
      .waitFor();
    expect(await review.textContent()).not.toMatch(/essential-services/);
    await screenshot(page, 'e2e-classification-review');
  });
});
