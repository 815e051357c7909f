import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { PolicyService } from '../PolicyService';

/** What the document review job needs. */
export interface DocumentReviewJobOptions {
  policies: PolicyService;
  scheduler: SchedulerService;
  logger: LoggerService;
}

/** Opens the due document review tasks once, logging what it did. */
export async function openDocumentReviews(options: DocumentReviewJobOptions) {
  const result = await options.policies.openDueReviews();
  if (result.opened) {
    options.logger.info(
      `Opened ${result.opened} review tasks of policies and procedures due within 30 days`,
    );
  }
  return result;
}

/**
 * Schedules the document review tasks every 6 hours, once across replicas
 * (`scope: 'global'`); should two runs overlap anyway, the open-task key
 * keeps a document to one open review task, and a due day gets one task.
 */
export async function scheduleDocumentReviews(
  options: DocumentReviewJobOptions,
) {
  await options.scheduler.scheduleTask({
    id: 'ai-governance-document-reviews',
    frequency: { hours: 6 },
    timeout: { minutes: 15 },
    initialDelay: { minutes: 2 },
    scope: 'global',
    fn: async () => {
      await openDocumentReviews(options);
    },
  });
}
