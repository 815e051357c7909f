import type { PolicyService } from '../PolicyService';
import { taskOpeningJob, type TaskOpeningJobServices } from './taskOpeningJob';

/** What the document review job needs. */
export interface DocumentReviewJobOptions extends TaskOpeningJobServices {
  policies: PolicyService;
}

/*
 * Every 6 hours, once across replicas; should two runs overlap anyway, the
 * open-task key keeps a document to one open review task, and a due day
 * gets one task.
 */
const job = taskOpeningJob<DocumentReviewJobOptions>({
  id: 'ai-governance-document-reviews',
  frequency: { hours: 6 },
  initialDelay: { minutes: 2 },
  open: options => options.policies.openDueReviews(),
  describe: ({ opened }) =>
    `Opened ${opened} review tasks of policies and procedures due within 30 days`,
});

/** Opens the due document review tasks once, logging what it did. */
export const openDocumentReviews = job.run;

/** Schedules the document review tasks every 6 hours, once across replicas. */
export const scheduleDocumentReviews = job.schedule;
