import type { AiRiskTier } from '../kinds';
import { EU_AI_ACT_APPLICATION_DATES } from './applicationDates';
import { TRANSPARENCY_TRIGGERS, type ClassificationAnswers } from './questions';

/*
 * Helpers shared by the classification tests only; not exported from the
 * package.
 */

/** Answers of a fresh questionnaire with some changed. */
export const answers = (
  overrides: Partial<ClassificationAnswers> = {},
): ClassificationAnswers => ({
  prohibitedPractices: [],
  annexIIIArea: 'none',
  productSafetyComponent: false,
  art6Exemption: false,
  profilesNaturalPersons: false,
  transparency: [],
  ...overrides,
});

/** Answers that lead to each tier, whatever the roles or the model; add them to `answers`. */
export const TIER_ANSWERS: Record<
  AiRiskTier,
  Partial<ClassificationAnswers>
> = {
  prohibited: { prohibitedPractices: ['social-scoring'] },
  high: { annexIIIArea: 'employment' },
  limited: { transparency: TRANSPARENCY_TRIGGERS.map(o => o.value) },
  minimal: {},
};

/** A claimed Art. 6(3) derogation with the condition and justification it needs. */
export const claim = (
  condition: ClassificationAnswers['art6Condition'] = 'a',
  justification = 'It only sorts incoming applications into folders by the programme named on them; a person reads and decides every one.',
): Partial<ClassificationAnswers> => ({
  art6Exemption: true,
  art6Condition: condition,
  art6Justification: justification,
});

/** An entry of the application dates table, failing the test when missing. */
export const date = (id: string) => {
  const entry = EU_AI_ACT_APPLICATION_DATES.find(d => d.id === id);
  if (!entry) throw new Error(`missing date ${id}`);
  return entry;
};

/** A result's reasons or obligations as one text, to find a citation in any line. */
export const joined = (lines: readonly string[]) => lines.join('\n');

/** Every date a text cites, YYYY-MM-DD. */
export const citedDates = (lines: readonly string[]): string[] =>
  joined(lines).match(/\d{4}-\d{2}-\d{2}/g) ?? [];
