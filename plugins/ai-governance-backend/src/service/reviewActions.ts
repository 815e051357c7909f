import { randomUUID } from 'node:crypto';
import { ConflictError } from '@backstage/errors';
import {
  AIMS_ENTITY_REF,
  type ManagementReviewAction,
  type ManagementReviewActionInput,
  type Task,
} from '@aigov/plugin-ai-governance-common';
import type { StoredReviewAction } from '../database/ManagementReviewStore';
import type { TaskStore, TaskValues } from '../database/TaskStore';
import type { WriteScope } from '../database/UnitOfWork';
import { FieldValidationError } from '../errors';
import { applyVersioned, recordCreated } from './versioned';

/*
 * The actions of a management review are tracked as tasks (kind
 * `review-action`, cause the review) on the management system's own
 * entity: the review keeps each action's text, owner, due date and task
 * id, and an action's status is always its task's.
 */

/** An action's input with its defaults applied. */
type ParsedAction = ManagementReviewActionInput & { owner: string };

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/** The actions with the status and completion time of their tasks. */
export function withTaskStatus(
  actions: StoredReviewAction[],
  tasks: Map<string, Task>,
): ManagementReviewAction[] {
  return actions.map(a => {
    const task = tasks.get(a.taskId);
    return {
      ...a,
      status: task?.status ?? 'open',
      completedAt: task?.completedAt ?? null,
    };
  });
}

async function changeTask(
  scope: WriteScope,
  tasks: TaskStore,
  task: Task,
  action: 'update' | 'complete' | 'dismiss',
  values: TaskValues,
  actor: string,
) {
  return applyVersioned(scope, tasks, {
    label: 'Task',
    recordType: 'task',
    action,
    actor,
    expectedVersion: task.version,
    before: task,
    values,
  });
}

/**
 * Applies the list of actions a change sends to the review's tasks, in the
 * change's transaction: a new action opens its task; a changed owner or due
 * date changes it; `done` or `dismissed` closes it; an action left out
 * dismisses its open task. Returns the actions as the review keeps them.
 */
export async function syncReviewActions(
  scope: WriteScope,
  tasks: TaskStore,
  review: { id: string; title: string; actions: StoredReviewAction[] },
  sent: ParsedAction[],
  actor: string,
): Promise<StoredReviewAction[]> {
  const current = new Map(review.actions.map(a => [a.id, a]));
  const kept = new Set<string>();
  const out: StoredReviewAction[] = [];
  for (const [i, input] of sent.entries()) {
    const owner = lower(input.owner);
    const existing = input.id ? current.get(input.id) : undefined;
    if (input.id && !existing) {
      throw new FieldValidationError(
        `Invalid management review: actions[${i}].id ${input.id} is not an action of this review`,
        [
          {
            path: `actions[${i}].id`,
            message: 'must be the id of an action of this review',
          },
        ],
      );
    }
    if (existing && kept.has(existing.id)) {
      throw new FieldValidationError(
        `Invalid management review: actions[${i}].id ${existing.id} is listed twice`,
        [
          {
            path: `actions[${i}].id`,
            message: 'must not list an action twice',
          },
        ],
      );
    }
    let task: Task;
    if (!existing) {
      task = await tasks.insert(
        scope.tx,
        {
          id: randomUUID(),
          entityRef: AIMS_ENTITY_REF,
          kind: 'review-action',
          cause: { type: 'aims-review', id: review.id },
          controlIds: [],
          assignee: owner,
          dueAt: input.dueAt,
        },
        false,
        actor,
        scope.now,
      );
      await recordCreated(scope, 'task', task, actor);
    } else {
      kept.add(existing.id);
      task = (await tasks.get(existing.taskId, scope.tx))!;
      if (task.assignee !== owner || task.dueAt !== input.dueAt) {
        if (task.status !== 'open') {
          throw new ConflictError(
            `Action ${existing.id} of the management review is ${task.status}: its owner and due date stay as they were`,
          );
        }
        task = await changeTask(
          scope,
          tasks,
          task,
          'update',
          { assignee: owner, dueAt: input.dueAt },
          actor,
        );
      }
    }
    const want = input.status ?? task.status;
    if (want !== task.status) {
      if (task.status !== 'open') {
        throw new ConflictError(
          `Action ${existing?.id} of the management review is ${task.status}; a closed task does not reopen`,
        );
      }
      task =
        want === 'done'
          ? await changeTask(
              scope,
              tasks,
              task,
              'complete',
              {
                status: 'done',
                outcome: `Done, as recorded in the management review "${review.title}"`,
                completedBy: actor,
                completedAt: scope.now,
              },
              actor,
            )
          : await changeTask(
              scope,
              tasks,
              task,
              'dismiss',
              {
                status: 'dismissed',
                dismissReason: `Dismissed in the management review "${review.title}"`,
                completedBy: actor,
                completedAt: scope.now,
              },
              actor,
            );
    }
    out.push({
      id: existing?.id ?? randomUUID(),
      description: input.description,
      owner,
      dueAt: input.dueAt,
      taskId: task.id,
    });
  }
  for (const gone of review.actions.filter(a => !kept.has(a.id))) {
    const task = await tasks.get(gone.taskId, scope.tx);
    if (task?.status === 'open') {
      await changeTask(
        scope,
        tasks,
        task,
        'dismiss',
        {
          status: 'dismissed',
          dismissReason: `The action was removed from the management review "${review.title}"`,
          completedBy: actor,
          completedAt: scope.now,
        },
        actor,
      );
    }
  }
  return out;
}
