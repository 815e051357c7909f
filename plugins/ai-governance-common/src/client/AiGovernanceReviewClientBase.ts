import { AiGovernanceTrainingClientBase } from './AiGovernanceTrainingClientBase';

/**
 * The management reviews with their frozen inputs and minutes (ISO/IEC 42001 9.3): a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernanceReviewClientBase extends AiGovernanceTrainingClientBase {}
