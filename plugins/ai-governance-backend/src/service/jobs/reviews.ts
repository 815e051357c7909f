import type { TaskScheduleSettings } from '../reviewSchedule';
import type { TaskService } from '../TaskService';
import { taskOpeningJob, type TaskOpeningJobServices } from './taskOpeningJob';

/** Hours between runs of the job that opens scheduled review, expiry and approval tasks. */
export const REVIEW_TASKS_HOURS = 1;

/** What the review task schedule needs. */
export interface ReviewTaskJobOptions extends TaskOpeningJobServices {
  tasks: TaskService;
  settings: TaskScheduleSettings;
  /** Assignee of assessment approvals. */
  governanceOffice: string;
}

/*
 * Every REVIEW_TASKS_HOURS hours, once across replicas; a due date is a
 * day, so hourly finds each the day it is due. Should two passes overlap
 * anyway, the open-task key keeps each task to one open copy. A run that
 * only completed approval tasks is logged too.
 */
const job = taskOpeningJob<
  ReviewTaskJobOptions,
  { opened: number; completed: number }
>({
  id: 'ai-governance-review-tasks',
  frequency: { hours: REVIEW_TASKS_HOURS },
  initialDelay: { minutes: 2 },
  open: options =>
    options.tasks.openScheduled(options.settings, options.governanceOffice),
  logs: result => result.opened > 0 || result.completed > 0,
  describe: ({ opened, completed }) =>
    `Opened ${opened} scheduled review, expiry and approval tasks; completed ${completed} approval tasks of approved assessments`,
});

/** Opens the due scheduled tasks once, logging what it did. */
export const openReviewTasks = job.run;

/**
 * Schedules the periodic reviews, expiry notices and approval tasks every
 * {@link REVIEW_TASKS_HOURS} hours, once across replicas.
 */
export const scheduleReviewTasks = job.schedule;
