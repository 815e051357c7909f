import type { Knex } from 'knex';
import type { Assessment } from '@aigov/plugin-ai-governance-common';
import { assessmentFromRow, type AssessmentRow } from './rows';
import { countForEntity, createdColumns, updateAtVersion } from './rowMeta';

/** The fields of an assessment a change writes. */
export type AssessmentValues = Partial<
  Pick<
    Assessment,
    'answers' | 'result' | 'status' | 'approvedBy' | 'approvedAt'
  >
>;

/** Assessments of AI systems: classification, impact and risk. */
export interface AssessmentStore {
  list(entityRef: string): Promise<Assessment[]>;
  get(id: string, tx?: Knex.Transaction): Promise<Assessment | undefined>;
  /** Assessments by id (missing ids left out). */
  getMany(ids: string[]): Promise<Assessment[]>;
  insert(
    tx: Knex.Transaction,
    assessment: {
      id: string;
      entityRef: string;
      type: Assessment['type'];
    } & AssessmentValues,
    actor: string,
    now: string,
  ): Promise<Assessment>;
  /** Writes `values` if the assessment is still at `expectedVersion`; false when it is not. */
  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: AssessmentValues,
    actor: string,
    now: string,
  ): Promise<boolean>;
  countFor(tx: Knex.Transaction, entityRef: string): Promise<number>;
}

function toColumns(values: AssessmentValues) {
  const row: Record<string, unknown> = {};
  if (values.answers !== undefined)
    row.answers = JSON.stringify(values.answers);
  if (values.result !== undefined)
    row.result = values.result === null ? null : JSON.stringify(values.result);
  if (values.status !== undefined) row.status = values.status;
  if (values.approvedBy !== undefined) row.approved_by = values.approvedBy;
  if (values.approvedAt !== undefined) row.approved_at = values.approvedAt;
  return row;
}

/** The {@link AssessmentStore} on the plugin's database. */
export class DatabaseAssessmentStore implements AssessmentStore {
  constructor(private readonly db: Knex) {}

  async list(entityRef: string) {
    const rows = await this.db<AssessmentRow>('assessments')
      .where('entity_ref', entityRef)
      .orderBy('row_id', 'desc');
    return rows.map(assessmentFromRow);
  }

  async getMany(ids: string[]) {
    if (ids.length === 0) return [];
    const rows = await this.db<AssessmentRow>('assessments').whereIn('id', ids);
    return rows.map(assessmentFromRow);
  }

  async get(id: string, tx: Knex = this.db) {
    const row = await tx<AssessmentRow>('assessments').where('id', id).first();
    return row ? assessmentFromRow(row) : undefined;
  }

  async insert(
    tx: Knex.Transaction,
    assessment: {
      id: string;
      entityRef: string;
      type: Assessment['type'];
    } & AssessmentValues,
    actor: string,
    now: string,
  ) {
    const { id, entityRef, type, ...values } = assessment;
    await tx('assessments').insert({
      id,
      entity_ref: entityRef,
      type,
      answers: '{}',
      result: null,
      ...toColumns(values),
      ...createdColumns(actor, now),
    });
    return (await this.get(id, tx))!;
  }

  async update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: AssessmentValues,
    actor: string,
    now: string,
  ) {
    return updateAtVersion(
      tx,
      'assessments',
      { id },
      expectedVersion,
      toColumns(values),
      actor,
      now,
    );
  }

  countFor(tx: Knex.Transaction, entityRef: string) {
    return countForEntity(tx, 'assessments', entityRef);
  }
}
