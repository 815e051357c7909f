import type {
  AuditorService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { IntegrityRun } from '../../database/ReplayStore';
import type { IntegrityService } from '../IntegrityService';

/** What the scheduled integrity check needs besides the service itself. */
export interface IntegrityJobOptions {
  integrity: IntegrityService;
  scheduler: SchedulerService;
  logger: LoggerService;
  auditor: AuditorService;
  /** Absent when the notifications backend is not installed. */
  notifications?: NotificationService;
  /** Who hears about a mismatch: the governance office group. */
  recipients: string;
  frequencyMinutes: number;
}

/** The line a person reads first about a failed run. */
export function describeRun(run: IntegrityRun): string {
  const where = run.record
    ? ` (${run.record.type} ${run.record.id} of ${run.record.entityRef}, field ${run.record.field})`
    : '';
  return `${run.reason ?? 'the records do not match their history'}${where}`;
}

/**
 * Runs one check and raises what it finds: an auditor event on every run
 * (failed ones at high severity), and a notification to the governance
 * office when a problem is new, not on every run while it persists.
 */
export async function runIntegrityCheck(
  options: Omit<IntegrityJobOptions, 'scheduler' | 'frequencyMinutes'>,
): Promise<IntegrityRun> {
  const { integrity, auditor, logger, notifications } = options;
  // The last run, whichever replica made it.
  const previous = await integrity.lastRun();
  const event = await auditor.createEvent({
    eventId: 'integrity-check',
    severityLevel: 'low',
  });
  const run = await integrity.runScheduledCheck();
  const meta = {
    chainSeq: run.chainSeq,
    checkedRecords: run.checkedRecords,
    ...(run.record ? { record: run.record } : {}),
  };
  if (run.ok) {
    await event.success({ meta });
    return run;
  }
  const message = describeRun(run);
  logger.error(`Governance records integrity check failed: ${message}`);
  await event.fail({ meta, error: new Error(message) });
  const alarm = await auditor.createEvent({
    eventId: 'integrity-mismatch',
    severityLevel: 'critical',
    meta,
  });
  await alarm.fail({ meta, error: new Error(message) });
  const isNew = !previous || previous.ok || previous.reason !== run.reason;
  if (notifications && isNew) {
    try {
      await notifications.send({
        recipients: { type: 'entity', entityRef: options.recipients },
        payload: {
          title: 'AI governance records failed their integrity check',
          description: `${message}. Records may have been changed outside the portal; verify the history and restore from backup where needed.`,
          link: '/ai-governance',
          severity: 'critical',
          topic: 'ai-governance-integrity',
        },
      });
    } catch (e) {
      // The check's result is kept and audited either way.
      logger.warn(`Could not send the integrity notification: ${e}`);
    }
  }
  return run;
}

/** Schedules the incremental integrity check, once across all replicas. */
export async function scheduleIntegrityCheck(options: IntegrityJobOptions) {
  await options.scheduler.scheduleTask({
    id: 'ai-governance-integrity-check',
    frequency: { minutes: options.frequencyMinutes },
    timeout: { minutes: 30 },
    // Not while the backend starts, but soon: a minute, or one period when shorter.
    initialDelay: { minutes: Math.min(1, options.frequencyMinutes) },
    scope: 'global',
    fn: async () => {
      await runIntegrityCheck(options);
    },
  });
}
