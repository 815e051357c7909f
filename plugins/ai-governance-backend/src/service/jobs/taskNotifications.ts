import { sendOnce } from './sendOnce';
import type {
  AuthService,
  DatabaseService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  RELATION_CHILD_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  DatabaseNotificationLogStore,
  type NotificationLogStore,
  type TaskNotificationEvent,
} from '../../database/NotificationLogStore';
import {
  DEFAULT_ESCALATE_AFTER_DAYS,
  escalationTarget,
  taskNotificationPayload,
  taskRecipient,
} from '../taskNotifications';

/** What `aiGovernance.notifications` and the governance office group configure. */
export interface TaskNotificationSettings {
  frequencyMinutes: number;
  /** Days past its due date an open task is escalated. */
  escalateAfterDays: number;
  /** Which events are sent; a disabled one is never sent, nor recorded. */
  enabled: Record<TaskNotificationEvent, boolean>;
  /** Who hears of tasks that have no assignee or no group above it. */
  governanceOffice: string;
}

/** The settings from config, with the documented defaults; a bad value stops the start. */
export function readTaskNotificationSettings(
  config: Config,
): TaskNotificationSettings {
  const key = 'aiGovernance.notifications';
  const frequencyMinutes =
    config.getOptionalNumber(`${key}.frequencyMinutes`) ?? 5;
  if (!(frequencyMinutes > 0)) {
    throw new Error(
      `${key}.frequencyMinutes must be more than 0, got ${frequencyMinutes}`,
    );
  }
  const escalateAfterDays =
    config.getOptionalNumber(`${key}.escalateAfterDays`) ??
    DEFAULT_ESCALATE_AFTER_DAYS;
  if (!Number.isInteger(escalateAfterDays) || escalateAfterDays < 1) {
    throw new Error(
      `${key}.escalateAfterDays must be a whole number of days, 1 or more, got ${escalateAfterDays}`,
    );
  }
  const on = (name: string) =>
    config.getOptionalBoolean(`${key}.${name}.enabled`) ?? true;
  return {
    frequencyMinutes,
    escalateAfterDays,
    enabled: {
      opened: on('taskOpened'),
      due: on('taskDue'),
      escalated: on('taskEscalation'),
    },
    governanceOffice:
      config.getOptionalString('aiGovernance.governanceOfficeGroup') ??
      'group:default/ai-governance-office',
  };
}

/**
 * The parent of a group in the catalog's group tree, read as the plugin
 * itself: the group's childOf relation, or its spec.parent before the
 * catalog has stitched relations. Null for a root group or one the catalog
 * does not have.
 */
export function catalogParentOf(catalog: CatalogService, auth: AuthService) {
  return async (groupRef: string): Promise<string | null> => {
    const group = await catalog.getEntityByRef(groupRef, {
      credentials: await auth.getOwnServiceCredentials(),
    });
    if (!group) return null;
    const related = group.relations?.find(r => r.type === RELATION_CHILD_OF);
    if (related) return related.targetRef.toLocaleLowerCase('en-US');
    const parent = (group.spec as { parent?: unknown } | undefined)?.parent;
    if (typeof parent !== 'string' || !parent) return null;
    return stringifyEntityRef(
      parseEntityRef(parent, {
        defaultKind: 'group',
        defaultNamespace: group.metadata.namespace ?? 'default',
      }),
    ).toLocaleLowerCase('en-US');
  };
}

/** What one run of the task notifications needs. */
export interface TaskNotificationRunOptions {
  log: NotificationLogStore;
  notifications: NotificationService;
  parentOf: (groupRef: string) => Promise<string | null>;
  settings: Omit<TaskNotificationSettings, 'frequencyMinutes'>;
  logger: LoggerService;
  clock?: () => Date;
}

/** Tasks a run looks at per event; the next run takes the rest. */
const BATCH = 500;

const minusDays = (day: string, days: number) =>
  new Date(Date.parse(day) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Sends what is due of each enabled event, each at most once per task:
 * opened for every open task, due for open tasks due today or before, and
 * escalated for open tasks overdue by `escalateAfterDays`. A notification
 * is recorded before it is sent and only the run whose record was written
 * sends it; one that fails to send is forgotten again, to be retried.
 */
export async function runTaskNotifications(
  options: TaskNotificationRunOptions,
): Promise<Record<TaskNotificationEvent, number>> {
  const { log, notifications, settings, logger } = options;
  const now = (options.clock ?? (() => new Date()))();
  const today = now.toISOString().slice(0, 10);
  const dueBy: Record<TaskNotificationEvent, string | undefined> = {
    opened: undefined,
    due: today,
    escalated: minusDays(today, settings.escalateAfterDays),
  };
  const sent = { opened: 0, due: 0, escalated: 0 };
  for (const event of ['opened', 'due', 'escalated'] as const) {
    if (!settings.enabled[event]) continue;
    const tasks = await log.pending({
      event,
      dueBy: dueBy[event],
      limit: BATCH,
    });
    for (const task of tasks) {
      const recipient =
        event === 'escalated'
          ? await escalationTarget(
              task.assignee,
              options.parentOf,
              settings.governanceOffice,
            )
          : taskRecipient(task, settings.governanceOffice);
      const delivered = await sendOnce({
        log,
        notifications,
        logger,
        what: 'task',
        id: task.id,
        event,
        recipient,
        now,
        payload: () => taskNotificationPayload(task, event, today, recipient),
      });
      if (delivered) sent[event]++;
    }
  }
  return sent;
}

/** What the scheduled task notifications need from the plugin's dependencies. */
export interface TaskNotificationJobOptions {
  config: Config;
  database: DatabaseService;
  scheduler: SchedulerService;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  /** Absent when the notifications backend is not installed: nothing is scheduled. */
  notifications?: NotificationService;
}

/** Schedules the task notifications from `aiGovernance.notifications`, once across all replicas. */
export async function scheduleTaskNotifications(
  options: TaskNotificationJobOptions,
) {
  const { notifications, logger } = options;
  const settings = readTaskNotificationSettings(options.config);
  if (!notifications) return;
  // The plugin has migrated this database before its jobs are scheduled.
  const log = new DatabaseNotificationLogStore(
    await options.database.getClient(),
  );
  const parentOf = catalogParentOf(options.catalog, options.auth);
  await options.scheduler.scheduleTask({
    id: 'ai-governance-task-notifications',
    frequency: { minutes: settings.frequencyMinutes },
    timeout: { minutes: 10 },
    initialDelay: { seconds: 30 },
    scope: 'global',
    fn: async () => {
      const sent = await runTaskNotifications({
        log,
        notifications,
        parentOf,
        settings,
        logger,
      });
      const total = sent.opened + sent.due + sent.escalated;
      if (total > 0) {
        logger.info(
          `Sent task notifications: ${sent.opened} opened, ${sent.due} due, ${sent.escalated} escalated`,
        );
      }
    },
  });
}
