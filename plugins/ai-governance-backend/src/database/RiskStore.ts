import type { Knex } from 'knex';
import type { Risk } from '@aigov/plugin-ai-governance-common';
import { riskFromRow, type RiskRow } from './rows';
import type { EntityScope } from './overview';
import {
  countForEntity,
  createdColumns,
  pageOfEntity,
  updateAtVersion,
} from './rowMeta';

/** The stored fields of a risk, as the service computes them. */
export type RiskValues = Omit<
  Risk,
  | 'id'
  | 'entityRef'
  | 'acceptance'
  | 'version'
  | 'createdAt'
  | 'createdBy'
  | 'updatedAt'
  | 'updatedBy'
> & {
  acceptance: Risk['acceptance'];
};

/** A page of records, newest first, with the position of the last one when more follow. */
export interface StorePage<T> {
  items: T[];
  last?: number;
}

/** A risk register row for exports, with the AI system's title. */
export type RiskExportRow = Risk & { entityTitle: string | null };

/** Risks of AI systems. */
export interface RiskStore {
  list(
    entityRef: string,
    page: { before?: number; limit: number },
  ): Promise<StorePage<Risk>>;
  get(id: string, tx?: Knex.Transaction): Promise<Risk | undefined>;
  getMany(ids: string[]): Promise<Risk[]>;
  insert(
    tx: Knex.Transaction,
    risk: RiskValues & { id: string; entityRef: string },
    actor: string,
    now: string,
  ): Promise<Risk>;
  /** Writes `values` if the risk is still at `expectedVersion`; false when it is not. */
  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: Partial<RiskValues>,
    actor: string,
    now: string,
  ): Promise<boolean>;
  countFor(tx: Knex.Transaction, entityRef: string): Promise<number>;
  /** Verifies ids belong to the entity; returns the ones that do not. */
  missingFor(
    tx: Knex.Transaction,
    entityRef: string,
    ids: string[],
  ): Promise<string[]>;
  forExport(scope: EntityScope): Promise<RiskExportRow[]>;
}

const COLUMNS: Record<string, string> = {
  title: 'title',
  description: 'description',
  category: 'category',
  source: 'source',
  lifecycleStage: 'lifecycle_stage',
  likelihood: 'likelihood',
  impact: 'impact',
  score: 'score',
  level: 'level',
  treatment: 'treatment',
  treatmentPlan: 'treatment_plan',
  residualLikelihood: 'residual_likelihood',
  residualImpact: 'residual_impact',
  residualScore: 'residual_score',
  residualLevel: 'residual_level',
  owner: 'owner_ref',
  status: 'status',
  dueDate: 'due_date',
  nextReviewDate: 'next_review_date',
};

function toColumns(values: Partial<RiskValues>) {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (key === 'controlIds') row.control_ids = JSON.stringify(value);
    else if (key === 'acceptance') {
      const a = value as Risk['acceptance'];
      row.accepted_by = a?.approvedBy ?? null;
      row.accepted_at = a?.approvedAt ?? null;
      row.acceptance_expires_at = a?.expiresAt ?? null;
      row.acceptance_note = a?.note ?? null;
    } else if (COLUMNS[key]) row[COLUMNS[key]] = value;
  }
  return row;
}

/** The {@link RiskStore} on the plugin's database. */
export class DatabaseRiskStore implements RiskStore {
  constructor(private readonly db: Knex) {}

  async list(entityRef: string, page: { before?: number; limit: number }) {
    const { rows, last } = await pageOfEntity<RiskRow>(
      this.db,
      'risks',
      entityRef,
      page,
    );
    return { items: rows.map(riskFromRow), last };
  }

  async get(id: string, tx: Knex = this.db) {
    const row = await tx<RiskRow>('risks').where('id', id).first();
    return row ? riskFromRow(row) : undefined;
  }

  async getMany(ids: string[]) {
    if (ids.length === 0) return [];
    const rows = await this.db<RiskRow>('risks')
      .whereIn('id', ids)
      .orderBy('row_id');
    return rows.map(riskFromRow);
  }

  async insert(
    tx: Knex.Transaction,
    risk: RiskValues & { id: string; entityRef: string },
    actor: string,
    now: string,
  ) {
    const { id, entityRef, ...values } = risk;
    await tx('risks').insert({
      id,
      entity_ref: entityRef,
      ...toColumns(values),
      ...createdColumns(actor, now),
    });
    return (await this.get(id, tx))!;
  }

  async update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: Partial<RiskValues>,
    actor: string,
    now: string,
  ) {
    return updateAtVersion(
      tx,
      'risks',
      { id },
      expectedVersion,
      toColumns(values),
      actor,
      now,
    );
  }

  countFor(tx: Knex.Transaction, entityRef: string) {
    return countForEntity(tx, 'risks', entityRef);
  }

  async missingFor(tx: Knex.Transaction, entityRef: string, ids: string[]) {
    if (ids.length === 0) return [];
    const found = await tx('risks')
      .whereIn('id', ids)
      .where('entity_ref', entityRef)
      .select('id');
    return ids.filter(id => !found.some(f => f.id === id));
  }

  async forExport(scope: EntityScope) {
    const rows = await this.db
      .select('r.*', 'g.title as entity_title')
      .from('risks as r')
      .join('governed_entities as g', 'g.entity_ref', 'r.entity_ref')
      .whereRaw(scope.sql, scope.bindings)
      .orderBy([
        { column: 'r.entity_ref' },
        { column: 'r.score', order: 'desc' },
        { column: 'r.row_id' },
      ]);
    return rows.map(r => ({ ...riskFromRow(r), entityTitle: r.entity_title }));
  }
}
