import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  REVALIDATION_CONTROL_IDS,
  type HistoryAction,
  type Task,
  type TaskComplete,
  type TaskKind,
} from '@aigov/plugin-ai-governance-common';
import type { EntityScope } from '../database/overview';
import type { TaskScheduleStore } from '../database/TaskScheduleStore';
import type { TaskFilter, TaskStore, TaskValues } from '../database/TaskStore';
import type { UnitOfWork, WriteScope } from '../database/UnitOfWork';
import { FieldValidationError } from '../errors';
import { applyVersioned, recordCreated } from './versioned';
import {
  expiryCutoff,
  REVIEW_CONTROL_IDS,
  type ReviewKind,
  type TaskScheduleSettings,
} from './reviewSchedule';
import { planScheduledTasks, SCHEDULE_ACTOR } from './scheduledTasks';

/** Days a revalidation (and its reassessment) is due after the change, unless configured. */
export const DEFAULT_REVALIDATION_DUE_DAYS = 30;

/** What a material change opens, with the controls each verifies. */
const CHANGE_TASKS: Array<{ kind: TaskKind; controlIds: string[] }> = [
  { kind: 'revalidation', controlIds: REVALIDATION_CONTROL_IDS },
  { kind: 'reassessment', controlIds: [] },
];

/** Entities the scheduled job reads and writes per unit of work. */
const SCHEDULE_PAGE = 200;

