import { randomUUID } from 'node:crypto';
import {
  TRAINING_NOTICE_DAYS,
  type TrainingCourse,
} from '@aigov/plugin-ai-governance-common';
import type { EntityStore } from '../database/EntityStore';
import type { TaskStore } from '../database/TaskStore';
import type { TrainingHolding, TrainingStore } from '../database/TrainingStore';
import type { UnitOfWork } from '../database/UnitOfWork';
import { SCHEDULE_ACTOR } from './scheduledTasks';
import type { Person } from './trainingPeople';
import { recordCreated } from './versioned';

/** The open-task key of a person's renewal of a course: one open at a time. */
export const renewalKey = (courseId: string) => `training-renewal:${courseId}`;

/**
 * Each person's latest completion of each course (the one counting
 * longest; a course that never expires needs no renewal), when it expires
 * by `cutoff`.
 */
export function dueRenewals(
  holdings: TrainingHolding[],
  cutoff: string,
): TrainingHolding[] {
  const latest = new Map<string, TrainingHolding>();
  for (const h of holdings) {
    const key = `${h.userRef} ${h.courseId}`;
    const best = latest.get(key);
    if (best === undefined) latest.set(key, h);
    else if (best.expiresAt !== null) {
      if (h.expiresAt === null || h.expiresAt > best.expiresAt) {
        latest.set(key, h);
      }
    }
  }
  return [...latest.values()].filter(
    h => h.expiresAt !== null && h.expiresAt <= cutoff,
  );
}

/**
 * Opens the renewal tasks due now (see TrainingService.openRenewals). A
 * completion gets one task ever, whatever became of it; the open-task key
 * keeps a person to one open renewal per course even when two replicas
 * run at once. The person's user entity is recorded among the governed
 * entities, owned by them, so the task lists and permissions find it.
 */
export async function openRenewalTasks(input: {
  store: TrainingStore;
  tasks: TaskStore;
  entities: EntityStore;
  work: UnitOfWork;
  people: Person[];
  courses: Map<string, TrainingCourse>;
}): Promise<{ opened: number }> {
  const { work } = input;
  const cutoff = new Date(
    Date.parse(`${work.today()}T00:00:00Z`) + TRAINING_NOTICE_DAYS * 864e5,
  )
    .toISOString()
    .slice(0, 10);
  const people = new Map(input.people.map(p => [p.userRef, p]));
  const due = dueRenewals(await input.store.holdings(), cutoff).filter(
    h => people.has(h.userRef) && input.courses.has(h.courseId),
  );
  if (due.length === 0) return { opened: 0 };
  for (const userRef of new Set(due.map(h => h.userRef))) {
    if (await input.entities.getEntity(userRef)) continue;
    await input.entities.upsertEntity({
      entityRef: userRef,
      kind: 'user',
      title: people.get(userRef)!.title,
      ownerRef: userRef,
      riskTier: null,
      purpose: null,
      lifecycle: null,
    });
  }
  return work.run(async scope => {
    const had = await input.store.renewalCauses(scope.tx);
    let opened = 0;
    for (const holding of due) {
      if (had.has(holding.id)) continue;
      const task = await input.tasks.insertIfNone(
        scope.tx,
        {
          id: randomUUID(),
          entityRef: holding.userRef,
          kind: 'training-renewal',
          cause: { type: 'training', id: holding.id },
          controlIds: [],
          assignee: holding.userRef,
          dueAt: holding.expiresAt!,
        },
        renewalKey(holding.courseId),
        SCHEDULE_ACTOR,
        scope.now,
      );
      if (!task) continue;
      await recordCreated(scope, 'task', task, SCHEDULE_ACTOR);
      opened++;
    }
    return { opened };
  });
}
