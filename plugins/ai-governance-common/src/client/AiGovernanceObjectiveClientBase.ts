import type {
  AimsObjective,
  AimsObjectiveCreate,
  AimsObjectivePatch,
} from '../records/objectives';
import type { AiGovernanceSchemas as Schemas } from '../schema/openapi';
import {
  type AiGovernanceRequestOptions,
  ifMatch,
} from './AiGovernanceApiClientBase';
import { AiGovernancePolicyClientBase } from './AiGovernancePolicyClientBase';

// The spec mirrors the record types of -common (the same enums); the cast
// names them so callers read AimsObjective, not the schema.
const asObjective = (o: Schemas['AimsObjective']) =>
  o as unknown as AimsObjective;

/**
 * The objectives of the management system with their measures and trends (ISO/IEC 42001 6.2, 9.1): a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernanceObjectiveClientBase extends AiGovernancePolicyClientBase {
  /** Every objective measured now, with its trend from `since` (default: the last 90 days). */
  async listObjectives(
    query: { since?: string } = {},
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsObjective[]> {
    const list = await this.call(options, init =>
      this.client.request('get', '/aims/objectives', {
        ...init,
        params: { query },
      }),
    );
    return list.items.map(asObjective);
  }

  /** One objective measured now, with its trend. */
  async getObjective(
    id: string,
    query: { since?: string } = {},
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsObjective> {
    const objective = await this.call(options, init =>
      this.client.request('get', '/aims/objectives/{id}', {
        ...init,
        params: { path: { id }, query },
      }),
    );
    return asObjective(objective);
  }

  /** Sets an objective; its first snapshot is taken at once. */
  async createObjective(
    body: AimsObjectiveCreate,
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsObjective> {
    const objective = await this.call(options, init =>
      this.client.request('post', '/aims/objectives', {
        ...init,
        body: body as Schemas['AimsObjectiveCreate'],
      }),
    );
    return asObjective(objective);
  }

  /** Changes an objective read at `version` (412 when it changed since). */
  async updateObjective(
    id: string,
    version: number,
    patch: AimsObjectivePatch,
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsObjective> {
    const objective = await this.call(options, init =>
      this.client.request('patch', '/aims/objectives/{id}', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: patch as Schemas['AimsObjectivePatch'],
      }),
    );
    return asObjective(objective);
  }
}
