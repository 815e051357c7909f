import { AiGovernanceScopeClientBase } from './AiGovernanceScopeClientBase';

/**
 * The AI policies and other documents of the management system, versioned and approved (ISO/IEC 42001 5.2, 7.5): a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernancePolicyClientBase extends AiGovernanceScopeClientBase {}
