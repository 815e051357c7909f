import type { Knex } from 'knex';
import {
  incidentClock,
  type Incident,
  type IncidentEntry,
  type IncidentEntryKind,
  type IncidentHarmCategory,
  type IncidentReportState,
  type IncidentSeverity,
  type IncidentStatus,
  type SeriousIncidentCategory,
} from '@aigov/plugin-ai-governance-common';
import type { EntityScope } from './overview';
import { createdColumns, pageInScope, updateAtVersion } from './rowMeta';
import type { StorePage } from './RiskStore';
import { recordMetaOf } from './rows';

/** The stored fields of an incident: all but the clock, which is worked out when read. */
export type IncidentValues = Omit<
  Incident,
  | 'id'
  | 'entityRef'
  | 'reporter'
  | 'reportDueAt'
  | 'reportOverdue'
  | 'art73Applies'
  | 'version'
  | 'createdAt'
  | 'createdBy'
  | 'updatedAt'
  | 'updatedBy'
> & { reportDueAt: string | null };

/** Filters of the org-wide incident list. */
export interface IncidentFilter {
  status?: IncidentStatus;
  serious?: boolean;
  /** Only serious incidents not reported after their due instant (`now`). */
  overdueAt?: string;
  entityRef?: string;
}

type IncidentRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  title: string;
  description: string;
  detected_at: string;
  aware_at: string;
  reporter: string;
  severity: string;
  harm_categories: string;
  affected_count: number | null;
  affected_groups: string;
  status: string;
  rejection_reason: string | null;
  containment: string | null;
  root_cause: string | null;
  risk_ids: string;
  control_ids: string;
  serious: boolean | number;
  serious_category: string | null;
  report_due_at: string | null;
  report_state: string;
  report_initial_sent_at: string | null;
  report_final_sent_at: string | null;
  report_authority: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  risk_tier: string | null;
};

type EntryRow = {
  row_id: number;
  id: string;
  incident_id: string;
  entity_ref: string;
  kind: string;
  text: string | null;
  from_status: string | null;
  to_status: string | null;
  evidence_id: string | null;
  created_at: string;
  created_by: string;
};

function fromRow(row: IncidentRow, now: string): Incident {
  const base = {
    id: row.id,
    entityRef: row.entity_ref,
    title: row.title,
    description: row.description,
    detectedAt: row.detected_at,
    awareAt: row.aware_at,
    reporter: row.reporter,
    severity: row.severity as IncidentSeverity,
    harmCategories: JSON.parse(row.harm_categories) as IncidentHarmCategory[],
    affectedPeople: {
      count: row.affected_count === null ? null : Number(row.affected_count),
      groups: JSON.parse(row.affected_groups),
    },
    status: row.status as IncidentStatus,
    rejectionReason: row.rejection_reason,
    containment: row.containment,
    rootCause: row.root_cause,
    riskIds: JSON.parse(row.risk_ids),
    controlIds: JSON.parse(row.control_ids),
    serious: Boolean(row.serious),
    seriousCategory: row.serious_category as SeriousIncidentCategory | null,
    report: {
      state: row.report_state as IncidentReportState,
      initialSentAt: row.report_initial_sent_at,
      finalSentAt: row.report_final_sent_at,
      authority: row.report_authority,
    },
  };
  return {
    ...base,
    ...incidentClock(base, row.risk_tier, now),
    ...recordMetaOf(row),
  };
}

function toColumns(v: Partial<IncidentValues>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const set = (column: string, value: unknown) => {
    if (value !== undefined) row[column] = value;
  };
  const json = (value: unknown) =>
    value === undefined ? undefined : JSON.stringify(value);
  set('title', v.title);
  set('description', v.description);
  set('detected_at', v.detectedAt);
  set('aware_at', v.awareAt);
  set('severity', v.severity);
  set('harm_categories', json(v.harmCategories));
  if (v.affectedPeople) {
    row.affected_count = v.affectedPeople.count;
    row.affected_groups = JSON.stringify(v.affectedPeople.groups);
  }
  set('status', v.status);
  set('rejection_reason', v.rejectionReason);
  set('containment', v.containment);
  set('root_cause', v.rootCause);
  set('risk_ids', json(v.riskIds));
  set('control_ids', json(v.controlIds));
  set('serious', v.serious);
  set('serious_category', v.seriousCategory);
  set('report_due_at', v.reportDueAt);
  if (v.report) {
    row.report_state = v.report.state;
    row.report_initial_sent_at = v.report.initialSentAt;
    row.report_final_sent_at = v.report.finalSentAt;
    row.report_authority = v.report.authority;
  }
  return row;
}

