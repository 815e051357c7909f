import type { Knex } from 'knex';
import {
  trainingStatusOf,
  type TrainingRecord,
} from '@aigov/plugin-ai-governance-common';
import { createdColumns, rowsWhereIn } from './rowMeta';
import { type MetaRow, recordMetaOf } from './rows';

/** The fields of a new training record, as the service decides them. */
export type NewTrainingValues = Omit<
  TrainingRecord,
  | 'entityRef'
  | 'status'
  | 'recordedBy'
  | 'version'
  | 'createdAt'
  | 'createdBy'
  | 'updatedAt'
  | 'updatedBy'
>;

/** Filters of the records list; `users` empty means nobody. */
export interface TrainingFilter {
  users?: string[];
  courseId?: string;
}

/** What coverage and renewals read of a record. */
export interface TrainingHolding {
  id: string;
  userRef: string;
  courseId: string;
  completedAt: string;
  expiresAt: string | null;
}

type TrainingRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  course_id: string;
  completed_at: string;
  expires_at: string | null;
  evidence: string;
  recorded_by: string;
} & MetaRow;

const fromRow = (row: TrainingRow, today: string): TrainingRecord => ({
  id: row.id,
  entityRef: row.entity_ref,
  userRef: row.entity_ref,
  courseId: row.course_id,
  completedAt: row.completed_at,
  expiresAt: row.expires_at ?? null,
  evidence: row.evidence,
  recordedBy: row.recorded_by,
  status: trainingStatusOf(row.expires_at ?? null, today),
  ...recordMetaOf(row),
});

const CHUNK = 500;

/** People's completions of courses. */
export interface TrainingStore {
  get(
    id: string,
    today: string,
    tx?: Knex.Transaction,
  ): Promise<TrainingRecord | undefined>;
  /** For the integrity replay, with the status of `today`. */
  getMany(ids: string[], today: string): Promise<TrainingRecord[]>;
  /** The records matching the filter, latest completion first. */
  list(filter: TrainingFilter, today: string): Promise<TrainingRecord[]>;
  /** Every record's course and dates, for coverage and renewals. */
  holdings(tx?: Knex.Transaction): Promise<TrainingHolding[]>;
  /** Whether any training is recorded at all. */
  hasAny(): Promise<boolean>;
  insert(
    tx: Knex.Transaction,
    values: NewTrainingValues,
    actor: string,
    now: string,
  ): Promise<TrainingRecord>;
  /** Owners (groups or users) of an AI system of the high or prohibited tier, lower case. */
  highTierOwners(): Promise<string[]>;
  /** The id of the person's open task holding `openKey` (a renewal), if any. */
  openTaskOf(
    tx: Knex.Transaction,
    userRef: string,
    openKey: string,
  ): Promise<string | undefined>;
  /** The training records a renewal task was ever opened for. */
  renewalCauses(tx: Knex.Transaction): Promise<Set<string>>;
}

/** The {@link TrainingStore} on the plugin's database. */
export class DatabaseTrainingStore implements TrainingStore {
  constructor(private readonly db: Knex) {}

  async get(id: string, today: string, tx: Knex = this.db) {
    const row = await tx<TrainingRow>('training_records')
      .where('id', id)
      .first();
    return row ? fromRow(row, today) : undefined;
  }

  async getMany(ids: string[], today: string) {
    const rows = await rowsWhereIn<TrainingRow>(
      this.db,
      'training_records',
      ids,
    );
    return rows.map(r => fromRow(r, today));
  }

  async list(filter: TrainingFilter, today: string) {
    if (filter.users && filter.users.length === 0) return [];
    const out: TrainingRecord[] = [];
    const users = filter.users ?? [undefined];
    for (let i = 0; i < users.length; i += CHUNK) {
      const query = this.db<TrainingRow>('training_records');
      if (filter.users) {
        query.whereIn('entity_ref', users.slice(i, i + CHUNK) as string[]);
      }
      if (filter.courseId) query.where('course_id', filter.courseId);
      out.push(...(await query).map(r => fromRow(r, today)));
    }
    // Latest completion first; among equal dates, the latest recorded.
    return out.sort((a, b) =>
      a.completedAt === b.completedAt
        ? b.createdAt.localeCompare(a.createdAt)
        : b.completedAt.localeCompare(a.completedAt),
    );
  }

  async holdings(tx: Knex = this.db) {
    const rows = await tx<TrainingRow>('training_records')
      .select('id', 'entity_ref', 'course_id', 'completed_at', 'expires_at')
      .orderBy('row_id');
    return rows.map(r => ({
      id: r.id,
      userRef: r.entity_ref,
      courseId: r.course_id,
      completedAt: r.completed_at,
      expiresAt: r.expires_at ?? null,
    }));
  }

  async highTierOwners() {
    const rows = await this.db('governed_entities')
      .distinct('owner_ref')
      .where('kind', 'aisystem')
      .whereIn('risk_tier', ['high', 'prohibited'])
      .whereNotNull('owner_ref');
    return rows.map(r => String(r.owner_ref).toLocaleLowerCase('en-US'));
  }

  async openTaskOf(tx: Knex.Transaction, userRef: string, openKey: string) {
    const row = await tx('tasks')
      .where({ entity_ref: userRef, open_key: openKey })
      .first('id');
    return row?.id as string | undefined;
  }

  async renewalCauses(tx: Knex.Transaction) {
    const rows = await tx('tasks')
      .where({ kind: 'training-renewal', cause_type: 'training' })
      .select('cause_id');
    return new Set(rows.map(r => String(r.cause_id)));
  }

  async hasAny() {
    return !!(await this.db('training_records').first('row_id'));
  }

  async insert(
    tx: Knex.Transaction,
    values: NewTrainingValues,
    actor: string,
    now: string,
  ) {
    await tx('training_records').insert({
      id: values.id,
      entity_ref: values.userRef,
      course_id: values.courseId,
      completed_at: values.completedAt,
      expires_at: values.expiresAt,
      evidence: values.evidence,
      recorded_by: actor,
      ...createdColumns(actor, now),
    });
    return (await this.get(values.id, now.slice(0, 10), tx))!;
  }
}
