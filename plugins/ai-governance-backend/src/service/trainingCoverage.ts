import type {
  TeamTrainingCoverage,
  TrainingCoverageFigures,
  TrainingRequirement,
} from '@aigov/plugin-ai-governance-common';
import type { TrainingHolding } from '../database/TrainingStore';
import type { Person, Team } from './trainingPeople';

/*
 * Who needs which course, and how many hold what they need. Pure: the
 * service reads the catalog, the AI systems' owners, the AIMS roles and the
 * records, and these rules decide.
 */

/** What the requirement rules are decided on. */
export interface RequirementFacts {
  /** Owners (groups or users) of an AI system of the high or prohibited tier, lower case. */
  highTierOwners: Set<string>;
  /** Holders of each AIMS role, user refs in lower case. */
  roleHolders: Map<string, Set<string>>;
  /** Each group with its ancestors, so a sub-team's member is a member of the parent. */
  ancestors: Map<string, Set<string>>;
}

/** Each group and every group above it in the catalog's tree (cycles cut). */
export function ancestorsOf(teams: Team[]): Map<string, Set<string>> {
  const parent = new Map(teams.map(t => [t.groupRef, t.parentRef]));
  const out = new Map<string, Set<string>>();
  for (const team of teams) {
    const seen = new Set<string>();
    for (
      let at: string | null | undefined = team.groupRef;
      at && !seen.has(at);
      at = parent.get(at)
    ) {
      seen.add(at);
    }
    out.set(team.groupRef, seen);
  }
  return out;
}

/** The groups a person belongs to, directly or through a sub-team. */
function groupsOf(person: Person, facts: RequirementFacts): Set<string> {
  const all = new Set<string>();
  for (const team of person.teams) {
    for (const g of facts.ancestors.get(team) ?? [team]) all.add(g);
  }
  return all;
}

/** The courses a person needs under the rules, in rule order, once each. */
export function requiredCourses(
  person: Person,
  rules: readonly TrainingRequirement[],
  facts: RequirementFacts,
): string[] {
  const groups = groupsOf(person, facts);
  const needed = new Set<string>();
  for (const rule of rules) {
    let applies = false;
    switch (rule.appliesTo) {
      case 'everyone':
        applies = true;
        break;
      case 'high-tier-owners':
        // Owning teams' direct members, and a user owning a system.
        applies =
          facts.highTierOwners.has(person.userRef) ||
          person.teams.some(t => facts.highTierOwners.has(t));
        break;
      case 'aims-role':
        applies = !!facts.roleHolders.get(rule.role)?.has(person.userRef);
        break;
      case 'group':
        applies = groups.has(rule.group.toLocaleLowerCase('en-US'));
        break;
      default:
        applies = false;
    }
    if (applies) needed.add(rule.courseId);
  }
  return [...needed];
}

/** A person and what they need. */
export interface PersonNeeds {
  person: Person;
  required: string[];
}

/** `user course` of every completion not expired on `today`. */
export function currentHoldings(
  holdings: TrainingHolding[],
  today: string,
): Set<string> {
  return new Set(
    holdings
      .filter(h => h.expiresAt === null || h.expiresAt >= today)
      .map(h => `${h.userRef} ${h.courseId}`),
  );
}

/** Coverage of `people`: who holds every course they need unexpired, and per course. */
export function figuresOf(
  people: PersonNeeds[],
  current: Set<string>,
  courseOrder: string[],
): TrainingCoverageFigures {
  const perCourse = new Map<string, { required: number; current: number }>();
  let covered = 0;
  for (const { person, required } of people) {
    let all = true;
    for (const courseId of required) {
      const c = perCourse.get(courseId) ?? { required: 0, current: 0 };
      c.required++;
      if (current.has(`${person.userRef} ${courseId}`)) c.current++;
      else all = false;
      perCourse.set(courseId, c);
    }
    if (all) covered++;
  }
  const rank = (id: string) => {
    const i = courseOrder.indexOf(id);
    return i < 0 ? courseOrder.length : i;
  };
  return {
    members: people.length,
    covered,
    percent:
      people.length === 0 ? null : Math.round((covered / people.length) * 100),
    courses: [...perCourse.entries()]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([courseId, c]) => ({ courseId, ...c })),
  };
}

/** Coverage of each team with members (its sub-teams' members count), by title. */
export function teamFigures(
  teams: Team[],
  people: PersonNeeds[],
  current: Set<string>,
  facts: RequirementFacts,
  courseOrder: string[],
): TeamTrainingCoverage[] {
  const out: TeamTrainingCoverage[] = [];
  for (const team of teams) {
    const members = people.filter(p =>
      groupsOf(p.person, facts).has(team.groupRef),
    );
    if (members.length === 0) continue;
    out.push({
      groupRef: team.groupRef,
      title: team.title,
      ...figuresOf(members, current, courseOrder),
    });
  }
  return out.sort((a, b) => a.title.localeCompare(b.title));
}
