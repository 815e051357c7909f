import type { Knex } from 'knex';

/*
 * The review tasks of the management system's documents, as the document
 * rules need them: tasks of kind `document-review` on AIMS_ENTITY_REF whose
 * cause is the document (cause type `document`). While open, a task holds
 * the open key `document-review:<document id>`, so a document has at most
 * one open review task (the tasks table's unique key decides).
 */

/** The open key of a document's review task. */
export const documentReviewKey = (documentId: string) =>
  `document-review:${documentId}`;

/** An open review task of a document. */
export interface OpenDocumentReview {
  id: string;
  documentId: string;
  dueAt: string;
  assignee: string | null;
}

/** The open review tasks of the documents, by document id. */
export async function openDocumentReviews(
  db: Knex,
  entityRef: string,
): Promise<Map<string, OpenDocumentReview>> {
  const rows = await db('tasks')
    .where({ entity_ref: entityRef, kind: 'document-review', status: 'open' })
    .select('id', 'cause_id', 'due_at', 'assignee');
  return new Map(
    rows.map(r => [
      r.cause_id,
      {
        id: r.id,
        documentId: r.cause_id,
        dueAt: r.due_at,
        assignee: r.assignee,
      },
    ]),
  );
}

/** `document id due day` of every review task ever opened, whatever became of it. */
export async function documentReviewsOpened(
  tx: Knex,
  entityRef: string,
): Promise<Set<string>> {
  const rows = await tx('tasks')
    .where({ entity_ref: entityRef, kind: 'document-review' })
    .select('cause_id', 'due_at');
  return new Set(rows.map(r => `${r.cause_id} ${r.due_at}`));
}
