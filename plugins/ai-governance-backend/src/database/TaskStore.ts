import type { Knex } from 'knex';
import type {
  Task,
  TaskCauseType,
  TaskKind,
  TaskStatus,
} from '@aigov/plugin-ai-governance-common';
import type { EntityScope } from './overview';
import {
  createdColumns,
  pageInScope,
  pageOfEntity,
  rowsWhereIn,
  updateAtVersion,
} from './rowMeta';
import type { StorePage } from './RiskStore';
import { recordMetaOf } from './rows';

/** The fields of a new task, as the service decides them. */
export type NewTaskValues = Pick<
  Task,
  'id' | 'entityRef' | 'kind' | 'cause' | 'controlIds' | 'assignee' | 'dueAt'
>;

/** What a change to a task writes; `assignee` and `dueAt` follow a management review action's owner and due date. */
export type TaskValues = Partial<
  Pick<
    Task,
    | 'cause'
    | 'assignee'
    | 'dueAt'
    | 'status'
    | 'outcome'
    | 'dismissReason'
    | 'evidenceIds'
    | 'completedBy'
    | 'completedAt'
  >
>;

/** Filters of the task inbox; `assignees` empty means anyone. */
export interface TaskFilter {
  assignees?: string[];
  status?: TaskStatus;
  entityRef?: string;
  /** Refs outside the catalog's governed entities whose tasks are listed too (the caller's own, the management system's). */
  alsoOn?: string[];
}

type TaskRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  kind: string;
  cause_type: string;
  cause_id: string | null;
  control_ids: string;
  assignee: string | null;
  due_at: string;
  status: string;
  outcome: string | null;
  dismiss_reason: string | null;
  evidence_ids: string;
  completed_by: string | null;
  completed_at: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
};

function fromRow(row: TaskRow): Task {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    kind: row.kind as TaskKind,
    cause: { type: row.cause_type as TaskCauseType, id: row.cause_id },
    controlIds: JSON.parse(row.control_ids),
    assignee: row.assignee,
    dueAt: row.due_at,
    status: row.status as TaskStatus,
    outcome: row.outcome,
    dismissReason: row.dismiss_reason,
    evidenceIds: JSON.parse(row.evidence_ids),
    completedBy: row.completed_by,
    completedAt: row.completed_at,
    ...recordMetaOf(row),
  };
}

function toColumns(values: TaskValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  if (values.cause) {
    row.cause_type = values.cause.type;
    row.cause_id = values.cause.id;
  }
  if (values.assignee !== undefined) row.assignee = values.assignee;
  if (values.dueAt !== undefined) row.due_at = values.dueAt;
  if (values.status !== undefined) {
    row.status = values.status;
    // Only an open task holds its entity's one-open-task key.
    if (values.status !== 'open') row.open_key = null;
  }
  if (values.outcome !== undefined) row.outcome = values.outcome;
  if (values.dismissReason !== undefined)
    row.dismiss_reason = values.dismissReason;
  if (values.evidenceIds !== undefined)
    row.evidence_ids = JSON.stringify(values.evidenceIds);
  if (values.completedBy !== undefined) row.completed_by = values.completedBy;
  if (values.completedAt !== undefined) row.completed_at = values.completedAt;
  return row;
}

/** The row of a new, open task. */
function newRow(
  task: NewTaskValues,
  openKey: string | null,
  actor: string,
  now: string,
) {
  return {
    id: task.id,
    entity_ref: task.entityRef,
    kind: task.kind,
    cause_type: task.cause.type,
    cause_id: task.cause.id,
    control_ids: JSON.stringify(task.controlIds),
    assignee: task.assignee,
    due_at: task.dueAt,
    status: 'open',
    evidence_ids: '[]',
    open_key: openKey,
    ...createdColumns(actor, now),
  };
}

