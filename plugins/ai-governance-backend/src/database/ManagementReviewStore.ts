import type { Knex } from 'knex';
import type {
  ManagementReview,
  ManagementReviewAction,
  ManagementReviewStatus,
} from '@aigov/plugin-ai-governance-common';
import {
  columnsByField,
  type NewRecordValues,
  VersionedRecordStore,
  type VersionedRecords,
} from './rowMeta';
import { type MetaRow, recordMetaOf } from './rows';

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
export type NewManagementReviewValues = NewRecordValues<StoredManagementReview>;

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
  ...recordMetaOf(row),
});

const toColumns = columnsByField<ManagementReviewValues>(
  {
    title: 'title',
    plannedAt: 'planned_at',
    heldAt: 'held_at',
    chair: 'chair',
    attendees: 'attendees',
    status: 'status',
    decisions: 'decisions',
    actions: 'actions',
    closedAt: 'closed_at',
  },
  ['attendees', 'decisions', 'actions'],
);

/** The management reviews of the management system. */
export interface ManagementReviewStore
  extends VersionedRecords<
    StoredManagementReview,
    NewManagementReviewValues,
    ManagementReviewValues
  > {
  /** Every review, latest planned date first. */
  list(tx?: Knex.Transaction): Promise<StoredManagementReview[]>;
  /** The review held (or closed) most recently, by date held. */
  latestHeld(): Promise<StoredManagementReview | undefined>;
}

/** The {@link ManagementReviewStore} on the plugin's database. */
export class DatabaseManagementReviewStore
  extends VersionedRecordStore<
    ReviewRow,
    StoredManagementReview,
    NewManagementReviewValues,
    ManagementReviewValues
  >
  implements ManagementReviewStore
{
  constructor(db: Knex) {
    super(db, {
      table: 'management_reviews',
      fromRow,
      toColumns,
      // The inputs are assembled once, when the review is planned.
      fixedColumns: values => ({ inputs: JSON.stringify(values.inputs) }),
    });
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
}
