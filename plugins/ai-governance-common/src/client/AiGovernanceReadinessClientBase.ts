import type { Readiness, ReadinessQuery } from '../records/readiness';
import type { AiGovernanceRequestOptions } from './AiGovernanceApiClientBase';
import { AiGovernanceReviewClientBase } from './AiGovernanceReviewClientBase';

/**
 * The certification readiness: stage 1 documents, the stage 2 sample and the surveillance calendar: a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernanceReadinessClientBase extends AiGovernanceReviewClientBase {
  /**
   * The stage 1 checklist, the stage 2 sample drawn by `query.sampleId`
   * (a new one when absent; the answer names it) of `query.size` systems,
   * and the surveillance calendar.
   */
  async getReadiness(
    query: ReadinessQuery = {},
    options?: AiGovernanceRequestOptions,
  ): Promise<Readiness> {
    const readiness = await this.call(options, init =>
      this.client.request('get', '/readiness', {
        ...init,
        params: {
          query: {
            ...(query.sampleId ? { sampleId: query.sampleId } : {}),
            ...(query.size !== undefined ? { size: String(query.size) } : {}),
          },
        },
      }),
    );
    // The spec mirrors the record types of -common (the same enums).
    return readiness as unknown as Readiness;
  }
}
