import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { ObjectiveService, SnapshotRun } from '../ObjectiveService';

/*
 * The trend of an objective is one snapshot of its measure per UTC day.
 * The job runs every few hours rather than once at midnight, so a day
 * the backend was down at midnight still gets its snapshot; the first run
 * of a day writes it and later runs, on this replica or another, write
 * nothing (one row per objective and day, enforced by the unique key).
 */

/** Hours between runs of the objective snapshot job. */
export const OBJECTIVE_SNAPSHOT_HOURS = 3;

/** Takes today's snapshots once, logging what it wrote. */
export async function snapshotObjectives(
  objectives: ObjectiveService,
  logger: LoggerService,
): Promise<SnapshotRun> {
  const run = await objectives.snapshotAll();
  if (run.written > 0) {
    logger.info(
      `Recorded ${run.written} objective snapshots for ${run.day} (${run.measured} objectives measured)`,
    );
  }
  return run;
}

/**
 * Schedules the daily objective snapshots, once across replicas
 * (`scope: 'global'`), first shortly after start.
 */
export async function scheduleObjectiveSnapshots(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  objectives: ObjectiveService;
}): Promise<void> {
  const { scheduler, logger, objectives } = options;
  await scheduler.scheduleTask({
    id: 'ai-governance-objective-snapshots',
    frequency: { hours: OBJECTIVE_SNAPSHOT_HOURS },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 1 },
    scope: 'global',
    fn: async () => {
      await snapshotObjectives(objectives, logger);
    },
  });
}
