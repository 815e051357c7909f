export { AiClassificationField } from './AiClassificationField';
export { aiClassificationFieldOptions } from './options';
export {
  AI_CLASSIFICATION_FIELD_NAME,
  AI_CLASSIFICATION_FIELD_SCHEMA,
  DEFAULT_AI_CLASSIFICATION_UI_OPTIONS,
  type AiClassificationUiOptions,
} from './schema';
export { validateAiClassification } from './validation';
