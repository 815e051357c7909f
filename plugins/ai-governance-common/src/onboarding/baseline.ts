/*
 * The first governance records of a newly onboarded AI system: its EU AI Act
 * classification, a seeded risk register and a Statement of Applicability
 * covering every Annex A control. The records are request bodies of the
 * records API, so the backend or scaffolder can post them as they are and the
 * API's own validation still applies.
 */
import {
  recordedClassification,
  type ClassificationAnswers,
} from '../classification';
import { CLASSIFICATION_ANSWER_FIELDS } from '../classification/answers';
import { classifyCheckedAnswers } from '../classification/classify';
import type { AssessmentCreate } from '../records';
import { inputProblems } from './input';
import { seededRisks } from './seededRisks';
import { statementOfApplicability } from './statementOfApplicability';
import type { GovernanceBaseline, GovernanceBaselineInput } from './types';

/** The answers as the assessment keeps them: every field given, lists copied, none left out, so the result can be reproduced from them. */
function storedAnswers(
  a: ClassificationAnswers,
): Record<string, string | boolean | string[]> {
  const stored: Record<string, string | boolean | string[]> = {};
  for (const field of CLASSIFICATION_ANSWER_FIELDS) {
    const value = a[field];
    if (value === undefined) continue;
    stored[field] = Array.isArray(value) ? [...value] : value;
  }
  return stored;
}

/** Builds a new AI system's classification assessment, seeded risks and Annex A rows; throws naming each bad field, or for a prohibited system. @public */
export function buildGovernanceBaseline(
  input: GovernanceBaselineInput,
): GovernanceBaseline {
  const problems = inputProblems(input);
  if (problems.length > 0) throw new Error(problems.join('. '));
  // inputProblems has checked the answers, under `answers.`.
  const classification = classifyCheckedAnswers(input.answers);
  if (classification.tier === 'prohibited') {
    throw new Error(
      `This AI system uses a prohibited practice and cannot be onboarded: it must not be placed on the market, put into service or used (Art. 5). ${classification.reasons.join(
        ' ',
      )}`,
    );
  }
  const assessment: AssessmentCreate = {
    type: 'eu-ai-act-classification',
    answers: storedAnswers(input.answers),
    result: recordedClassification(classification),
  };
  return {
    classification,
    assessment,
    risks: seededRisks(input, classification),
    controls: statementOfApplicability(input),
  };
}
