import { AiGovernanceObjectiveClientBase } from './AiGovernanceObjectiveClientBase';

/**
 * The courses, training records and coverage (ISO/IEC 42001 7.2, 7.3; EU AI Act Art. 4): a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernanceTrainingClientBase extends AiGovernanceObjectiveClientBase {}
