import type { Knex } from 'knex';
import type {
  CorrectiveAction,
  CorrectiveActionStatus,
  EffectivenessResult,
  EffectivenessReview,
  Nonconformity,
  NonconformitySource,
  NonconformityStatus,
} from '@aigov/plugin-ai-governance-common';
import type { EntityScope } from './overview';
import {
  createdColumns,
  pageInScope,
  pageOfEntity,
  updateAtVersion,
} from './rowMeta';
import type { StorePage } from './RiskStore';
import { recordMetaOf } from './rows';

/** The fields of a new nonconformity, as the service decides them. */
export type NewNonconformityValues = Pick<
  Nonconformity,
  | 'id'
  | 'entityRef'
  | 'source'
  | 'sourceId'
  | 'description'
  | 'correction'
  | 'rootCause'
  | 'status'
  | 'correctiveActions'
>;

/** What a change to a nonconformity writes; `correctiveActions` replaces the list. */
export type NonconformityValues = Partial<
  Omit<NewNonconformityValues, 'id' | 'entityRef'> & {
    effectivenessReview: EffectivenessReview | null;
  }
>;

/** Filters of the org-wide list. */
export interface NonconformityFilter {
  status?: NonconformityStatus;
  entityRef?: string;
}

/** A corrective action with its nonconformity, as the CSV export lists it. */
export interface CorrectiveActionRow extends CorrectiveAction {
  nonconformityId: string;
  entityRef: string;
  entityTitle: string | null;
  source: NonconformitySource;
  nonconformityStatus: NonconformityStatus;
}

type NonconformityRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  source: string;
  source_id: string | null;
  description: string;
  correction: string | null;
  root_cause: string | null;
  status: string;
  review_by: string | null;
  review_at: string | null;
  review_result: string | null;
  review_notes: string | null;
  review_evidence_ids: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
};

type ActionRow = {
  id: string;
  nonconformity_id: string;
  entity_ref: string;
  position: number;
  description: string;
  owner: string;
  due_date: string;
  status: string;
  evidence_ids: string;
};

const actionOf = (row: ActionRow): CorrectiveAction => ({
  id: row.id,
  description: row.description,
  owner: row.owner,
  dueDate: row.due_date,
  status: row.status as CorrectiveActionStatus,
  evidenceIds: JSON.parse(row.evidence_ids),
});

function fromRow(row: NonconformityRow, actions: ActionRow[]): Nonconformity {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    source: row.source as NonconformitySource,
    sourceId: row.source_id,
    description: row.description,
    correction: row.correction,
    rootCause: row.root_cause,
    status: row.status as NonconformityStatus,
    correctiveActions: actions.map(actionOf),
    effectivenessReview: row.review_by
      ? {
          reviewer: row.review_by,
          reviewedAt: row.review_at!,
          result: row.review_result as EffectivenessResult,
          notes: row.review_notes,
          evidenceIds: JSON.parse(row.review_evidence_ids ?? '[]'),
        }
      : null,
    ...recordMetaOf(row),
  };
}

function toColumns(values: NonconformityValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  if (values.source !== undefined) row.source = values.source;
  if (values.sourceId !== undefined) row.source_id = values.sourceId;
  if (values.description !== undefined) row.description = values.description;
  if (values.correction !== undefined) row.correction = values.correction;
  if (values.rootCause !== undefined) row.root_cause = values.rootCause;
  if (values.status !== undefined) row.status = values.status;
  if (values.effectivenessReview !== undefined) {
    const r = values.effectivenessReview;
    row.review_by = r?.reviewer ?? null;
    row.review_at = r?.reviewedAt ?? null;
    row.review_result = r?.result ?? null;
    row.review_notes = r?.notes ?? null;
    row.review_evidence_ids = r ? JSON.stringify(r.evidenceIds) : null;
  }
  return row;
}

/** Nonconformities of AI systems and their corrective actions. */
export interface NonconformityStore {
  get(id: string, tx?: Knex.Transaction): Promise<Nonconformity | undefined>;
  getMany(ids: string[]): Promise<Nonconformity[]>;
  insert(
    tx: Knex.Transaction,
    values: NewNonconformityValues,
    actor: string,
    now: string,
  ): Promise<Nonconformity>;
  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: NonconformityValues,
    actor: string,
    now: string,
  ): Promise<boolean>;
  listForEntity(
    entityRef: string,
    page: { before?: number; limit: number },
  ): Promise<StorePage<Nonconformity>>;
  /** A page of the nonconformities in the scope matching the filter, newest first. */
  list(
    scope: EntityScope,
    filter: NonconformityFilter,
    page: { before?: number; limit: number },
  ): Promise<StorePage<Nonconformity>>;
  /** Every corrective action in the scope, by entity, nonconformity and position. */
  actionsForExport(scope: EntityScope): Promise<CorrectiveActionRow[]>;
  /** The ids of `ids` that are not evidence of the entity. */
  missingEvidence(
    tx: Knex.Transaction,
    entityRef: string,
    ids: string[],
  ): Promise<string[]>;
}

