/**
 * AI governance for Backstage: the AiSystem Governance tab, the AiSystem,
 * Component and Group cards, the org dashboard, "My tasks" and its
 * home-page card. This entry point serves apps on the legacy frontend
 * system; new-system apps use `./alpha` (and `MyTasksContent` from here
 * for a home-page widget).
 *
 * @packageDocumentation
 */

export * from './api';
export * from './plugin';
export {
  aimsAuditsRouteRef,
  aimsPoliciesRouteRef,
  aimsClausesRouteRef,
  aimsObjectivesRouteRef,
  aimsReadinessRouteRef,
  aimsReviewsRouteRef,
  aimsRolesRouteRef,
  aimsScopeRouteRef,
  aimsTrainingRouteRef,
  incidentsRouteRef,
  myTasksRouteRef,
  rootRouteRef,
} from './routes';
export { MyTasksCard, MyTasksContent } from './components/Tasks';
export {
  EntityReportIncidentButton,
  IncidentsPage,
  ReportIncidentCard,
} from './components/Incidents';
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
