import type {
  ManagementReview,
  ManagementReviewCreate,
  ManagementReviewPatch,
} from '@aigov/plugin-ai-governance-common';

/** The management reviews of the ai-governance API (ISO/IEC 42001 9.3). @public */
export interface ManagementReviewsApi {
  /** The reviews, latest planned date first, with their frozen inputs. */
  listManagementReviews(): Promise<ManagementReview[]>;
  getManagementReview(id: string): Promise<ManagementReview>;
  /** Plans a review; the server assembles and freezes its inputs now. */
  createManagementReview(
    body: ManagementReviewCreate,
  ): Promise<ManagementReview>;
  /** Changes a review read at `version`. */
  updateManagementReview(
    id: string,
    version: number,
    patch: ManagementReviewPatch,
  ): Promise<ManagementReview>;
  /** The minutes as Markdown text. */
  getManagementReviewMinutesMarkdown(id: string): Promise<string>;
  /** The minutes as a PDF file. */
  getManagementReviewMinutesPdf(id: string): Promise<Blob>;
}
