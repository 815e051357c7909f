import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { TrainingService } from '../TrainingService';

/** What the training renewal job needs. */
export interface TrainingRenewalJobOptions {
  training: TrainingService;
  scheduler: SchedulerService;
  logger: LoggerService;
}

/** Opens the due renewal tasks once, logging what it did. */
export async function openTrainingRenewals(options: TrainingRenewalJobOptions) {
  const result = await options.training.openRenewals();
  if (result.opened) {
    options.logger.info(
      `Opened ${result.opened} training renewal tasks for completions expiring within 30 days`,
    );
  }
  return result;
}

/**
 * Schedules the renewal tasks daily, once across replicas (`scope:
 * 'global'`); should two runs overlap anyway, a completion gets one task
 * (its id is the task's cause) and the open-task key keeps a person to one
 * open renewal per course.
 */
export async function scheduleTrainingRenewals(
  options: TrainingRenewalJobOptions,
) {
  await options.scheduler.scheduleTask({
    id: 'ai-governance-training-renewals',
    frequency: { hours: 24 },
    timeout: { minutes: 15 },
    initialDelay: { minutes: 3 },
    scope: 'global',
    fn: async () => {
      await openTrainingRenewals(options);
    },
  });
}
