import { parseEntityRef } from '@backstage/catalog-model';
import type {
  NotificationPayload,
  NotificationSeverity,
} from '@backstage/plugin-notifications-common';
import type {
  NotifiableTask,
  TaskNotificationEvent,
} from '../database/NotificationLogStore';

/** The topic every task notification is filed under, so people can mute it as one. */
export const TASK_NOTIFICATION_TOPIC = 'AI governance tasks';

/** Days a task stays overdue before it is escalated, unless configured. */
export const DEFAULT_ESCALATE_AFTER_DAYS = 7;

const SEVERITY: Record<TaskNotificationEvent, NotificationSeverity> = {
  opened: 'normal',
  due: 'high',
  escalated: 'critical',
};

/**
 * The notifications backend keeps one notification per user, origin and
 * scope: one scope per task and event, so each is one notification.
 */
export const taskNotificationScope = (
  taskId: string,
  event: TaskNotificationEvent,
) => `ai-governance:task:${taskId}:${event}`;

/**
 * Where a notification leads. The assignee goes to My tasks, where their
 * open tasks are listed with the actions that close them; an escalation's
 * recipient is not the assignee, so theirs leads to the Tasks section on
 * the AI system's Governance tab. Both name the task.
 */
export function taskLink(
  task: Pick<NotifiableTask, 'id' | 'entityRef'>,
  event: TaskNotificationEvent,
) {
  // The frontend outlines and scrolls to the `record` it is given.
  const record = `record=${encodeURIComponent(task.id)}`;
  if (event !== 'escalated') return `/ai-governance/tasks?${record}`;
  const { kind, namespace, name } = parseEntityRef(task.entityRef);
  return `/catalog/${namespace}/${kind}/${name}/governance?section=tasks&${record}`;
}

/** Whole days from `dueAt` to `today` (both YYYY-MM-DD); negative before it is due. */
export const daysOverdue = (dueAt: string, today: string) =>
  Math.round((Date.parse(today) - Date.parse(dueAt)) / 86_400_000);

/** The task as a sentence starts: "Revalidation of Credit scoring". */
function taskName(task: NotifiableTask) {
  const kind = task.kind.replace(/-/g, ' ');
  const what = kind.charAt(0).toLocaleUpperCase('en-US') + kind.slice(1);
  return `${what} of ${task.entityTitle ?? task.entityRef}`;
}

/** What `recipient` reads about the event of a task, on `today`. */
export function taskNotificationPayload(
  task: NotifiableTask,
  event: TaskNotificationEvent,
  today: string,
  recipient: string,
): NotificationPayload {
  const name = taskName(task);
  const assignee = task.assignee ?? 'no one';
  const text: Record<TaskNotificationEvent, [string, string]> = {
    opened: [
      `New task: ${name}`,
      `Assigned to ${assignee}, due ${task.dueAt}.`,
    ],
    due: [
      `Task due: ${name}`,
      `Due ${task.dueAt} and still open; assigned to ${assignee}.`,
    ],
    escalated: [
      `Overdue task escalated: ${name}`,
      `Due ${task.dueAt}, ${daysOverdue(
        task.dueAt,
        today,
      )} days overdue and still open; assigned to ${assignee}, escalated to ${recipient}.`,
    ],
  };
  const [title, description] = text[event];
  return {
    title,
    description,
    link: taskLink(task, event),
    severity: SEVERITY[event],
    topic: TASK_NOTIFICATION_TOPIC,
    scope: taskNotificationScope(task.id, event),
  };
}

/** Who hears of an opened or due task: its assignee, or the governance office when it has none. */
export const taskRecipient = (task: NotifiableTask, governanceOffice: string) =>
  task.assignee ?? governanceOffice;

/**
 * Whom an overdue task escalates to: the parent of the assignee group in
 * the catalog's group tree, or the governance office when the group has no
 * parent, the assignee is a user, or there is no assignee.
 */
export async function escalationTarget(
  assignee: string | null,
  parentOf: (groupRef: string) => Promise<string | null>,
  governanceOffice: string,
): Promise<string> {
  if (
    !assignee ||
    parseEntityRef(assignee).kind.toLocaleLowerCase('en-US') !== 'group'
  ) {
    return governanceOffice;
  }
  return (await parentOf(assignee)) ?? governanceOffice;
}
