import { AiGovernancePolicyClientBase } from './AiGovernancePolicyClientBase';

/**
 * The objectives of the management system with their measures and trends (ISO/IEC 42001 6.2, 9.1): a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernanceObjectiveClientBase extends AiGovernancePolicyClientBase {}
