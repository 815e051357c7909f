import type { Knex } from 'knex';
import type {
  AimsClauseStatus,
  AimsEvidenceLink,
} from '@aigov/plugin-ai-governance-common';
import { countAimsFigures, type AimsFigures } from './aimsFigures';
import { createdColumns, updateAtVersion } from './rowMeta';
import { type MetaRow, recordMetaOf } from './rows';

/** A clause assessment as stored, and as its history events hold it. */
export interface AimsClauseRecord {
  /** The clause number, e.g. `6.1.2`. */
  id: string;
  entityRef: string;
  status: AimsClauseStatus;
  notes: string;
  owner: string | null;
  evidenceLinks: AimsEvidenceLink[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** What an assessment writes. */
export type AimsClauseValues = Pick<
  AimsClauseRecord,
  'status' | 'notes' | 'owner' | 'evidenceLinks'
>;

type AimsClauseRow = {
  clause_id: string;
  entity_ref: string;
  status: string;
  notes: string;
  owner: string | null;
  evidence_links: string;
} & MetaRow;

const fromRow = (row: AimsClauseRow): AimsClauseRecord => ({
  id: row.clause_id,
  entityRef: row.entity_ref,
  status: row.status as AimsClauseStatus,
  notes: row.notes,
  owner: row.owner,
  evidenceLinks: JSON.parse(row.evidence_links),
  ...recordMetaOf(row),
});

const toColumns = (values: AimsClauseValues) => ({
  status: values.status,
  notes: values.notes,
  owner: values.owner,
  evidence_links: JSON.stringify(values.evidenceLinks),
});

/** The clause gap assessment of the management system, and the figures it is pre-filled from. */
export interface AimsClauseStore {
  /** Every assessed clause. */
  list(): Promise<AimsClauseRecord[]>;
  get(id: string, tx?: Knex.Transaction): Promise<AimsClauseRecord | undefined>;
  getMany(ids: string[]): Promise<AimsClauseRecord[]>;
  insert(
    tx: Knex.Transaction,
    id: string,
    entityRef: string,
    values: AimsClauseValues,
    actor: string,
    now: string,
  ): Promise<AimsClauseRecord>;
  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: AimsClauseValues,
    actor: string,
    now: string,
  ): Promise<boolean>;
  /** What the suite's records show about the AI systems in scope (lower-case refs) on `today`. */
  figures(today: string, inScope: ReadonlySet<string>): Promise<AimsFigures>;
}

/** The {@link AimsClauseStore} on the plugin's database. */
export class DatabaseAimsClauseStore implements AimsClauseStore {
  constructor(private readonly db: Knex) {}

  async list() {
    const rows = await this.db<AimsClauseRow>('aims_clause_assessments');
    return rows.map(fromRow);
  }

  async get(id: string, tx: Knex = this.db) {
    const row = await tx<AimsClauseRow>('aims_clause_assessments')
      .where('clause_id', id)
      .first();
    return row ? fromRow(row) : undefined;
  }

  async getMany(ids: string[]) {
    const out: AimsClauseRecord[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db<AimsClauseRow>(
        'aims_clause_assessments',
      ).whereIn('clause_id', ids.slice(i, i + 500));
      out.push(...rows.map(fromRow));
    }
    return out;
  }

  async insert(
    tx: Knex.Transaction,
    id: string,
    entityRef: string,
    values: AimsClauseValues,
    actor: string,
    now: string,
  ) {
    await tx('aims_clause_assessments').insert({
      clause_id: id,
      entity_ref: entityRef,
      ...toColumns(values),
      ...createdColumns(actor, now),
    });
    return (await this.get(id, tx))!;
  }

  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: AimsClauseValues,
    actor: string,
    now: string,
  ) {
    return updateAtVersion(
      tx,
      'aims_clause_assessments',
      { clause_id: id },
      expectedVersion,
      toColumns(values),
      actor,
      now,
    );
  }

  figures(today: string, inScope: ReadonlySet<string>) {
    return countAimsFigures(this.db, today, inScope);
  }
}
