import type { components } from './generated';

// The generated names are the generic ones openapi-typescript gives; the
// package exports them under names that say which API they describe.
export type {
  paths as AiGovernancePaths,
  components as AiGovernanceComponents,
  operations as AiGovernanceOperations,
} from './generated';

/** The named schemas of the ai-governance API, e.g. `AiGovernanceSchemas['Risk']`. @public */
export type AiGovernanceSchemas = components['schemas'];
