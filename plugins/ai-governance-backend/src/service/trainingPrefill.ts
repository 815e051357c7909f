import {
  AI_LITERACY_COURSE_ID,
  type AimsClausePrefill,
  type AimsClauseStatus,
  type TrainingCoverageFigures,
} from '@aigov/plugin-ai-governance-common';

/** The share of people at or above which competence and awareness count as implemented. */
export const TRAINING_IMPLEMENTED_PERCENT = 90;

/** What the 7.2 and 7.3 pre-fills are decided by: the organisation's coverage today. */
export interface CompetenceFigures {
  total: TrainingCoverageFigures;
  /** Whether any training record exists at all. */
  records: boolean;
}

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
const percentOf = (met: number, of: number) =>
  of === 0 ? 0 : Math.round((met / of) * 100);

function statusOf(percent: number): AimsClauseStatus {
  if (percent >= TRAINING_IMPLEMENTED_PERCENT) return 'implemented';
  return percent > 0 ? 'partial' : 'gap';
}

const rule = `implemented from ${TRAINING_IMPLEMENTED_PERCENT} %`;

/**
 * Competence (7.2): implemented when at least 90 % of the catalog's people
 * hold every course their role needs unexpired, partial below, a gap with
 * none or no records at all; the reason gives the figures.
 */
export function competencePrefill(f: CompetenceFigures): AimsClausePrefill {
  const { members, covered } = f.total;
  if (members === 0) {
    return {
      status: 'not-assessed',
      reason: 'The catalog lists no people, so there is no one to count',
    };
  }
  if (!f.records) {
    return {
      status: 'gap',
      reason: `No training is recorded for any of the ${people(
        members,
      )} in the catalog`,
    };
  }
  const percent = percentOf(covered, members);
  return {
    status: statusOf(percent),
    reason: `${covered} of ${people(
      members,
    )} (${percent} %) hold every course their role needs, unexpired (${rule})`,
  };
}

/**
 * Awareness (7.3): the same rule over the AI literacy course everyone
 * needs (EU AI Act Art. 4); without a rule requiring it, not assessed.
 */
export function awarenessPrefill(f: CompetenceFigures): AimsClausePrefill {
  const literacy = f.total.courses.find(
    c => c.courseId === AI_LITERACY_COURSE_ID,
  );
  if (!literacy || literacy.required === 0) {
    return {
      status: 'not-assessed',
      reason: `No one is required to take the ${AI_LITERACY_COURSE_ID} course, so awareness is not counted`,
    };
  }
  const percent = percentOf(literacy.current, literacy.required);
  return {
    status: statusOf(percent),
    reason: `${literacy.current} of ${people(
      literacy.required,
    )} (${percent} %) completed AI literacy training that has not expired (${rule})`,
  };
}
