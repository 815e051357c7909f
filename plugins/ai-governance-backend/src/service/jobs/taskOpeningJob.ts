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
 * A job that opens the tasks falling due: `run` opens them once, logging
 * what it did when there was something to tell (by default, when it opened
 * any), and `schedule` runs it every `frequency`, once across replicas
 * (`scope: 'global'`); the tasks' keys keep two runs that overlap anyway
 * from opening a task twice.
 */
export function taskOpeningJob<
  O extends TaskOpeningJobServices,
  R extends { opened: number } = { opened: number },
>(job: {
  id: string;
  frequency: SchedulerServiceTaskScheduleDefinition['frequency'];
  initialDelay: SchedulerServiceTaskScheduleDefinition['initialDelay'];
  open: (options: O) => Promise<R>;
  /** The log line of a run, from what it did. */
  describe: (result: R) => string;
  /** Whether a run is logged, for a job that does more than open tasks. */
  logs?: (result: R) => boolean;
}) {
  const logs = job.logs ?? (result => result.opened > 0);
  const run = async (options: O) => {
    const result = await job.open(options);
    if (logs(result)) options.logger.info(job.describe(result));
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