/** Tasks of AI systems. */
export interface TaskStore {
  get(id: string, tx?: Knex.Transaction): Promise<Task | undefined>;
  /** The tasks among `ids`, in the order they were opened; in `tx` when given. */
  getMany(ids: string[], tx?: Knex.Transaction): Promise<Task[]>;
  /** The open task of a kind that an entity may have only one of. */
  openOf(
    tx: Knex.Transaction,
    entityRef: string,
    kind: TaskKind,
  ): Promise<Task | undefined>;
  /** Inserts a task; `single` makes it the entity's one open task of its kind. */
  insert(
    tx: Knex.Transaction,
    task: NewTaskValues,
    single: boolean,
    actor: string,
    now: string,
  ): Promise<Task>;
  /**
   * Inserts an open task holding `openKey` unless the entity already has an
   * open task holding it; undefined then, and nothing is written.
   */
  insertIfNone(
    tx: Knex.Transaction,
    task: NewTaskValues,
    openKey: string,
    actor: string,
    now: string,
  ): Promise<Task | undefined>;
  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: TaskValues,
    actor: string,
    now: string,
  ): Promise<boolean>;
  listForEntity(
    entityRef: string,
    page: { before?: number; limit: number },
  ): Promise<StorePage<Task>>;
  /** A page of the tasks in the scope matching the filter, newest first. */
  list(
    scope: EntityScope,
    filter: TaskFilter,
    page: { before?: number; limit: number },
  ): Promise<StorePage<Task>>;
  /** The ids of `ids` that are not evidence of the entity. */
  missingEvidence(
    tx: Knex.Transaction,
    entityRef: string,
    ids: string[],
  ): Promise<string[]>;
}

/** The {@link TaskStore} on the plugin's database. */
export class DatabaseTaskStore implements TaskStore {
  constructor(private readonly db: Knex) {}

  async get(id: string, tx: Knex = this.db) {
    const row = await tx<TaskRow>('tasks').where('id', id).first();
    return row ? fromRow(row) : undefined;
  }

  // The replay asks for one batch of at most 500 ids at a time, as for risks.
  async getMany(ids: string[], tx: Knex = this.db) {
    return (await rowsWhereIn<TaskRow>(tx, 'tasks', ids)).map(fromRow);
  }

  async openOf(tx: Knex.Transaction, entityRef: string, kind: TaskKind) {
    const row = await tx<TaskRow>('tasks')
      .where('entity_ref', entityRef)
      .where('open_key', kind)
      .first();
    return row ? fromRow(row) : undefined;
  }

  async insert(
    tx: Knex.Transaction,
    task: NewTaskValues,
    single: boolean,
    actor: string,
    now: string,
  ) {
    await tx('tasks').insert(
      newRow(task, single ? task.kind : null, actor, now),
    );
    return (await this.get(task.id, tx))!;
  }

  async insertIfNone(
    tx: Knex.Transaction,
    task: NewTaskValues,
    openKey: string,
    actor: string,
    now: string,
  ) {
    // The unique key on (entity, open_key) decides: a concurrent writer's
    // open copy makes this insert do nothing rather than fail the batch.
    await tx('tasks')
      .insert(newRow(task, openKey, actor, now))
      .onConflict(['entity_ref', 'open_key'])
      .ignore();
    return this.get(task.id, tx);
  }

  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: TaskValues,
    actor: string,
    now: string,
  ) {
    return updateAtVersion(
      tx,
      'tasks',
      { id },
      expectedVersion,
      toColumns(values),
      actor,
      now,
    );
  }

  async listForEntity(
    entityRef: string,
    page: { before?: number; limit: number },
  ) {
    const { rows, last } = await pageOfEntity<TaskRow>(
      this.db,
      'tasks',
      entityRef,
      page,
    );
    return { items: rows.map(fromRow), last };
  }

  async list(
    scope: EntityScope,
    filter: TaskFilter,
    page: { before?: number; limit: number },
  ) {
    const { rows, last } = await pageInScope<TaskRow>(
      this.db,
      'tasks',
      scope,
      page,
      {
        where: query => {
          if (filter.assignees) query.whereIn('r.assignee', filter.assignees);
          if (filter.status) query.where('r.status', filter.status);
          if (filter.entityRef) query.where('r.entity_ref', filter.entityRef);
        },
        alsoOn: filter.alsoOn,
      },
    );
    return { items: rows.map(fromRow), last };
  }

  async missingEvidence(
    tx: Knex.Transaction,
    entityRef: string,
    ids: string[],
  ) {
    if (ids.length === 0) return [];
    const found = await tx('evidence')
      .whereIn('id', ids)
      .where('entity_ref', entityRef)
      .select('id');
    const have = new Set(found.map(f => f.id));
    return ids.filter(id => !have.has(id));
  }
}
