import type {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  BaselineResult,
  GovernanceBaseline,
} from '@aigov/plugin-ai-governance-common';

/**
 * Calls the governance records service (plugin `ai-governance`) with a token
 * that acts for the user who runs the template, so permissions, the history
 * and the four-eyes rules see that person and never the scaffolder.
 */
export class GovernanceRecordsClient {
  constructor(
    private readonly auth: AuthService,
    private readonly discovery: DiscoveryService,
  ) {}

  async createBaseline(options: {
    entity: CompoundEntityRef;
    requestId: string;
    baseline: GovernanceBaseline;
    onBehalfOf: BackstageCredentials;
    signal?: AbortSignal;
  }): Promise<BaselineResult> {
    const { entity, baseline } = options;
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: options.onBehalfOf,
      targetPluginId: 'ai-governance',
    });
    const base = await this.discovery.getBaseUrl('ai-governance');
    const path = [entity.kind, entity.namespace, entity.name]
      .map(encodeURIComponent)
      .join('/');
    const response = await fetch(`${base}/entities/${path}/baseline`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({
        requestId: options.requestId,
        assessment: baseline.assessment,
        risks: baseline.risks,
        controls: baseline.controls,
      }),
      signal: options.signal,
    });
    if (!response.ok) {
      const error = await ResponseError.fromResponse(response);
      // Task logs show the message: give the service's reason, which names
      // the entity, the permission or the field.
      const reason = error.body?.error?.message;
      if (reason) {
        error.message = `The governance records service answered ${response.status}: ${reason}`;
      }
      throw error;
    }
    return (await response.json()) as BaselineResult;
  }
}
