import type {
  AimsRoles,
  AimsRolesPut,
  AimsScope,
  AimsScopePut,
} from '@aigov/plugin-ai-governance-common';

/** The scope, context and roles of the management system in the ai-governance API (ISO/IEC 42001 4.1–4.4, 5.3). @public */
export interface ScopeApi {
  /** The scope record (version 0 before it is recorded) and the AI systems it resolves to now. */
  getAimsScope(): Promise<AimsScope>;
  /** Records the whole scope read at `version`. */
  updateAimsScope(version: number, body: AimsScopePut): Promise<AimsScope>;
  /** Every AIMS role with its holders. */
  getAimsRoles(): Promise<AimsRoles>;
  /** Records every role read at `version`. */
  updateAimsRoles(version: number, body: AimsRolesPut): Promise<AimsRoles>;
}
