import type { Locator, Page } from 'playwright-core';

/*
 * The governance pages as the browser test reads them: by role, label or
 * text, as a person finds things, and the figures parsed from what they say.
 */

/** The text of an element, whitespace collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The match of `pattern` in `text`; throws, naming both, when there is none. */
export function parse(text: string, pattern: RegExp): RegExpMatchArray {
  const match = text.match(pattern);
  if (!match) throw new Error(`"${text}" does not match ${pattern}`);
  return match;
}

/** A ratio as the pages print it, e.g. `43 %`. */
export const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;
/** `s` with the characters a regular expression treats specially escaped. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The scorecard's "n of m applicable implemented (p %)" line on an AI system's overview. */
export function controlsLine(page: Page): Locator {
  return page.getByText(/^\d+ of \d+ applicable implemented \(\d+ %\)$/);
}

/** The figures of the scorecard's controls line. */
export async function readControlsLine(page: Page) {
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
export function fact(page: Page, label: string): Locator {
  return page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${escape(label)}$`) })
    .locator('xpath=following-sibling::*[1]');
}

/** The Governance tab's section tabs. */
export async function openSection(page: Page, name: string): Promise<Locator> {
  await page
    .getByRole('tablist', { name: 'Governance sections' })
    .getByRole('tab', { name })
    .click();
  const panel = page.getByRole('tabpanel', { name });
  await panel.waitFor();
  return panel;
}

/** The risk register's table (the heat maps are tables too). */
export function riskTable(page: Page): Locator {
  return page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Dates' }) });
}

/** A risk's title cell, which carries its category and stage under the title. */
export function riskCell(table: Locator, title: string): Locator {
  return table.getByRole('cell', { name: new RegExp(`^${escape(title)} `) });
}

/** The button of one cell of the Governance tab's inherent heat map. */
export function inherentCell(page: Page, likelihood: number, impact: number) {
  return page
    .getByRole('table', { name: 'Inherent risk' })
    .getByRole('button', {
      name: new RegExp(
        `^Likelihood ${likelihood}, impact ${impact}: \\d+ risks?$`,
      ),
    });
}

/** The number of risks a heat map cell counts, read from its label. */
export async function countOf(cell: Locator): Promise<number> {
  const label = (await cell.getAttribute('aria-label')) ?? '';
  return Number(parse(label, /: (\d+) risks?$/)[1]);
}

/** `n risk(s)`, as the pages count risks. */
export const risks = (n: number) => `${n} ${n === 1 ? 'risk' : 'risks'}`;

/** The Statement of Applicability row of one control. */
export function controlRow(page: Page, controlId: string): Locator {
  return page.getByRole('row', {
    name: new RegExp(`^Select ${escape(controlId)} `),
  });
}
