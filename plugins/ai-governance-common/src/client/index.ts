export { AiGovernanceApiClient } from './AiGovernanceApiClient';
export {
  AiGovernanceApiClientBase,
  type AiGovernanceCallInit,
  type AiGovernanceApiClientOptions,
  type AiGovernancePageQuery,
  type AiGovernanceRequestOptions,
} from './AiGovernanceApiClientBase';
export { fieldErrorsOf, isConflictError } from './errors';
