import type { Knex } from 'knex';
import { claimNotification, releaseNotification } from './notificationClaims';
import type { Task } from '@aigov/plugin-ai-governance-common';

/** What a task can be notified of, each at most once. */
export type TaskNotificationEvent = 'opened' | 'due' | 'escalated';

/** The fields of an open task a notification names, with its AI system's title. */
export type NotifiableTask = Pick<
  Task,
  'id' | 'entityRef' | 'kind' | 'assignee' | 'dueAt'
> & { entityTitle: string | null };

/** Which open tasks are still to be notified of an event. */
export interface PendingQuery {
  event: TaskNotificationEvent;
  /** Only tasks due on or before this day (YYYY-MM-DD). */
  dueBy?: string;
  limit: number;
}

type PendingRow = {
  id: string;
  entity_ref: string;
  kind: string;
  assignee: string | null;
  due_at: string;
  title: string | null;
};

/** The record of the task notifications sent, one per task and event. */
export interface NotificationLogStore {
  /** Open tasks, oldest first, with no record of `event` yet. */
  pending(query: PendingQuery): Promise<NotifiableTask[]>;
  /**
   * Records that `event` of the task is being sent, unless it already was:
   * true for the one caller whose record was written, who then sends it.
   */
  claim(
    taskId: string,
    event: TaskNotificationEvent,
    recipient: string,
    now: string,
  ): Promise<boolean>;
  /** Forgets a claim whose notification could not be sent, so a later run sends it. */
  release(taskId: string, event: TaskNotificationEvent): Promise<void>;
}

/** The {@link NotificationLogStore} on the plugin's database. */
export class DatabaseNotificationLogStore implements NotificationLogStore {
  constructor(private readonly db: Knex) {}

  async pending(query: PendingQuery) {
    const rows = (await this.db
      .select(
        't.id',
        't.entity_ref',
        't.kind',
        't.assignee',
        't.due_at',
        'g.title',
      )
      .from('tasks as t')
      .leftJoin('governed_entities as g', 'g.entity_ref', 't.entity_ref')
      .leftJoin('task_notifications as n', function sent() {
        this.on('n.task_id', 't.id').andOnVal('n.event', query.event);
      })
      .where('t.status', 'open')
      .whereNull('n.task_id')
      .modify(q => {
        // Dates are YYYY-MM-DD strings, so they compare as text.
        if (query.dueBy) q.where('t.due_at', '<=', query.dueBy);
      })
      .orderBy('t.row_id')
      .limit(query.limit)) as PendingRow[];
    return rows.map(row => ({
      id: row.id,
      entityRef: row.entity_ref,
      kind: row.kind as Task['kind'],
      assignee: row.assignee,
      dueAt: row.due_at,
      entityTitle: row.title,
    }));
  }

  claim(
    taskId: string,
    event: TaskNotificationEvent,
    recipient: string,
    now: string,
  ) {
    return claimNotification(this.db, 'task_notifications', 'task_id', {
      id: taskId,
      event,
      recipient,
      now,
    });
  }

  release(taskId: string, event: TaskNotificationEvent) {
    return releaseNotification(
      this.db,
      'task_notifications',
      'task_id',
      taskId,
      event,
    );
  }
}
