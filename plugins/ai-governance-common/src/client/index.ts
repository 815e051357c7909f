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
