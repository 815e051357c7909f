import {
  ANNEX_III_AREAS,
  CLASSIFICATION_ANSWER_FIELDS,
  type ClassificationAnswers,
  DEFAULT_CLASSIFICATION_ANSWERS,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
} from '@aigov/plugin-ai-governance-common';
import type { CustomFieldExtensionSchema } from '@backstage/plugin-scaffolder-react';

/** The `ui:field` name of the EU AI Act classification questionnaire. @public */
export const AI_CLASSIFICATION_FIELD_NAME = 'AiClassificationQuestionnaire';

/** `ui:options` of the classification questionnaire field. @public */
export type AiClassificationUiOptions = {
  /** Show the obligations of the resulting tier and when they apply; default true. */
  showObligations?: boolean;
};

/** The `ui:options` the field uses when a template sets none. @public */
export const DEFAULT_AI_CLASSIFICATION_UI_OPTIONS: Required<AiClassificationUiOptions> =
  Object.freeze({ showObligations: true });

/** A fresh, mutable copy of the default answers (the shared one is frozen). */
export function defaultAnswers(): ClassificationAnswers {
  return {
    ...DEFAULT_CLASSIFICATION_ANSWERS,
    prohibitedPractices: [],
    transparency: [],
  };
}

const values = (options: readonly { value: string }[]) =>
  options.map(o => o.value);

/**
 * The field's value and options as plain JSON Schema. Written out rather
 * than generated with `makeFieldSchema`, which needs zod v3 and would make
 * the plugin depend on it only for this; the template editor reads it to
 * document the field.
 * @public
 */
export const AI_CLASSIFICATION_FIELD_SCHEMA: CustomFieldExtensionSchema = {
  returnValue: {
    type: 'object',
    title: 'EU AI Act classification answers',
    required: [...CLASSIFICATION_ANSWER_FIELDS],
    additionalProperties: false,
    properties: {
      prohibitedPractices: {
        type: 'array',
        description: 'Art. 5 practices the system uses; empty when none.',
        items: { type: 'string', enum: values(PROHIBITED_PRACTICES) },
        uniqueItems: true,
      },
      annexIIIArea: {
        type: 'string',
        description: 'The Annex III area the system is used in, or none.',
        enum: values(ANNEX_III_AREAS),
      },
      productSafetyComponent: {
        type: 'boolean',
        description:
          'Safety component of an Annex I product, or such a product (Art. 6(1)).',
      },
      art6Exemption: {
        type: 'boolean',
        description: 'Whether an Art. 6(3) derogation is claimed.',
      },
      profilesNaturalPersons: {
        type: 'boolean',
        description: 'Whether it profiles natural persons.',
      },
      transparency: {
        type: 'array',
        description: 'Art. 50 transparency triggers that apply.',
        items: { type: 'string', enum: values(TRANSPARENCY_TRIGGERS) },
        uniqueItems: true,
      },
    },
    default: { ...defaultAnswers() },
  },
  uiOptions: {
    type: 'object',
    additionalProperties: false,
    properties: {
      showObligations: {
        type: 'boolean',
        default: DEFAULT_AI_CLASSIFICATION_UI_OPTIONS.showObligations,
        description:
          'Show the obligations of the resulting tier and when they apply.',
      },
    },
  },
};
