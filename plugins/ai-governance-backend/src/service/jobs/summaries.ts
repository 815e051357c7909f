import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { Scorecards, SummaryRepair } from '../../database/scorecards';

/*
 * Scorecard summaries change with every write (UnitOfWork keeps them), and
 * also without one: a review date or a due date passes, evidence expires.
 * Reads stay exact meanwhile (they compute stale summaries from the
 * records), but each stale one costs them a little, so a frequent job
 * recomputes them. A daily check holds every summary to the definitions
 * and repairs what differs: rows written around the write path (a restore,
 * a manual fix) or under other rules.
 */

/** Minutes between runs of the job that recomputes summaries a due date or expiry made stale. */
export const SUMMARY_AGING_MINUTES = 10;
/** Hours between full checks of the summaries against the definitions. */
export const SUMMARY_VERIFY_HOURS = 24;

/** Recomputes the stale summaries once, logging how many. */
export async function refreshAgedSummaries(
  scorecards: Scorecards,
  logger: LoggerService,
): Promise<number> {
  const refreshed = await scorecards.refreshAgedSummaries();
  if (refreshed > 0) {
    logger.info(
      `Recomputed ${refreshed} scorecard summaries that a due date or expiry made stale`,
    );
  }
  return refreshed;
}

/** Checks every summary against the definitions once, repairing and reporting what differed. */
export async function verifySummaries(
  scorecards: Scorecards,
  logger: LoggerService,
): Promise<SummaryRepair> {
  const repair = await scorecards.verifySummaries();
  if (repair.rebuilt) {
    logger.info(
      'Recomputed every scorecard summary: they were computed under other scorecard rules or SQL, or not yet',
    );
  } else if (
    repair.drift.entities ||
    repair.drift.owners ||
    repair.drift.heatMapTotals
  ) {
    logger.warn(
      `Repaired scorecard summaries that differed from the records: ${
        repair.drift.entities
      } entities, ${repair.drift.owners} owners' totals${
        repair.drift.heatMapTotals ? ', the heat map totals' : ''
      }; first: ${repair.first.join(', ') || 'none'}`,
    );
  } else {
    logger.debug(
      `Scorecard summaries match the records (${repair.aged} stale ones recomputed first)`,
    );
  }
  return repair;
}

/**
 * Schedules the summary jobs, once across replicas (`scope: 'global'`): the
 * aging refresh every {@link SUMMARY_AGING_MINUTES} minutes and the full check
 * every {@link SUMMARY_VERIFY_HOURS} hours, first shortly after start, which
 * also fills the summaries after an upgrade or a change of rules.
 */
export async function scheduleSummaryJobs(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  scorecards: Scorecards;
}): Promise<void> {
  const { scheduler, logger, scorecards } = options;
  await scheduler.scheduleTask({
    id: 'ai-governance-summaries-aging',
    frequency: { minutes: SUMMARY_AGING_MINUTES },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 1 },
    scope: 'global',
    fn: async () => {
      await refreshAgedSummaries(scorecards, logger);
    },
  });
  await scheduler.scheduleTask({
    id: 'ai-governance-summaries-verify',
    frequency: { hours: SUMMARY_VERIFY_HOURS },
    timeout: { minutes: 30 },
    initialDelay: { seconds: 10 },
    scope: 'global',
    fn: async () => {
      await verifySummaries(scorecards, logger);
    },
  });
}