/** The {@link NonconformityStore} on the plugin's database. */
export class DatabaseNonconformityStore implements NonconformityStore {
  constructor(private readonly db: Knex) {}

  async get(id: string, tx: Knex = this.db) {
    const row = await tx<NonconformityRow>('nonconformities')
      .where('id', id)
      .first();
    if (!row) return undefined;
    return (await this.withActions(tx, [row]))[0];
  }

  async getMany(ids: string[]) {
    const out: Nonconformity[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db<NonconformityRow>('nonconformities')
        .whereIn('id', ids.slice(i, i + 500))
        .orderBy('row_id');
      out.push(...(await this.withActions(this.db, rows)));
    }
    return out;
  }

  async insert(
    tx: Knex.Transaction,
    values: NewNonconformityValues,
    actor: string,
    now: string,
  ) {
    await tx('nonconformities').insert({
      id: values.id,
      entity_ref: values.entityRef,
      source: values.source,
      source_id: values.sourceId,
      description: values.description,
      correction: values.correction,
      root_cause: values.rootCause,
      status: values.status,
      ...createdColumns(actor, now),
    });
    await this.writeActions(
      tx,
      values.id,
      values.entityRef,
      values.correctiveActions,
    );
    return (await this.get(values.id, tx))!;
  }

  async update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: NonconformityValues,
    actor: string,
    now: string,
  ) {
    const written = await updateAtVersion(
      tx,
      'nonconformities',
      { id },
      expectedVersion,
      toColumns(values),
      actor,
      now,
    );
    if (written && values.correctiveActions) {
      const { entity_ref } = await tx('nonconformities')
        .where('id', id)
        .first('entity_ref');
      // The version check above already won: the list is replaced whole.
      await tx('corrective_actions').where('nonconformity_id', id).delete();
      await this.writeActions(tx, id, entity_ref, values.correctiveActions);
    }
    return written;
  }

  async listForEntity(
    entityRef: string,
    page: { before?: number; limit: number },
  ) {
    const { rows, last } = await pageOfEntity<NonconformityRow>(
      this.db,
      'nonconformities',
      entityRef,
      page,
    );
    return { items: await this.withActions(this.db, rows), last };
  }

  async list(
    scope: EntityScope,
    filter: NonconformityFilter,
    page: { before?: number; limit: number },
  ) {
    const { rows, last } = await pageInScope<NonconformityRow>(
      this.db,
      'nonconformities',
      scope,
      page,
      {
        where: query => {
          if (filter.status) query.where('r.status', filter.status);
          if (filter.entityRef) query.where('r.entity_ref', filter.entityRef);
        },
      },
    );
    return { items: await this.withActions(this.db, rows), last };
  }

  async actionsForExport(scope: EntityScope) {
    const rows = await this.db
      .select(
        'a.*',
        'n.source as nc_source',
        'n.status as nc_status',
        'g.title as entity_title',
      )
      .from('corrective_actions as a')
      .join('nonconformities as n', 'n.id', 'a.nonconformity_id')
      .join('governed_entities as g', 'g.entity_ref', 'a.entity_ref')
      .whereRaw(scope.sql, scope.bindings)
      .orderBy([
        { column: 'a.entity_ref' },
        { column: 'n.row_id' },
        { column: 'a.position' },
      ]);
    return rows.map(
      (r: ActionRow & Record<string, string | null>): CorrectiveActionRow => ({
        ...actionOf(r),
        nonconformityId: r.nonconformity_id,
        entityRef: r.entity_ref,
        entityTitle: r.entity_title,
        source: r.nc_source as NonconformitySource,
        nonconformityStatus: r.nc_status as NonconformityStatus,
      }),
    );
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

  private async writeActions(
    tx: Knex.Transaction,
    nonconformityId: string,
    entityRef: string,
    actions: CorrectiveAction[],
  ) {
    if (actions.length === 0) return;
    await tx('corrective_actions').insert(
      actions.map((a, position) => ({
        id: a.id,
        nonconformity_id: nonconformityId,
        entity_ref: entityRef,
        position,
        description: a.description,
        owner: a.owner,
        due_date: a.dueDate,
        status: a.status,
        evidence_ids: JSON.stringify(a.evidenceIds),
      })),
    );
  }

  private async withActions(db: Knex, rows: NonconformityRow[]) {
    const byId = new Map<string, ActionRow[]>(rows.map(r => [r.id, []]));
    if (rows.length > 0) {
      const actions = await db<ActionRow>('corrective_actions')
        .whereIn('nonconformity_id', [...byId.keys()])
        .orderBy([{ column: 'nonconformity_id' }, { column: 'position' }]);
      for (const a of actions) byId.get(a.nonconformity_id)!.push(a);
    }
    return rows.map(r => fromRow(r, byId.get(r.id)!));
  }
}
