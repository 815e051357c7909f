import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import {
  answerLastQuestion,
  artifacts,
  inViewport,
  useBrowserPortal,
} from './portal';

/*
 * The Governance tab's EU AI Act classification as a governance officer
 * fills it in at 1280x800: the suggested tier stays in the window while
 * the last question is answered, and a derogation counts only once its
 * condition is chosen and justified.
 */
const { open } = useBrowserPortal();

const GOVERNANCE =
  '/catalog/default/aisystem/customer-support-assistant/governance';

describe('the EU AI Act classification in the Governance tab', () => {
  it('keeps the suggested tier in view while the last question is answered', async () => {
    const page = await open(GOVERNANCE);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('tab', { name: 'Assessments' }).click();
    await page
      .getByRole('button', { name: 'Start EU AI Act classification' })
      .click();
    const panel = page
      .getByRole('status')
      .filter({ hasText: 'Suggested tier' });
    await panel.getByText('minimal risk', { exact: true }).waitFor();

    await page.getByRole('checkbox', { name: 'Provider', exact: true }).check();
    await page
      .getByLabel('Area of use listed in Annex III')
      .selectOption('education');
    await page
      .getByRole('radio', { name: 'Evaluating learning outcomes' })
      .check();
    await panel.getByText('high risk', { exact: true }).waitFor();
    await page.getByLabel('Does an Art. 6(3) exemption apply?').check();
    await page.getByRole('radio', { name: 'Narrow procedural task' }).check();
    await panel.getByText(/counts once you/).waitFor();
    await page
      .getByRole('textbox', { name: /Why the condition holds/ })
      .fill('It only sorts submitted essays into folders by course.');
    await panel.getByText('minimal risk', { exact: true }).waitFor();

    const last = page.getByRole('radio', {
      name: 'General-purpose AI model',
      exact: true,
    });
    await answerLastQuestion(page, last);
    const inView = (what: Locator) => inViewport(page, what);
    expect(await inView(last)).toBe(true);
    expect(await inView(panel.getByText('minimal risk', { exact: true }))).toBe(
      true,
    );
    await page.screenshot({
      path: join(artifacts, 'e2e-governance-classification-in-view.png'),
    });
  });
});
