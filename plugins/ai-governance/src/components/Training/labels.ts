import type {
  TrainingCourse,
  TrainingRequirement,
  TrainingStatus,
} from '@aigov/plugin-ai-governance-common';

/** How a completion's status reads. */
export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = {
  current: 'Current',
  expiring: 'Expiring within 30 days',
  expired: 'Expired',
};

/** Who a requirement rule applies to, in words. */
export function requirementWho(rule: TrainingRequirement): string {
  switch (rule.appliesTo) {
    case 'everyone':
      return 'Everyone';
    case 'high-tier-owners':
      return 'Members of teams owning a high-tier AI system';
    case 'aims-role':
      return `Holders of the AIMS role ${rule.role}`;
    case 'group':
      return `Members of ${rule.group.replace(/^group:[^/]+\//, '')}`;
    default:
      return 'Nobody';
  }
}

/** A course's validity in words. */
export function validityOf(course: TrainingCourse): string {
  if (course.validityMonths === null) return 'Never expires';
  const m = course.validityMonths;
  if (m % 12 === 0) return `${m / 12} year${m === 12 ? '' : 's'}`;
  return `${m} month${m === 1 ? '' : 's'}`;
}

/** A course's title by id; the id itself for a course the catalogue no longer has. */
export const courseTitle = (courses: TrainingCourse[], id: string) =>
  courses.find(c => c.id === id)?.title ?? id;

/** Why the Record training dialog may not record for others. */
export const TRAINING_MANAGE_DENIED =
  'Only the AI governance office records training for other people; you can record your own.';
