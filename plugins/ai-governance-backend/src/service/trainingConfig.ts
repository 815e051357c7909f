import type { Config } from '@backstage/config';
import {
  DEFAULT_TRAINING_COURSES,
  DEFAULT_TRAINING_REQUIREMENTS,
  type TrainingCourse,
  type TrainingRequirement,
} from '@aigov/plugin-ai-governance-common';

/** The course catalogue and the requirement rules the plugin runs with. */
export interface TrainingSettings {
  courses: TrainingCourse[];
  requirements: TrainingRequirement[];
}

const KEY = 'aiGovernance.training';

/** The shipped courses and requirement rules. */
export const defaultTrainingSettings = (): TrainingSettings => ({
  courses: DEFAULT_TRAINING_COURSES.map(c => ({ ...c })),
  requirements: DEFAULT_TRAINING_REQUIREMENTS.map(r => ({ ...r })),
});
const COURSE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const APPLIES_TO = ['everyone', 'high-tier-owners', 'aims-role', 'group'];

function course(c: Config, at: string): TrainingCourse {
  const id = c.getString('id');
  if (!COURSE_ID.test(id)) {
    throw new Error(
      `${at}.id must be lowercase letters, digits and -, at most 64 characters, got "${id}"`,
    );
  }
  const months = c.getOptional('validityMonths');
  if (
    months !== undefined &&
    months !== null &&
    (!Number.isInteger(months) || (months as number) < 1)
  ) {
    throw new Error(
      `${at}.validityMonths must be a whole number of months, 1 or more, or null for a course that never expires`,
    );
  }
  return {
    id,
    title: c.getString('title'),
    description: c.getOptionalString('description') ?? '',
    validityMonths: (months as number | null | undefined) ?? null,
  };
}

function requirement(c: Config, at: string): TrainingRequirement {
  const courseId = c.getString('courseId');
  const appliesTo = c.getString('appliesTo');
  switch (appliesTo) {
    case 'everyone':
    case 'high-tier-owners':
      return { courseId, appliesTo };
    case 'aims-role':
      return { courseId, appliesTo, role: c.getString('role') };
    case 'group':
      return { courseId, appliesTo, group: c.getString('group') };
    default:
      throw new Error(
        `${at}.appliesTo must be one of ${APPLIES_TO.join(
          ', ',
        )}, got "${appliesTo}"`,
      );
  }
}

/**
 * Reads `aiGovernance.training`: `courses` extend the shipped catalogue (a
 * course with a shipped id replaces it; `replaceDefaultCourses: true` drops
 * the shipped ones), and `requirements`, when set, replace the default
 * rules. A rule naming a course the catalogue lacks stops the start.
 */
export function readTrainingSettings(config: Config): TrainingSettings {
  const training = config.getOptionalConfig(KEY);
  const own = (training?.getOptionalConfigArray('courses') ?? []).map((c, i) =>
    course(c, `${KEY}.courses[${i}]`),
  );
  const replace = training?.getOptionalBoolean('replaceDefaultCourses');
  const byId = new Map<string, TrainingCourse>(
    replace ? [] : DEFAULT_TRAINING_COURSES.map(c => [c.id, { ...c }]),
  );
  for (const c of own) byId.set(c.id, c);
  const courses = [...byId.values()];
  const configured = training?.getOptionalConfigArray('requirements');
  const requirements = configured
    ? configured.map((r, i) => requirement(r, `${KEY}.requirements[${i}]`))
    : DEFAULT_TRAINING_REQUIREMENTS.map(r => ({ ...r }));
  for (const [i, r] of requirements.entries()) {
    if (!byId.has(r.courseId)) {
      throw new Error(
        `${KEY}.requirements[${i}].courseId "${
          r.courseId
        }" is not a course of the catalogue (${courses
          .map(c => c.id)
          .join(', ')})`,
      );
    }
  }
  return { courses, requirements };
}
