import type { TaskKind } from '@aigov/plugin-ai-governance-common';
import type {
  ScheduledEntity,
  ScheduleFacts,
} from '../database/TaskScheduleStore';
import type { NewTaskValues } from '../database/TaskStore';
import {
  addDays,
  dueReviews,
  REVIEW_CONTROL_IDS,
  type TaskScheduleSettings,
} from './reviewSchedule';

/** The actor of the history events the scheduled job records. */
export const SCHEDULE_ACTOR = 'schedule';

/** A task the schedule opens, and the key that keeps it to one open copy. */
export interface PlannedTask {
  task: Omit<NewTaskValues, 'id'>;
  openKey: string;
}

/**
 * The tasks one page of entities is to get now: the periodic reviews due
 * to open (one open per kind and entity), and one task per record about to
 * expire or awaiting approval. An expiry's task is opened once per expiry
 * date, whatever became of it, so a renewed acceptance or an extended
 * expiry gets a new one and re-running opens nothing; an assessment gets
 * one approval task.
 */
export function planScheduledTasks(input: {
  entities: ScheduledEntity[];
  facts: ScheduleFacts;
  settings: TaskScheduleSettings;
  now: string;
  governanceOffice: string;
}): PlannedTask[] {
  const { facts, now } = input;
  const owners = new Map(input.entities.map(e => [e.entityRef, e.ownerRef]));
  const had = new Set(
    facts.caused.map(t => `${t.kind} ${t.causeId} ${t.dueAt}`),
  );
  const approvalOpened = new Set(
    facts.caused
      .filter(t => t.kind === 'assessment-approval')
      .map(t => t.causeId),
  );
  const caused = (
    kind: TaskKind,
    entityRef: string,
    type: 'risk' | 'evidence' | 'assessment',
    id: string,
    dueAt: string,
    assignee: string | null,
  ): PlannedTask => ({
    task: {
      entityRef,
      kind,
      cause: { type, id },
      controlIds: [],
      assignee,
      dueAt,
    },
    openKey: `${kind}:${id}`,
  });

  const reviews = input.entities.flatMap(entity =>
    dueReviews({
      tier: entity.riskTier,
      intervals: input.settings.reviews,
      reviews: facts.reviews.get(entity.entityRef) ?? {},
      firstSeenAt: facts.firstSeen.get(entity.entityRef) ?? now,
    }).map(({ kind, dueAt }) => ({
      task: {
        entityRef: entity.entityRef,
        kind,
        cause: { type: 'schedule' as const, id: null },
        controlIds: REVIEW_CONTROL_IDS[kind],
        assignee: entity.ownerRef,
        dueAt,
      },
      openKey: kind,
    })),
  );
  const acceptances = facts.acceptances
    .filter(a => !had.has(`acceptance-expiry ${a.riskId} ${a.expiresAt}`))
    .map(a =>
      caused(
        'acceptance-expiry',
        a.entityRef,
        'risk',
        a.riskId,
        a.expiresAt,
        // Whoever owns the risk decides whether to renew the acceptance.
        a.owner ?? owners.get(a.entityRef) ?? null,
      ),
    );
  const evidence = facts.evidence
    .map(e => ({ ...e, dueAt: e.expiresAt.slice(0, 10) }))
    .filter(e => !had.has(`evidence-expiry ${e.evidenceId} ${e.dueAt}`))
    .map(e =>
      caused(
        'evidence-expiry',
        e.entityRef,
        'evidence',
        e.evidenceId,
        e.dueAt,
        owners.get(e.entityRef) ?? null,
      ),
    );
  const approvals = facts.inReview
    .filter(a => !approvalOpened.has(a.assessmentId))
    .map(a =>
      caused(
        'assessment-approval',
        a.entityRef,
        'assessment',
        a.assessmentId,
        addDays(now, input.settings.expiryNoticeDays),
        // Only the governance office approves assessments.
        input.governanceOffice,
      ),
    );
  return [...reviews, ...acceptances, ...evidence, ...approvals];
}
