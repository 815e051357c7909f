import type { Knex } from 'knex';
import {
  AIMS_ENTITY_REF,
  reviewDueDay,
  currentDocumentVersion,
  type AimsDocument,
  type DocumentKind,
  type DocumentTopic,
  type DocumentVersion,
} from '@aigov/plugin-ai-governance-common';
import {
  documentReviewsOpened,
  openDocumentReviews,
  type OpenDocumentReview,
} from './documentReviewTasks';
import {
  columnsByField,
  updateAtVersion,
  VersionedRecordStore,
  type VersionedRecords,
} from './rowMeta';
import { type MetaRow, recordMetaOf } from './rows';

/** The fields of a new document, as the service decides them. */
export type NewDocumentValues = Pick<
  AimsDocument,
  | 'id'
  | 'entityRef'
  | 'kind'
  | 'topic'
  | 'title'
  | 'owner'
  | 'reviewMonths'
  | 'versions'
>;

/** What a change to a document writes; `versions` replaces the list. */
export type DocumentValues = Partial<
  Omit<NewDocumentValues, 'id' | 'entityRef'>
>;

/** Filters of the document list. */
export interface DocumentFilter {
  kind?: DocumentKind;
}

/** An approved document whose review falls due by a day. */
export interface DueDocument {
  id: string;
  title: string;
  owner: string;
  nextReviewAt: string;
}

type DocumentRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  kind: string;
  topic: string | null;
  title: string;
  owner: string;
  review_months: number | string;
  versions: string;
  current_version: number | string | null;
  next_review_at: string | null;
} & MetaRow;

const fromRow = (row: DocumentRow): AimsDocument => ({
  id: row.id,
  entityRef: row.entity_ref,
  kind: row.kind as DocumentKind,
  topic: row.topic as DocumentTopic | null,
  title: row.title,
  owner: row.owner,
  reviewMonths: Number(row.review_months),
  versions: JSON.parse(row.versions),
  currentVersion:
    row.current_version === null ? null : Number(row.current_version),
  nextReviewAt: row.next_review_at,
  ...recordMetaOf(row),
});

/** The current version and next review the versions and cycle give. */
function derived(versions: DocumentVersion[], reviewMonths: number) {
  const current = currentDocumentVersion(versions);
  return {
    current_version: current?.number ?? null,
    next_review_at: current?.approvedAt
      ? reviewDueDay(current.approvedAt, reviewMonths)
      : null,
  };
}

const fieldColumns = columnsByField<DocumentValues>(
  {
    kind: 'kind',
    topic: 'topic',
    title: 'title',
    owner: 'owner',
    reviewMonths: 'review_months',
    versions: 'versions',
  },
  ['versions'],
);

/** The columns of `values`, with the derived ones when the versions or cycle change. */
function toColumns(
  values: DocumentValues,
  before?: AimsDocument,
): Record<string, unknown> {
  const row = fieldColumns(values);
  const versions = values.versions ?? before?.versions;
  const months = values.reviewMonths ?? before?.reviewMonths;
  if (versions && months !== undefined) {
    Object.assign(row, derived(versions, months));
  }
  return row;
}

/** The policies and procedures of the management system. */
export interface AimsDocumentStore
  extends VersionedRecords<AimsDocument, NewDocumentValues, DocumentValues> {
  /** The documents matching the filter, policies first, then by title. */
  list(filter: DocumentFilter): Promise<AimsDocument[]>;
  /** Approved documents whose next review is on or before `day`. */
  dueBy(day: string, tx?: Knex.Transaction): Promise<DueDocument[]>;
  /** The AI policies (topic ai-policy), the approved one first. */
  aiPolicies(): Promise<AimsDocument[]>;
  /** The open review task of each document that has one, by document id. */
  openReviews(tx?: Knex.Transaction): Promise<Map<string, OpenDocumentReview>>;
  /** `document id due day` of every review task ever opened. */
  reviewsOpened(tx: Knex.Transaction): Promise<Set<string>>;
}

/** The {@link AimsDocumentStore} on the plugin's database. */
export class DatabaseAimsDocumentStore
  extends VersionedRecordStore<
    DocumentRow,
    AimsDocument,
    NewDocumentValues,
    DocumentValues
  >
  implements AimsDocumentStore
{
  constructor(db: Knex) {
    // A new document's values hold its versions and cycle, so its derived
    // columns come from them alone.
    super(db, { table: 'aims_documents', fromRow, toColumns });
  }

  async list(filter: DocumentFilter) {
    const query = this.db<DocumentRow>('aims_documents')
      .orderByRaw(
        "CASE kind WHEN 'policy' THEN 0 WHEN 'procedure' THEN 1 ELSE 2 END",
      )
      .orderBy('title')
      .orderBy('row_id');
    if (filter.kind) query.where('kind', filter.kind);
    return (await query).map(fromRow);
  }

  async dueBy(day: string, tx: Knex = this.db) {
    const rows = await tx<DocumentRow>('aims_documents')
      .whereNotNull('next_review_at')
      .where('next_review_at', '<=', day)
      .orderBy('next_review_at')
      .select('id', 'title', 'owner', 'next_review_at');
    return rows.map(r => ({
      id: r.id,
      title: r.title,
      owner: r.owner,
      nextReviewAt: r.next_review_at!,
    }));
  }

  async aiPolicies() {
    const rows = await this.db<DocumentRow>('aims_documents')
      .where('topic', 'ai-policy')
      .orderByRaw('CASE WHEN current_version IS NULL THEN 1 ELSE 0 END')
      .orderBy('next_review_at', 'desc')
      .orderBy('row_id');
    return rows.map(fromRow);
  }

  openReviews(tx: Knex = this.db) {
    return openDocumentReviews(tx, AIMS_ENTITY_REF);
  }

  reviewsOpened(tx: Knex.Transaction) {
    return documentReviewsOpened(tx, AIMS_ENTITY_REF);
  }

  /**
   * Reads the document first: a change derives the current version and next
   * review from the versions and cycle it sets and those it leaves as they
   * were.
   */
  async update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: DocumentValues,
    actor: string,
    now: string,
  ) {
    const before = await this.get(id, tx);
    if (!before) return false;
    return updateAtVersion(
      tx,
      'aims_documents',
      { id },
      expectedVersion,
      toColumns(values, before),
      actor,
      now,
    );
  }
}
