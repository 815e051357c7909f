import {
  ANNEX_III_AREAS,
  ANNEX_III_USE_CASES,
  ART6_CONDITIONS,
  type ClassificationAnswers,
  DEFAULT_CLASSIFICATION_ANSWERS,
  GPAI_MODEL_OPTIONS,
  MAX_ART6_JUSTIFICATION_LENGTH,
  OPERATOR_ROLES,
  type OperatorRole,
  PROHIBITED_PRACTICES,
  REQUIRED_CLASSIFICATION_ANSWER_FIELDS,
  TRANSPARENCY_TRIGGERS,
} from '@aigov/plugin-ai-governance-common';
import type { CustomFieldExtensionSchema } from '@backstage/plugin-scaffolder-react';

/** The `ui:field` name of the EU AI Act classification questionnaire. @public */
export const AI_CLASSIFICATION_FIELD_NAME = 'AiClassificationQuestionnaire';

/** `ui:options` of the classification questionnaire field. @public */
export type AiClassificationUiOptions = {
  /** Show the obligations of the resulting tier and when they apply; default true. */
  showObligations?: boolean;
  /** The roles ticked when the questionnaire starts, such as `[deployer]` for a bought service; none by default. */
  defaultOperatorRoles?: OperatorRole[];
};

/** The `ui:options` the field uses when a template sets none. @public */
export const DEFAULT_AI_CLASSIFICATION_UI_OPTIONS: Required<AiClassificationUiOptions> =
  Object.freeze({ showObligations: true, defaultOperatorRoles: [] });

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
    required: [...REQUIRED_CLASSIFICATION_ANSWER_FIELDS],
    additionalProperties: false,
    properties: {
      operatorRoles: {
        type: 'array',
        description:
          'The organisation’s roles for the system; when absent the duties of a provider and a deployer are listed.',
        items: { type: 'string', enum: values(OPERATOR_ROLES) },
        minItems: 1,
        uniqueItems: true,
      },
      publicService: {
        type: 'boolean',
        description:
          'The deployer is a public body or a private entity providing a public service (Art. 27(1)).',
      },
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
      annexIIIUseCase: {
        type: 'string',
        description:
          'The Annex III point within annexIIIArea; absent when the area alone decides.',
        enum: values(ANNEX_III_USE_CASES),
      },
      productSafetyComponent: {
        type: 'boolean',
        description:
          'Safety component of an Annex I product, or such a product (Art. 6(1)).',
      },
      art6Exemption: {
        type: 'boolean',
        description:
          'Whether the provider claims an Art. 6(3) derogation; needs art6Condition and art6Justification.',
      },
      art6Condition: {
        type: 'string',
        description:
          'The Art. 6(3) condition, points (a) to (d), the claim rests on.',
        enum: values(ART6_CONDITIONS),
      },
      art6Justification: {
        type: 'string',
        description: 'Why the condition holds: the Art. 6(4) assessment.',
        maxLength: MAX_ART6_JUSTIFICATION_LENGTH,
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
      gpaiModel: {
        type: 'string',
        description:
          'Whether the organisation provides a general-purpose AI model, with or without systemic risk; absent means none.',
        enum: values(GPAI_MODEL_OPTIONS),
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
      defaultOperatorRoles: {
        type: 'array',
        description:
          'The roles ticked when the questionnaire starts, such as [deployer] for a bought service.',
        items: { type: 'string', enum: values(OPERATOR_ROLES) },
        uniqueItems: true,
      },
    },
  },
};
