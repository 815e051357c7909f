import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { TaskScheduleSettings } from '../reviewSchedule';
import type { TaskService } from '../TaskService';

/** Hours between runs of the job that opens scheduled review, expiry and approval tasks. */
export const REVIEW_TASKS_HOURS = 1;

/** What the review task schedule needs. */
export interface ReviewTaskJobOptions {
  tasks: TaskService;
  scheduler: SchedulerService;
  logger: LoggerService;
  settings: TaskScheduleSettings;
  /** Assignee of assessment approvals. */
  governanceOffice: string;
}

/** Opens the due scheduled tasks once, logging what it did. */
export async function openReviewTasks(options: ReviewTaskJobOptions) {
  const result = await options.tasks.openScheduled(
    options.settings,
    options.governanceOffice,
  );
  if (result.opened || result.completed) {
    options.logger.info(
      `Opened ${result.opened} scheduled review, expiry and approval tasks; completed ${result.completed} approval tasks of approved assessments`,
    );
  }
  return result;
}

/**
 * Schedules the periodic reviews, expiry notices and approval tasks every
 * {@link REVIEW_TASKS_HOURS} hours, once across replicas
 * (`scope: 'global'`); a due date is a day, so hourly finds each the day it
 * is due. Should two passes overlap anyway, the open-task key keeps each
 * task to one open copy.
 */
export async function scheduleReviewTasks(options: ReviewTaskJobOptions) {
  await options.scheduler.scheduleTask({
    id: 'ai-governance-review-tasks',
    frequency: { hours: REVIEW_TASKS_HOURS },
    timeout: { minutes: 15 },
    initialDelay: { minutes: 2 },
    scope: 'global',
    fn: async () => {
      await openReviewTasks(options);
    },
  });
}
