import type { AimsRoles, AimsRolesPut } from '../records/aimsRoles';
import type { AimsScope, AimsScopePut } from '../records/aimsScope';
import type { AiGovernanceSchemas as Schemas } from '../schema/openapi';
import {
  type AiGovernanceRequestOptions,
  ifMatch,
} from './AiGovernanceApiClientBase';
import { AiGovernanceAuditClientBase } from './AiGovernanceAuditClientBase';

// The spec mirrors the record types of -common (the same enums); the casts
// name them so callers read AimsScope and AimsRoles, not the schema.
const asScope = (s: Schemas['AimsScope']) => s as unknown as AimsScope;
const asRoles = (r: Schemas['AimsRoles']) => r as unknown as AimsRoles;

/**
 * The scope, context and roles of the management system (ISO/IEC 42001 4.1–4.4, 5.3): a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernanceScopeClientBase extends AiGovernanceAuditClientBase {
  /** The scope record (version 0 before it is recorded) and the AI systems it resolves to now. */
  async getAimsScope(options?: AiGovernanceRequestOptions): Promise<AimsScope> {
    const scope = await this.call(options, init =>
      this.client.request('get', '/aims/scope', init),
    );
    return asScope(scope);
  }

  /** Records the whole scope read at `version` (0 the first time; 412 when it changed since). */
  async updateAimsScope(
    version: number,
    body: AimsScopePut,
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsScope> {
    const scope = await this.call(options, init =>
      this.client.request('put', '/aims/scope', {
        ...init,
        params: { header: ifMatch(version) },
        body: body as Schemas['AimsScopePut'],
      }),
    );
    return asScope(scope);
  }

  /** Every AIMS role with its holders (the defaults, version 0, before they are recorded). */
  async getAimsRoles(options?: AiGovernanceRequestOptions): Promise<AimsRoles> {
    const roles = await this.call(options, init =>
      this.client.request('get', '/aims/roles', init),
    );
    return asRoles(roles);
  }

  /** Records every role read at `version`; a 400 names a holder the catalog does not know. */
  async updateAimsRoles(
    version: number,
    body: AimsRolesPut,
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsRoles> {
    const roles = await this.call(options, init =>
      this.client.request('put', '/aims/roles', {
        ...init,
        params: { header: ifMatch(version) },
        body: body as Schemas['AimsRolesPut'],
      }),
    );
    return asRoles(roles);
  }
}
