import { AiGovernanceReviewClientBase } from './AiGovernanceReviewClientBase';

/**
 * The certification readiness: stage 1 documents, the stage 2 sample and the surveillance calendar: a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernanceReadinessClientBase extends AiGovernanceReviewClientBase {}
