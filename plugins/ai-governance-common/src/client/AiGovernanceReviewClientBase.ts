import type {
  ManagementReview,
  ManagementReviewCreate,
  ManagementReviewPatch,
} from '../records/managementReviews';
import type { AiGovernanceSchemas as Schemas } from '../schema/openapi';
import {
  type AiGovernanceRequestOptions,
  ifMatch,
} from './AiGovernanceApiClientBase';
import { AiGovernanceTrainingClientBase } from './AiGovernanceTrainingClientBase';

// The spec mirrors the record types of -common (the same enums); the cast
// names them so callers read ManagementReview, not the schema.
const asReview = (r: Schemas['ManagementReview']) =>
  r as unknown as ManagementReview;

/**
 * The management reviews with their frozen inputs and minutes (ISO/IEC 42001 9.3): a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernanceReviewClientBase extends AiGovernanceTrainingClientBase {
  /** The reviews, latest planned date first, with their frozen inputs. */
  async listManagementReviews(
    options?: AiGovernanceRequestOptions,
  ): Promise<ManagementReview[]> {
    const list = await this.call(options, init =>
      this.client.request('get', '/management-reviews', init),
    );
    return list.items.map(asReview);
  }

  /** One review. */
  async getManagementReview(
    id: string,
    options?: AiGovernanceRequestOptions,
  ): Promise<ManagementReview> {
    const review = await this.call(options, init =>
      this.client.request('get', '/management-reviews/{id}', {
        ...init,
        params: { path: { id } },
      }),
    );
    return asReview(review);
  }

  /** Plans a review; the server assembles and freezes its inputs now. */
  async createManagementReview(
    body: ManagementReviewCreate,
    options?: AiGovernanceRequestOptions,
  ): Promise<ManagementReview> {
    const review = await this.call(options, init =>
      this.client.request('post', '/management-reviews', {
        ...init,
        body: body as Schemas['ManagementReviewCreate'],
      }),
    );
    return asReview(review);
  }

  /** Changes a review read at `version` (412 when it changed since). */
  async updateManagementReview(
    id: string,
    version: number,
    patch: ManagementReviewPatch,
    options?: AiGovernanceRequestOptions,
  ): Promise<ManagementReview> {
    const review = await this.call(options, init =>
      this.client.request('patch', '/management-reviews/{id}', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: patch as Schemas['ManagementReviewPatch'],
      }),
    );
    return asReview(review);
  }

  /** The minutes of a review as Markdown text. */
  async getManagementReviewMinutesMarkdown(
    id: string,
    options?: AiGovernanceRequestOptions,
  ): Promise<string> {
    return this.call(options, init =>
      this.client.request('get', '/management-reviews/{id}/minutes.md', {
        ...init,
        params: { path: { id } },
        parseAs: 'text',
      }),
    );
  }

  /** The minutes of a review as a PDF file. */
  async getManagementReviewMinutesPdf(
    id: string,
    options?: AiGovernanceRequestOptions,
  ): Promise<Blob> {
    return this.call(options, init =>
      this.client.request('get', '/management-reviews/{id}/minutes.pdf', {
        ...init,
        params: { path: { id } },
        parseAs: 'blob',
      }),
    );
  }
}
