import type { Task, TaskKind } from '@aigov/plugin-ai-governance-common';
import { isPast, normalizeEntityRef } from '../shared';

/** Tasks that ask for a decision on someone else's work: they go under "Approvals". */
export const APPROVAL_KINDS: ReadonlySet<TaskKind> = new Set<TaskKind>([
  'assessment-approval',
  'acceptance-expiry',
]);

/** True when an open task's due date has passed. */
export const isOverdue = (task: Task): boolean =>
  task.status === 'open' && isPast(task.dueAt);

/**
 * Most urgent first: by due date, so overdue tasks (due before today) lead,
 * then the oldest first. Due dates are YYYY-MM-DD, so comparing them as
 * strings compares the days.
 */
export function byUrgency(a: Task, b: Task): number {
  if (a.dueAt !== b.dueAt) return a.dueAt < b.dueAt ? -1 : 1;
  return a.createdAt.localeCompare(b.createdAt);
}

/** The sections of "My tasks", each most urgent first. */
export interface MyTaskSections {
  /** Assigned to the user themselves. */
  mine: Task[];
  /** Assigned to a group the user belongs to. */
  teams: Task[];
  /** Approvals and acceptance renewals, whoever of the user and their groups holds them. */
  approvals: Task[];
}

/**
 * Splits the inbox the API answers for `assignee=me` (the user's and their
 * groups' tasks) by whom it names, so the user sees first what no teammate
 * will pick up for them.
 */
export function splitMyTasks(tasks: Task[], userRef: string): MyTaskSections {
  const me = normalizeEntityRef(userRef);
  const sections: MyTaskSections = { mine: [], teams: [], approvals: [] };
  for (const task of [...tasks].sort(byUrgency)) {
    if (APPROVAL_KINDS.has(task.kind)) sections.approvals.push(task);
    else if (task.assignee && normalizeEntityRef(task.assignee) === me)
      sections.mine.push(task);
    else sections.teams.push(task);
  }
  return sections;
}
