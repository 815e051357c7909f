import type {
  ManagementReview,
  ManagementReviewActionInput,
  ManagementReviewStatus,
  TaskStatus,
} from '@aigov/plugin-ai-governance-common';

/** A review status in words. */
export const REVIEW_STATUS_LABELS: Record<ManagementReviewStatus, string> = {
  planned: 'Planned',
  held: 'Held (minutes in draft)',
  closed: 'Closed (minutes final)',
};

/** An action's task status in words. */
export const ACTION_STATUS_LABELS: Record<TaskStatus, string> = {
  open: 'Open',
  done: 'Done',
  dismissed: 'Dismissed',
};

/** Why the review buttons are disabled; the wording follows the default policy. */
export const REVIEW_UPDATE_DENIED =
  'Only the governance office can plan management reviews and record their minutes';

/** The actions of a review as a change sends them back (the list replaces the review's). */
export const actionInputs = (
  review: ManagementReview,
): ManagementReviewActionInput[] =>
  review.actions.map(({ id, description, owner, dueAt }) => ({
    id,
    description,
    owner,
    dueAt,
  }));

/** A user or group ref as a list shows it: its name. */
export const refName = (ref: string) => ref.replace(/^[a-z]+:[^/]+\//, '');
