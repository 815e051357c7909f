import type {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';

/** What every task opening job needs beside its service. */
export interface TaskOpeningJobServices {
  scheduler: SchedulerService;
  logger: LoggerService;
}

/**
 * A job that opens the tasks falling due: `run` opens them once, logging how
 * many when there were any, and `schedule` runs it every `frequency`, once
 * across replicas (`scope: 'global'`); the tasks' keys keep two runs that
 * overlap anyway from opening a task twice.
 */
export function taskOpeningJob<O extends TaskOpeningJobServices>(job: {
  id: string;
  frequency: SchedulerServiceTaskScheduleDefinition['frequency'];
  initialDelay: SchedulerServiceTaskScheduleDefinition['initialDelay'];
  open: (options: O) => Promise<{ opened: number }>;
  /** The log line of a run that opened `opened` tasks. */
  describe: (opened: number) => string;
}) {
  const run = async (options: O) => {
    const result = await job.open(options);
    if (result.opened) options.logger.info(job.describe(result.opened));
    return result;
  };
  const schedule = async (options: O) => {
    await options.scheduler.scheduleTask({
      id: job.id,
      frequency: job.frequency,
      timeout: { minutes: 15 },
      initialDelay: job.initialDelay,
      scope: 'global',
      fn: async () => {
        await run(options);
      },
    });
  };
  return { run, schedule };
}
