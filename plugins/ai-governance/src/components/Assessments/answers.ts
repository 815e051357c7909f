import type {
  Assessment,
  AssessmentCreate,
  AssessmentPatch,
  AssessmentType,
} from '@aigov/plugin-ai-governance-common';
import {
  classificationResult,
  toClassificationAnswers,
} from './classification';
import { IMPACT_QUESTIONS, RISK_QUESTIONS } from './questions';
import { toTextAnswers } from './TextQuestionnaire';

/** Answers as stored: a JSON object keyed by answer field name. */
export type Answers = Assessment['answers'];

/**
 * Every answer field of the questionnaire, with stored values where there
 * are any. Saving this means the stored answers always name every field,
 * even those left untouched.
 */
export function normalizeAnswers(
  type: AssessmentType,
  stored: Answers = {},
): Answers {
  // The classification answers are plain JSON; the interface only lacks an
  // index signature, hence the widening.
  if (type === 'eu-ai-act-classification') {
    return { ...toClassificationAnswers(stored) } as unknown as Answers;
  }
  return toTextAnswers(
    type === 'impact' ? IMPACT_QUESTIONS : RISK_QUESTIONS,
    stored,
  );
}

/**
 * What to store as `result`: for a classification, the shared classifier's
 * tier, reasons and obligations. It is a suggestion for the people approving
 * it; the tier on the catalog entity is still set by its owners.
 */
export function resultOf(
  type: AssessmentType,
  answers: Answers,
): AssessmentPatch['result'] {
  if (type !== 'eu-ai-act-classification') return undefined;
  return { ...classificationResult(toClassificationAnswers(answers)) };
}

export function sameAnswers(a: Answers, b: Answers): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Answers as a request body. Stored answers type their values as possibly
 * undefined; JSON has no undefined, so those keys are dropped.
 */
export function requestAnswers(
  answers: Answers,
): NonNullable<AssessmentCreate['answers']> {
  return JSON.parse(JSON.stringify(answers));
}
