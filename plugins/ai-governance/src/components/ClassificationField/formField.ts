import type { ClassificationAnswers } from '@aigov/plugin-ai-governance-common';
import type { FieldSchema } from '@backstage/plugin-scaffolder-react';
import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { aiClassificationFieldOptions } from './options';
import {
  AI_CLASSIFICATION_FIELD_SCHEMA,
  type AiClassificationUiOptions,
} from './schema';

/**
 * The new frontend system's form field, loaded lazily by the plugin's
 * `scaffolder-form-field` extension. `createFormField` wants the schema as
 * `makeFieldSchema` builds it from zod; its other members are type-only
 * (makeFieldSchema leaves them undefined), so the plain JSON Schema suffices.
 */
export const aiClassificationFormField = createFormField({
  ...aiClassificationFieldOptions,
  schema: { schema: AI_CLASSIFICATION_FIELD_SCHEMA } as FieldSchema<
    ClassificationAnswers,
    AiClassificationUiOptions
  >,
});
