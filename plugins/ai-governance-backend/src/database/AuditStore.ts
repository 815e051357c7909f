import type { Knex } from 'knex';
import type { Audit, AuditStatus } from '@aigov/plugin-ai-governance-common';
import { createdColumns, rowsWhereIn, updateAtVersion } from './rowMeta';
import type { MetaRow } from './rows';

/** The fields of a new audit, as the service decides them. */
export type NewAuditValues = Omit<
  Audit,
  'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'
>;

/** What a change to an audit writes; `findings` replaces the list. */
export type AuditValues = Partial<Omit<NewAuditValues, 'id' | 'entityRef'>>;

/** Filters of the programme. */
export interface AuditFilter {
  year?: number;
  status?: AuditStatus;
}

type AuditRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  year: number | string;
  title: string;
  scope: string;
  auditors: string;
  lead_auditor: string;
  planned_start: string;
  planned_end: string;
  status: string;
  cancel_reason: string | null;
  summary: string;
  completed_at: string | null;
  findings: string;
} & MetaRow;

const fromRow = (row: AuditRow): Audit => ({
  id: row.id,
  entityRef: row.entity_ref,
  year: Number(row.year),
  title: row.title,
  scope: JSON.parse(row.scope),
  auditors: JSON.parse(row.auditors),
  leadAuditor: row.lead_auditor,
  plannedStart: row.planned_start,
  plannedEnd: row.planned_end,
  status: row.status as AuditStatus,
  cancelReason: row.cancel_reason,
  summary: row.summary,
  completedAt: row.completed_at,
  findings: JSON.parse(row.findings),
  version: Number(row.version),
  createdAt: row.created_at,
  createdBy: row.created_by,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

const COLUMNS: Record<keyof AuditValues, string> = {
  year: 'year',
  title: 'title',
  scope: 'scope',
  auditors: 'auditors',
  leadAuditor: 'lead_auditor',
  plannedStart: 'planned_start',
  plannedEnd: 'planned_end',
  status: 'status',
  cancelReason: 'cancel_reason',
  summary: 'summary',
  completedAt: 'completed_at',
  findings: 'findings',
};
const JSON_FIELDS = new Set(['scope', 'auditors', 'findings']);

function toColumns(values: AuditValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    const column = COLUMNS[field as keyof AuditValues];
    if (!column || value === undefined) continue;
    row[column] = JSON_FIELDS.has(field) ? JSON.stringify(value) : value;
  }
  return row;
}

/** The internal audits of the management system. */
export interface AuditStore {
  get(id: string, tx?: Knex.Transaction): Promise<Audit | undefined>;
  getMany(ids: string[]): Promise<Audit[]>;
  /** The audits matching the filter, earliest planned start first. */
  list(filter: AuditFilter): Promise<Audit[]>;
  insert(
    tx: Knex.Transaction,
    values: NewAuditValues,
    actor: string,
    now: string,
  ): Promise<Audit>;
  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: AuditValues,
    actor: string,
    now: string,
  ): Promise<boolean>;
}

/** The {@link AuditStore} on the plugin's database. */
export class DatabaseAuditStore implements AuditStore {
  constructor(private readonly db: Knex) {}

  async get(id: string, tx: Knex = this.db) {
    const row = await tx<AuditRow>('audits').where('id', id).first();
    return row ? fromRow(row) : undefined;
  }

  async getMany(ids: string[]) {
    const rows = await rowsWhereIn<AuditRow>(this.db, 'audits', ids);
    return rows.map(fromRow);
  }

  async list(filter: AuditFilter) {
    const query = this.db<AuditRow>('audits')
      .orderBy('planned_start')
      .orderBy('row_id');
    if (filter.year !== undefined) query.where('year', filter.year);
    if (filter.status) query.where('status', filter.status);
    return (await query).map(fromRow);
  }

  async insert(
    tx: Knex.Transaction,
    values: NewAuditValues,
    actor: string,
    now: string,
  ) {
    await tx('audits').insert({
      id: values.id,
      entity_ref: values.entityRef,
      ...toColumns(values),
      ...createdColumns(actor, now),
    });
    return (await this.get(values.id, tx))!;
  }

  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: AuditValues,
    actor: string,
    now: string,
  ) {
    return updateAtVersion(
      tx,
      'audits',
      { id },
      expectedVersion,
      toColumns(values),
      actor,
      now,
    );
  }
}