const entryFromRow = (row: EntryRow): IncidentEntry => ({
  id: row.id,
  incidentId: row.incident_id,
  entityRef: row.entity_ref,
  kind: row.kind as IncidentEntryKind,
  text: row.text,
  fromStatus: row.from_status as IncidentStatus | null,
  toStatus: row.to_status as IncidentStatus | null,
  evidenceId: row.evidence_id,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

/** Incidents of AI systems and their timelines. */
export interface IncidentStore {
  get(id: string, tx?: Knex.Transaction): Promise<Incident | undefined>;
  getMany(ids: string[]): Promise<Incident[]>;
  insert(
    tx: Knex.Transaction,
    incident: {
      id: string;
      entityRef: string;
      reporter: string;
    } & IncidentValues,
    actor: string,
    now: string,
  ): Promise<Incident>;
  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: Partial<IncidentValues>,
    actor: string,
    now: string,
  ): Promise<boolean>;
  /** A page of the incidents in the scope matching the filter, newest first. */
  list(
    scope: EntityScope,
    filter: IncidentFilter,
    page: { before?: number; limit: number },
  ): Promise<StorePage<Incident>>;
  insertEntry(
    tx: Knex.Transaction,
    entry: IncidentEntry,
  ): Promise<IncidentEntry>;
  /** An incident's timeline, oldest first. */
  entries(incidentId: string): Promise<IncidentEntry[]>;
  getEntries(ids: string[]): Promise<IncidentEntry[]>;
  /** Whether the evidence item belongs to the entity. */
  isEvidenceOf(
    tx: Knex.Transaction,
    entityRef: string,
    evidenceId: string,
  ): Promise<boolean>;
  /** The ids of `ids` that are not risks of the entity. */
  missingRisks(
    tx: Knex.Transaction,
    entityRef: string,
    ids: string[],
  ): Promise<string[]>;
}

/** The {@link IncidentStore} on the plugin's database. */
export class DatabaseIncidentStore implements IncidentStore {
  constructor(private readonly db: Knex, private readonly clock: () => Date) {}

  private select(db: Knex) {
    // The tier of the entity decides whether Art. 73 applies.
    return db
      .select('i.*', 'g.risk_tier')
      .from('incidents as i')
      .leftJoin('governed_entities as g', 'g.entity_ref', 'i.entity_ref');
  }

  private now() {
    return this.clock().toISOString();
  }

  async get(id: string, tx: Knex = this.db) {
    const row = await this.select(tx).where('i.id', id).first();
    return row ? fromRow(row as IncidentRow, this.now()) : undefined;
  }

  async getMany(ids: string[]) {
    if (ids.length === 0) return [];
    const rows = await this.select(this.db)
      .whereIn('i.id', ids)
      .orderBy('i.row_id');
    return (rows as IncidentRow[]).map(r => fromRow(r, this.now()));
  }

  async insert(
    tx: Knex.Transaction,
    incident: {
      id: string;
      entityRef: string;
      reporter: string;
    } & IncidentValues,
    actor: string,
    now: string,
  ) {
    await tx('incidents').insert({
      id: incident.id,
      entity_ref: incident.entityRef,
      reporter: incident.reporter,
      ...toColumns(incident),
      ...createdColumns(actor, now),
    });
    return (await this.get(incident.id, tx))!;
  }

  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: Partial<IncidentValues>,
    actor: string,
    now: string,
  ) {
    return updateAtVersion(
      tx,
      'incidents',
      { id },
      expectedVersion,
      toColumns(values),
      actor,
      now,
    );
  }

  async list(
    scope: EntityScope,
    filter: IncidentFilter,
    page: { before?: number; limit: number },
  ) {
    const { rows, last } = await pageInScope<IncidentRow>(
      this.db,
      'incidents',
      scope,
      page,
      {
        // The tier decides whether Art. 73 applies.
        columns: ['g.risk_tier'],
        where: query => {
          if (filter.status) query.where('r.status', filter.status);
          if (filter.serious !== undefined)
            query.where('r.serious', filter.serious);
          if (filter.entityRef) query.where('r.entity_ref', filter.entityRef);
          if (filter.overdueAt) {
            query
              .where('r.serious', true)
              .where('r.report_state', 'not-reported')
              .whereNot('r.status', 'rejected')
              .where('r.report_due_at', '<', filter.overdueAt);
          }
        },
      },
    );
    const now = this.now();
    return { items: rows.map(r => fromRow(r, now)), last };
  }

  async insertEntry(tx: Knex.Transaction, entry: IncidentEntry) {
    await tx('incident_entries').insert({
      id: entry.id,
      incident_id: entry.incidentId,
      entity_ref: entry.entityRef,
      kind: entry.kind,
      text: entry.text,
      from_status: entry.fromStatus,
      to_status: entry.toStatus,
      evidence_id: entry.evidenceId,
      created_at: entry.createdAt,
      created_by: entry.createdBy,
    });
    return entry;
  }

  async entries(incidentId: string) {
    const rows = await this.db<EntryRow>('incident_entries')
      .where('incident_id', incidentId)
      .orderBy('row_id');
    return rows.map(entryFromRow);
  }

  async getEntries(ids: string[]) {
    if (ids.length === 0) return [];
    const rows = await this.db<EntryRow>('incident_entries')
      .whereIn('id', ids)
      .orderBy('row_id');
    return rows.map(entryFromRow);
  }

  async isEvidenceOf(
    tx: Knex.Transaction,
    entityRef: string,
    evidenceId: string,
  ) {
    const row = await tx('evidence')
      .where({ id: evidenceId, entity_ref: entityRef })
      .first('id');
    return Boolean(row);
  }

  async missingRisks(tx: Knex.Transaction, entityRef: string, ids: string[]) {
    if (ids.length === 0) return [];
    const found = await tx('risks')
      .whereIn('id', ids)
      .where('entity_ref', entityRef)
      .select('id');
    const have = new Set(found.map(f => f.id));
    return ids.filter(id => !have.has(id));
  }
}
