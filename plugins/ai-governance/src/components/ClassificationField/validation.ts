import {
  type ClassificationAnswers,
  PROHIBITED_PRACTICES,
  classifyAiSystem,
} from '@aigov/plugin-ai-governance-common';
import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { derogationGaps } from '../Assessments/classification';
import type { AiClassificationUiOptions } from './schema';

/** Why a system using the given Art. 5 practices cannot be onboarded. */
export function prohibitedMessage(practices: readonly string[]): string {
  const named = PROHIBITED_PRACTICES.filter(o => practices.includes(o.value))
    .map(o => `${o.label}, ${o.article}`)
    .join('; ');
  return `This system uses a practice prohibited by Art. 5 of the EU AI Act (${named}) and cannot be onboarded.`;
}

/**
 * Blocks the template when the answers are malformed, naming the field, or
 * when they classify the system as prohibited. The scaffolder only calls it
 * for values present in the form data, which is why the field writes its
 * defaults on first render.
 * @public
 */
export const validateAiClassification: CustomFieldValidator<
  ClassificationAnswers,
  AiClassificationUiOptions
> = (data, field) => {
  let tier: string;
  const gaps = derogationGaps(data);
  if (gaps.length > 0) {
    // The common case of the classifier's complaint, in the form's words.
    field.addError(
      `The Art. 6(3) derogation is claimed but not complete: ${gaps.join(
        ' and ',
      )} (art6Condition, art6Justification), or switch the claim off.`,
    );
    return;
  }
  try {
    tier = classifyAiSystem(data).tier;
  } catch (e) {
    field.addError(
      `The EU AI Act classification answers are not valid: ${
        e instanceof Error ? e.message : String(e)
      }`,
    );
    return;
  }
  if (tier === 'prohibited') {
    field.addError(prohibitedMessage(data.prohibitedPractices));
  }
};
