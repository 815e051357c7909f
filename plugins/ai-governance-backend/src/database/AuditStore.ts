import type { Knex } from 'knex';
import type { Audit, AuditStatus } from '@aigov/plugin-ai-governance-common';
import {
  columnsByField,
  type NewRecordValues,
  VersionedRecordStore,
  type VersionedRecords,
} from './rowMeta';
import { type MetaRow, recordMetaOf } from './rows';

/** The fields of a new audit, as the service decides them. */
export type NewAuditValues = NewRecordValues<Audit>;

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
  ...recordMetaOf(row),
});

const toColumns = columnsByField<AuditValues>(
  {
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
  },
  ['scope', 'auditors', 'findings'],
);

/** The internal audits of the management system. */
export interface AuditStore
  extends VersionedRecords<Audit, NewAuditValues, AuditValues> {
  /** The audits matching the filter, earliest planned start first. */
  list(filter: AuditFilter): Promise<Audit[]>;
}

/** The {@link AuditStore} on the plugin's database. */
export class DatabaseAuditStore
  extends VersionedRecordStore<AuditRow, Audit, NewAuditValues, AuditValues>
  implements AuditStore
{
  constructor(db: Knex) {
    super(db, { table: 'audits', fromRow, toColumns });
  }

  async list(filter: AuditFilter) {
    const query = this.db<AuditRow>('audits')
      .orderBy('planned_start')
      .orderBy('row_id');
    if (filter.year !== undefined) query.where('year', filter.year);
    if (filter.status) query.where('status', filter.status);
    return (await query).map(fromRow);
  }
}