const addDays = (now: string, days: number) =>
  new Date(Date.parse(now) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The rules of tasks: a material change opens one revalidation and one
 * reassessment per entity at a time, and an open task is completed (with
 * its outcome and evidence of the same entity) or dismissed (with a
 * reason) once; a closed task stays closed.
 */
export class TaskService {
  constructor(
    private readonly store: TaskStore,
    private readonly work: UnitOfWork,
    private readonly options: { revalidationDueDays: number } = {
      revalidationDueDays: DEFAULT_REVALIDATION_DUE_DAYS,
    },
    private readonly schedule?: TaskScheduleStore,
  ) {}

  /** One task; a missing one is a 404. */
  async get(id: string): Promise<Task> {
    const task = await this.store.get(id);
    if (!task) throw new NotFoundError(`Task ${id} does not exist`);
    return task;
  }

  listForEntity(entityRef: string, page: { before?: number; limit: number }) {
    return this.store.listForEntity(entityRef, page);
  }

  list(
    scope: EntityScope,
    filter: TaskFilter,
    page: { before?: number; limit: number },
  ) {
    return this.store.list(scope, filter, page);
  }

  /**
   * Inside a change detection's transaction: opens the revalidation and the
   * reassessment a material change calls for, assigned to the entity's
   * owner. An entity has one open task of each at a time: when one is
   * already open, it is linked to the latest change instead (its due date
   * stays, so a stream of changes does not postpone the work). Due from
   * `changedAt`, now by default.
   */
  async openForChange(
    scope: WriteScope,
    entityRef: string,
    changeId: string,
    owner: string | null,
    actor: string,
    changedAt = scope.now,
  ): Promise<void> {
    const cause = { type: 'change' as const, id: changeId };
    for (const { kind, controlIds } of CHANGE_TASKS) {
      const open = await this.store.openOf(scope.tx, entityRef, kind);
      if (open) {
        await this.versioned(scope, open, 'update', { cause }, actor);
        continue;
      }
      const task = await this.store.insert(
        scope.tx,
        {
          id: randomUUID(),
          entityRef,
          kind,
          cause,
          controlIds,
          assignee: owner,
          dueAt: addDays(changedAt, this.options.revalidationDueDays),
        },
        true,
        actor,
        scope.now,
      );
      await recordCreated(scope, 'task', task, actor);
    }
  }

  /**
   * The scheduled job's pass over every governed entity, a page per unit of
   * work: opens the periodic reviews, expiry and approval tasks that are
   * due (see planScheduledTasks) and completes the approval tasks of
   * assessments approved since. Re-running opens nothing new; a concurrent
   * pass's open copy makes an insert do nothing.
   */
  async openScheduled(
    settings: TaskScheduleSettings,
    governanceOffice: string,
    pageSize = SCHEDULE_PAGE,
  ): Promise<{ opened: number; completed: number }> {
    const schedule = this.schedule;
    if (!schedule) throw new Error('TaskService has no schedule store');
    const counts = { opened: 0, completed: 0 };
    for (let after: string | undefined; ; ) {
      const entities = await schedule.entitiesAfter(after, pageSize);
      if (entities.length === 0) return counts;
      after = entities[entities.length - 1].entityRef;
      await this.work.run(async scope => {
        const facts = await schedule.facts(
          scope.tx,
          entities.map(e => e.entityRef),
          expiryCutoff(scope.now, settings.expiryNoticeDays),
        );
        const planned = planScheduledTasks({
          entities,
          facts,
          settings,
          now: scope.now,
          governanceOffice,
        });
        for (const { task: values, openKey } of planned) {
          const task = await this.store.insertIfNone(
            scope.tx,
            { id: randomUUID(), ...values },
            openKey,
            SCHEDULE_ACTOR,
            scope.now,
          );
          if (!task) continue;
          await recordCreated(scope, 'task', task, SCHEDULE_ACTOR);
          counts.opened++;
        }
        for (const { taskId, approvedBy, approvedAt } of facts.approved) {
          const open = (await this.store.get(taskId, scope.tx))!;
          await this.versioned(
            scope,
            open,
            'complete',
            {
              status: 'done',
              outcome: `Assessment approved by ${approvedBy}`,
              completedBy: approvedBy,
              completedAt: approvedAt,
            },
            SCHEDULE_ACTOR,
          );
          counts.completed++;
        }
      });
    }
  }

  /**
   * Records a review done before this plugin kept the records (the demo's
   * seed file): a task opened and completed at `completedAt`, by `actor`,
   * so the schedule counts the next review from it.
   */
  recordPastReview(
    entityRef: string,
    review: { kind: ReviewKind; completedAt: string; outcome: string },
    owner: string | null,
    actor: string,
  ): Promise<Task> {
    return this.work.run(async scope => {
      const task = await this.store.insert(
        scope.tx,
        {
          id: randomUUID(),
          entityRef,
          kind: review.kind,
          cause: { type: 'schedule', id: null },
          controlIds: REVIEW_CONTROL_IDS[review.kind],
          assignee: owner,
          dueAt: review.completedAt.slice(0, 10),
        },
        false,
        actor,
        scope.now,
      );
      await recordCreated(scope, 'task', task, actor);
      return this.versioned(
        scope,
        task,
        'complete',
        {
          status: 'done',
          outcome: review.outcome,
          completedBy: actor,
          completedAt: review.completedAt,
        },
        actor,
      );
    });
  }

  /** Completes an open task still at `expectedVersion`. */
  complete(
    id: string,
    expectedVersion: number,
    body: Required<TaskComplete>,
    actor: string,
  ): Promise<Task> {
    return this.work.run(async scope => {
      const current = await this.open(scope, id);
      const missing = await this.store.missingEvidence(
        scope.tx,
        current.entityRef,
        body.evidenceIds,
      );
      if (missing.length > 0) {
        throw new FieldValidationError(
          `Invalid task completion: evidenceIds ${missing.join(
            ', ',
          )} are not evidence of ${current.entityRef}`,
          missing.map(m => ({
            path: `evidenceIds[${body.evidenceIds.indexOf(m)}]`,
            message: `${m} is not evidence of ${current.entityRef}`,
          })),
        );
      }
      return this.versioned(
        scope,
        current,
        'complete',
        {
          status: 'done',
          outcome: body.outcome,
          evidenceIds: [...new Set(body.evidenceIds)],
          completedBy: actor,
          completedAt: scope.now,
        },
        actor,
        expectedVersion,
      );
    });
  }

  /** Dismisses an open task still at `expectedVersion`, for `reason`. */
  dismiss(
    id: string,
    expectedVersion: number,
    reason: string,
    actor: string,
  ): Promise<Task> {
    return this.work.run(async scope => {
      const current = await this.open(scope, id);
      return this.versioned(
        scope,
        current,
        'dismiss',
        {
          status: 'dismissed',
          dismissReason: reason,
          completedBy: actor,
          completedAt: scope.now,
        },
        actor,
        expectedVersion,
      );
    });
  }

  /** The task, which must exist and be open (a closed one is a 409). */
  private async open(scope: WriteScope, id: string) {
    const current = await this.store.get(id, scope.tx);
    if (!current) throw new NotFoundError(`Task ${id} does not exist`);
    if (current.status !== 'open') {
      throw new ConflictError(
        `Task ${id} is already ${current.status}; a closed task cannot be completed or dismissed again`,
      );
    }
    return current;
  }

  private versioned(
    scope: WriteScope,
    before: Task,
    action: HistoryAction,
    values: TaskValues,
    actor: string,
    expectedVersion = before.version,
  ) {
    return applyVersioned(scope, this.store, {
      label: 'Task',
      recordType: 'task',
      action,
      actor,
      expectedVersion,
      before,
      values,
    });
  }
}
