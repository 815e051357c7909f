/**
 * AI governance for Backstage: the AiSystem Governance tab, the AiSystem,
 * Component and Group cards and the org dashboard. This entry point serves
 * apps on the legacy frontend system; new-system apps use `./alpha`.
 *
 * @packageDocumentation
 */

export * from './api';
export * from './plugin';
export { rootRouteRef } from './routes';
export {
  RiskLevelChip,
  ScorecardLevelChip,
  TierChip,
} from './components/shared';
export {
  AI_CLASSIFICATION_FIELD_NAME,
  AI_CLASSIFICATION_FIELD_SCHEMA,
  AiClassificationField,
  DEFAULT_AI_CLASSIFICATION_UI_OPTIONS,
  type AiClassificationUiOptions,
  validateAiClassification,
} from './components/ClassificationField';
