import type { Knex } from 'knex';
import type {
  AimsMeasure,
  AimsObjectiveRecord,
  ObjectiveDirection,
  ObjectiveTrendPoint,
} from '@aigov/plugin-ai-governance-common';
import {
  countObjectiveFigures,
  type ObjectiveFigures,
} from './objectiveFigures';
import {
  type NewRecordValues,
  VersionedRecordStore,
  type VersionedRecords,
} from './rowMeta';
import { type MetaRow, recordMetaOf } from './rows';

/** The fields of a new objective, as the service decides them. */
export type NewObjectiveValues = NewRecordValues<AimsObjectiveRecord>;

/** What a change to an objective writes. */
export type ObjectiveValues = Partial<
  Omit<NewObjectiveValues, 'id' | 'entityRef'>
>;

/** One snapshot to record: an objective's value on a UTC day. */
export interface ObjectiveSnapshot {
  objectiveId: string;
  day: string;
  value: number;
}

type ObjectiveRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  title: string;
  description: string;
  owner: string;
  measure: string;
  target_value: number | string;
  target_direction: string;
  due_date: string;
} & MetaRow;

const fromRow = (row: ObjectiveRow): AimsObjectiveRecord => ({
  id: row.id,
  entityRef: row.entity_ref,
  title: row.title,
  description: row.description,
  owner: row.owner,
  measure: row.measure as AimsMeasure,
  target: {
    value: Number(row.target_value),
    direction: row.target_direction as ObjectiveDirection,
  },
  dueDate: row.due_date,
  ...recordMetaOf(row),
});

function toColumns(values: ObjectiveValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  if (values.title !== undefined) row.title = values.title;
  if (values.description !== undefined) row.description = values.description;
  if (values.owner !== undefined) row.owner = values.owner;
  if (values.measure !== undefined) row.measure = values.measure;
  if (values.target !== undefined) {
    row.target_value = values.target.value;
    row.target_direction = values.target.direction;
  }
  if (values.dueDate !== undefined) row.due_date = values.dueDate;
  return row;
}

/** The objectives of the management system and their daily snapshots. */
export interface ObjectiveStore
  extends VersionedRecords<
    AimsObjectiveRecord,
    NewObjectiveValues,
    ObjectiveValues
  > {
  /** Every objective, by due date. */
  list(): Promise<AimsObjectiveRecord[]>;
  /**
   * Records snapshots, each only if its objective has none for that day
   * (the unique key decides, so concurrent writers still leave one row);
   * returns how many were written.
   */
  recordSnapshots(
    snapshots: ObjectiveSnapshot[],
    now: string,
    tx?: Knex.Transaction,
  ): Promise<number>;
  /** Drops every snapshot of an objective (its measure changed). */
  clearSnapshots(tx: Knex.Transaction, objectiveId: string): Promise<void>;
  /** The snapshots of the objectives from `since` (YYYY-MM-DD) on, oldest first, by objective id. */
  trends(
    ids: string[],
    since: string,
  ): Promise<Map<string, ObjectiveTrendPoint[]>>;
  /** How many objectives there are, and how many are being measured, on `today`. */
  figures(today: string): Promise<ObjectiveFigures>;
}

/** The {@link ObjectiveStore} on the plugin's database. */
export class DatabaseObjectiveStore
  extends VersionedRecordStore<
    ObjectiveRow,
    AimsObjectiveRecord,
    NewObjectiveValues,
    ObjectiveValues
  >
  implements ObjectiveStore
{
  constructor(db: Knex) {
    super(db, { table: 'aims_objectives', fromRow, toColumns });
  }

  async list() {
    const rows = await this.db<ObjectiveRow>('aims_objectives')
      .orderBy('due_date')
      .orderBy('row_id');
    return rows.map(fromRow);
  }

  async recordSnapshots(
    snapshots: ObjectiveSnapshot[],
    now: string,
    tx: Knex = this.db,
  ) {
    let written = 0;
    // One statement per row, so that the count is of rows written: a
    // multi-row insert that ignores conflicts reports no reliable count on
    // SQLite.
    for (const s of snapshots) {
      const result: unknown = await tx('aims_objective_snapshots')
        .insert({
          objective_id: s.objectiveId,
          day: s.day,
          value: s.value,
          recorded_at: now,
        })
        .onConflict(['objective_id', 'day'])
        .ignore()
        .returning('row_id');
      if (Array.isArray(result) && result.length > 0) written++;
    }
    return written;
  }

  async clearSnapshots(tx: Knex.Transaction, objectiveId: string) {
    await tx('aims_objective_snapshots')
      .where('objective_id', objectiveId)
      .delete();
  }

  async trends(ids: string[], since: string) {
    const out = new Map<string, ObjectiveTrendPoint[]>(ids.map(id => [id, []]));
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db('aims_objective_snapshots')
        .whereIn('objective_id', ids.slice(i, i + 500))
        .where('day', '>=', since)
        .orderBy('day')
        .select('objective_id', 'day', 'value');
      for (const row of rows) {
        out.get(row.objective_id)!.push({
          day: row.day,
          value: Number(row.value),
        });
      }
    }
    return out;
  }

  figures(today: string) {
    return countObjectiveFigures(this.db, today);
  }
}
