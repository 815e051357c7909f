import { randomUUID } from 'node:crypto';
import {
  AIMS_ENTITY_REF,
  DOCUMENT_REVIEW_NOTICE_DAYS,
  type AimsDocument,
} from '@aigov/plugin-ai-governance-common';
import type { AimsDocumentStore } from '../database/AimsDocumentStore';
import { documentReviewKey } from '../database/documentReviewTasks';
import type { TaskStore } from '../database/TaskStore';
import type { WriteScope } from '../database/UnitOfWork';
import { SCHEDULE_ACTOR } from './scheduledTasks';
import { applyVersioned, recordCreated } from './versioned';

/*
 * The review cycle of approved documents, as tasks: a `document-review`
 * task on AIMS_ENTITY_REF for the document's owner, caused by the document,
 * opened {@link DOCUMENT_REVIEW_NOTICE_DAYS} days before the review is due
 * and completed when a newer version is approved.
 */

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);

/**
 * Opens a review task for every approved document whose review falls due
 * within the notice, once per due day (whatever became of an earlier task
 * for it). Re-running, or a concurrent replica's pass, opens nothing new:
 * the task's open key makes a second open copy an insert that does nothing.
 */
export async function openDueDocumentReviews(
  scope: WriteScope,
  documents: AimsDocumentStore,
  tasks: TaskStore,
): Promise<number> {
  const cutoff = addDays(scope.now, DOCUMENT_REVIEW_NOTICE_DAYS);
  const due = await documents.dueBy(cutoff, scope.tx);
  const had = await documents.reviewsOpened(scope.tx);
  let opened = 0;
  for (const doc of due) {
    if (had.has(`${doc.id} ${doc.nextReviewAt}`)) continue;
    const task = await tasks.insertIfNone(
      scope.tx,
      {
        id: randomUUID(),
        entityRef: AIMS_ENTITY_REF,
        kind: 'document-review',
        cause: { type: 'document', id: doc.id },
        // Annex A.2.4: the AI policy is reviewed at planned intervals.
        controlIds: ['A.2.4'],
        assignee: doc.owner,
        dueAt: doc.nextReviewAt,
      },
      documentReviewKey(doc.id),
      SCHEDULE_ACTOR,
      scope.now,
    );
    if (!task) continue;
    await recordCreated(scope, 'task', task, SCHEDULE_ACTOR);
    opened++;
  }
  return opened;
}

/** Completes the document's open review task: the approved version is its review. */
export async function closeDocumentReview(
  scope: WriteScope,
  documents: AimsDocumentStore,
  tasks: TaskStore,
  doc: AimsDocument,
  number: number,
  actor: string,
): Promise<void> {
  const open = (await documents.openReviews(scope.tx)).get(doc.id);
  if (!open) return;
  const task = (await tasks.get(open.id, scope.tx))!;
  await applyVersioned(scope, tasks, {
    label: 'Task',
    recordType: 'task',
    action: 'complete',
    actor,
    expectedVersion: task.version,
    before: task,
    values: {
      status: 'done',
      outcome: `Version ${number} of "${doc.title}" approved by ${actor}`,
      completedBy: actor,
      completedAt: scope.now,
    },
  });
}
