import type { TrainingService } from '../TrainingService';
import { taskOpeningJob, type TaskOpeningJobServices } from './taskOpeningJob';

/** What the training renewal job needs. */
export interface TrainingRenewalJobOptions extends TaskOpeningJobServices {
  training: TrainingService;
}

/*
 * Daily, once across replicas; should two runs overlap anyway, a completion
 * gets one task (its id is the task's cause) and the open-task key keeps a
 * person to one open renewal per course.
 */
const job = taskOpeningJob<TrainingRenewalJobOptions>({
  id: 'ai-governance-training-renewals',
  frequency: { hours: 24 },
  initialDelay: { minutes: 3 },
  open: options => options.training.openRenewals(),
  describe: ({ opened }) =>
    `Opened ${opened} training renewal tasks for completions expiring within 30 days`,
});

/** Opens the due renewal tasks once, logging what it did. */
export const openTrainingRenewals = job.run;

/** Schedules the renewal tasks daily, once across replicas. */
export const scheduleTrainingRenewals = job.schedule;
