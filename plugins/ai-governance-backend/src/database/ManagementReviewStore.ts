import type { Knex } from 'knex';
import type {
  ManagementReview,
  ManagementReviewAction,
  ManagementReviewStatus,
} from '@aigov/plugin-ai-governance-common';
import { createdColumns, rowsWhereIn, updateAtVersion } from './rowMeta';
import type { MetaRow } from './rows';

/** An action as the row keeps it: its status is its task's. */
export type StoredReviewAction = Omit<
  ManagementReviewAction,
  'status' | 'completedAt'
>;

/** A review as the row keeps it (and its history events record it). */
export type StoredManagementReview = Omit<ManagementReview, 'actions'> & {
  actions: StoredReviewAction[];
};

/** The fields of a new review, as the service decides them. */
export type NewManagementReviewValues = Omit<
  StoredManagementReview,
  'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'
>;

/** What a change to a review writes; the inputs are never written again. */
export type ManagementReviewValues = Partial<
  Omit<NewManagementReviewValues, 'id' | 'entityRef' | 'inputs'>
>;

type ReviewRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  title: string;
  planned_at: string;
  held_at: string | null;
  chair: string;
  attendees: string;
  decisions: string;
  actions: string;
  status: string;
  inputs: string;
  closed_at: string | null;
} & MetaRow;

const fromRow = (row: ReviewRow): StoredManagementReview => ({
  id: row.id,
  entityRef: row.entity_ref,
  title: row.title,
  plannedAt: row.planned_at,
  heldAt: row.held_at,
  chair: row.chair,
  attendees: JSON.parse(row.attendees),
  status: row.status as ManagementReviewStatus,
  decisions: JSON.parse(row.decisions),
  actions: JSON.parse(row.actions),
  inputs: JSON.parse(row.inputs),
  closedAt: row.closed_at,
  version: Number(row.version),
  createdAt: row.created_at,
  createdBy: row.created_by,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

const COLUMNS: Record<keyof ManagementReviewValues, string> = {
  title: 'title',
  plannedAt: 'planned_at',
  heldAt: 'held_at',
  chair: 'chair',
  attendees: 'attendees',
  status: 'status',
  decisions: 'decisions',
  actions: 'actions',
  closedAt: 'closed_at',
};
const JSON_FIELDS = new Set(['attendees', 'decisions', 'actions', 'inputs']);

function toColumns(values: ManagementReviewValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    const column = COLUMNS[field as keyof ManagementReviewValues];
    if (!column || value === undefined) continue;
    row[column] = JSON_FIELDS.has(field) ? JSON.stringify(value) : value;
  }
  return row;
}

/** The management reviews of the management system. */
export interface ManagementReviewStore {
  get(
    id: string,
    tx?: Knex.Transaction,
  ): Promise<StoredManagementReview | undefined>;
  getMany(ids: string[]): Promise<StoredManagementReview[]>;
  /** Every review, latest planned date first. */
  list(tx?: Knex.Transaction): Promise<StoredManagementReview[]>;
  /** The review held (or closed) most recently, by date held. */
  latestHeld(): Promise<StoredManagementReview | undefined>;
  insert(
    tx: Knex.Transaction,
    values: NewManagementReviewValues,
    actor: string,
    now: string,
  ): Promise<StoredManagementReview>;
  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: ManagementReviewValues,
    actor: string,
    now: string,
  ): Promise<boolean>;
}

/** The {@link ManagementReviewStore} on the plugin's database. */
export class DatabaseManagementReviewStore implements ManagementReviewStore {
  constructor(private readonly db: Knex) {}

  async get(id: string, tx: Knex = this.db) {
    const row = await tx<ReviewRow>('management_reviews')
      .where('id', id)
      .first();
    return row ? fromRow(row) : undefined;
  }

  async getMany(ids: string[]) {
    const rows = await rowsWhereIn<ReviewRow>(
      this.db,
      'management_reviews',
      ids,
    );
    return rows.map(fromRow);
  }

  async list(tx: Knex = this.db) {
    const rows = await tx<ReviewRow>('management_reviews')
      .orderBy('planned_at', 'desc')
      .orderBy('row_id', 'desc');
    return rows.map(fromRow);
  }

  async latestHeld() {
    const row = await this.db<ReviewRow>('management_reviews')
      .whereIn('status', ['held', 'closed'])
      .whereNotNull('held_at')
      .orderBy('held_at', 'desc')
      .orderBy('row_id', 'desc')
      .first();
    return row ? fromRow(row) : undefined;
  }

  async insert(
    tx: Knex.Transaction,
    values: NewManagementReviewValues,
    actor: string,
    now: string,
  ) {
    await tx('management_reviews').insert({
      id: values.id,
      entity_ref: values.entityRef,
      inputs: JSON.stringify(values.inputs),
      ...toColumns(values),
      ...createdColumns(actor, now),
    });
    return (await this.get(values.id, tx))!;
  }

  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: ManagementReviewValues,
    actor: string,
    now: string,
  ) {
    return updateAtVersion(
      tx,
      'management_reviews',
      { id },
      expectedVersion,
      toColumns(values),
      actor,
      now,
    );
  }
}
