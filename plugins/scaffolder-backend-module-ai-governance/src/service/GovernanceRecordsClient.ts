import type {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  AiGovernanceApiClient,
  type BaselineResult,
  type GovernanceBaseline,
} from '@aigov/plugin-ai-governance-common';

/**
 * Calls the governance records service (plugin `ai-governance`) with a token
 * that acts for the user who runs the template, so permissions, the history
 * and the four-eyes rules see that person and never the scaffolder.
 */
export class GovernanceRecordsClient {
  private readonly client: AiGovernanceApiClient;

  constructor(private readonly auth: AuthService, discovery: DiscoveryService) {
    this.client = new AiGovernanceApiClient({ discoveryApi: discovery });
  }

  async createBaseline(options: {
    entity: CompoundEntityRef;
    requestId: string;
    baseline: GovernanceBaseline;
    onBehalfOf: BackstageCredentials;
    signal?: AbortSignal;
  }): Promise<BaselineResult> {
    const { baseline } = options;
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: options.onBehalfOf,
      targetPluginId: 'ai-governance',
    });
    try {
      return await this.client.createBaseline(
        options.entity,
        {
          requestId: options.requestId,
          assessment: baseline.assessment,
          risks: baseline.risks,
          controls: baseline.controls,
        },
        { token, signal: options.signal },
      );
    } catch (error) {
      // Task logs show the message: give the service's reason, which names
      // the entity, the permission or the field.
      const reason =
        error instanceof ResponseError && error.body?.error?.message;
      if (reason) {
        error.message = `The governance records service answered ${error.statusCode}: ${reason}`;
      }
      throw error;
    }
  }
}
