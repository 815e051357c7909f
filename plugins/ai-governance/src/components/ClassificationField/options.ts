import type { ClassificationAnswers } from '@aigov/plugin-ai-governance-common';
import type { FieldExtensionOptions } from '@backstage/plugin-scaffolder-react';
import { AiClassificationField } from './AiClassificationField';
import {
  AI_CLASSIFICATION_FIELD_NAME,
  AI_CLASSIFICATION_FIELD_SCHEMA,
  type AiClassificationUiOptions,
} from './schema';
import { validateAiClassification } from './validation';

/** The field as both frontend systems register it. */
export const aiClassificationFieldOptions: FieldExtensionOptions<
  ClassificationAnswers,
  AiClassificationUiOptions
> = {
  name: AI_CLASSIFICATION_FIELD_NAME,
  component: AiClassificationField,
  validation: validateAiClassification,
  schema: AI_CLASSIFICATION_FIELD_SCHEMA,
};
