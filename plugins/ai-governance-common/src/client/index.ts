export { AiGovernanceApiClient } from './AiGovernanceApiClient';
export {
  AiGovernanceApiClientBase,
  type AiGovernanceCallInit,
  type AiGovernanceApiClientOptions,
  type AiGovernancePageQuery,
  type AiGovernanceRequestOptions,
  type ExportScope,
} from './AiGovernanceApiClientBase';
export { fieldErrorsOf, isConflictError } from './errors';
export {
  AiGovernanceIncidentClientBase,
  type IncidentFilter,
  type NonconformityFilter,
} from './AiGovernanceIncidentClientBase';
export {
  AiGovernanceAimsClientBase,
  type AimsClauseList,
} from './AiGovernanceAimsClientBase';
export {
  AiGovernanceAuditClientBase,
  type AuditFilter,
} from './AiGovernanceAuditClientBase';
export { AiGovernanceScopeClientBase } from './AiGovernanceScopeClientBase';
export {
  AiGovernancePolicyClientBase,
  type PolicyFilter,
} from './AiGovernancePolicyClientBase';
export { AiGovernanceObjectiveClientBase } from './AiGovernanceObjectiveClientBase';
export {
  AiGovernanceTrainingClientBase,
  type TrainingRecordFilter,
} from './AiGovernanceTrainingClientBase';
export { AiGovernanceReviewClientBase } from './AiGovernanceReviewClientBase';
export { AiGovernanceReadinessClientBase } from './AiGovernanceReadinessClientBase';
