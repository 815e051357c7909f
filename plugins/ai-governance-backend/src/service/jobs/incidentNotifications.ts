import { sendOnce } from './sendOnce';
import type {
  DatabaseService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  DatabaseIncidentNotificationLogStore,
  type IncidentNotificationEvent,
  type IncidentNotificationLogStore,
} from '../../database/IncidentNotificationLogStore';
import {
  DEFAULT_REPORT_REMINDER_HOURS,
  incidentNotificationPayload,
  incidentRecipient,
} from '../incidentNotifications';
import { readTaskNotificationSettings } from './taskNotifications';

/** What `aiGovernance.notifications` configures for incidents. */
export interface IncidentNotificationSettings {
  frequencyMinutes: number;
  /** Hours before `reportDueAt` the governance office is reminded. */
  reportReminderHours: number;
  /** Whether incident notifications are sent at all. */
  enabled: boolean;
  governanceOffice: string;
}

/** The settings from config, with the documented defaults; a bad value stops the start. */
export function readIncidentNotificationSettings(
  config: Config,
): IncidentNotificationSettings {
  const key = 'aiGovernance.notifications.incidents';
  const { frequencyMinutes, governanceOffice } =
    readTaskNotificationSettings(config);
  const reportReminderHours =
    config.getOptionalNumber(`${key}.reportReminderHours`) ??
    DEFAULT_REPORT_REMINDER_HOURS;
  if (!(reportReminderHours > 0)) {
    throw new Error(
      `${key}.reportReminderHours must be more than 0, got ${reportReminderHours}`,
    );
  }
  return {
    frequencyMinutes,
    reportReminderHours,
    enabled: config.getOptionalBoolean(`${key}.enabled`) ?? true,
    governanceOffice,
  };
}

/** What one run of the incident notifications needs. */
export interface IncidentNotificationRunOptions {
  log: IncidentNotificationLogStore;
  notifications: NotificationService;
  settings: Pick<
    IncidentNotificationSettings,
    'reportReminderHours' | 'governanceOffice'
  >;
  logger: LoggerService;
  clock?: () => Date;
}

/** Incidents a run looks at per event; the next run takes the rest. */
const BATCH = 500;

/**
 * Sends each event at most once per incident: reported to the system's
 * owner, serious to the governance office, and a reminder to the office
 * once a serious incident not yet reported is due within
 * `reportReminderHours`. Recorded before sending, as task notifications
 * are; one that fails to send is forgotten again, to be retried.
 */
export async function runIncidentNotifications(
  options: IncidentNotificationRunOptions,
): Promise<Record<IncidentNotificationEvent, number>> {
  const { log, notifications, settings, logger } = options;
  const now = (options.clock ?? (() => new Date()))();
  const dueBy = new Date(
    now.getTime() + settings.reportReminderHours * 3_600_000,
  ).toISOString();
  const sent = { reported: 0, serious: 0, 'report-due': 0 };
  for (const event of ['reported', 'serious', 'report-due'] as const) {
    const incidents = await log.pending({ event, dueBy, limit: BATCH });
    for (const incident of incidents) {
      const recipient = incidentRecipient(
        incident,
        event,
        settings.governanceOffice,
      );
      const delivered = await sendOnce({
        log,
        notifications,
        logger,
        what: 'incident',
        id: incident.id,
        event,
        recipient,
        now,
        payload: () => incidentNotificationPayload(incident, event),
      });
      if (delivered) sent[event]++;
    }
  }
  return sent;
}

/** Schedules the incident notifications, once across all replicas; nothing without the notifications backend. */
export async function scheduleIncidentNotifications(options: {
  config: Config;
  database: DatabaseService;
  scheduler: SchedulerService;
  logger: LoggerService;
  notifications?: NotificationService;
}) {
  const { notifications, logger } = options;
  const settings = readIncidentNotificationSettings(options.config);
  if (!notifications || !settings.enabled) return;
  const log = new DatabaseIncidentNotificationLogStore(
    await options.database.getClient(),
  );
  await options.scheduler.scheduleTask({
    id: 'ai-governance-incident-notifications',
    frequency: { minutes: settings.frequencyMinutes },
    timeout: { minutes: 10 },
    initialDelay: { seconds: 30 },
    scope: 'global',
    fn: async () => {
      const sent = await runIncidentNotifications({
        log,
        notifications,
        settings,
        logger,
      });
      const total = sent.reported + sent.serious + sent['report-due'];
      if (total > 0) {
        logger.info(
          `Sent incident notifications: ${sent.reported} reported, ${sent.serious} serious, ${sent['report-due']} report reminders`,
        );
      }
    },
  });
}
