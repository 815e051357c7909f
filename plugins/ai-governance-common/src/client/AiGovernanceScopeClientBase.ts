import { AiGovernanceAuditClientBase } from './AiGovernanceAuditClientBase';

/**
 * The scope, context and roles of the management system (ISO/IEC 42001 4.1–4.4, 5.3): a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernanceScopeClientBase extends AiGovernanceAuditClientBase {}
