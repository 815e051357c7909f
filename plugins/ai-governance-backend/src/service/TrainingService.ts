import { randomUUID } from 'node:crypto';
import {
  type TrainingCatalogue,
  type TrainingCourse,
  type TrainingCoverage,
  type TrainingRecord,
  type TrainingRecordCreate,
  type TrainingStatus,
  trainingExpiryOf,
} from '@aigov/plugin-ai-governance-common';
import type { EntityStore } from '../database/EntityStore';
import type { TaskStore } from '../database/TaskStore';
import type { TrainingStore } from '../database/TrainingStore';
import type { UnitOfWork, WriteScope } from '../database/UnitOfWork';
import { FieldValidationError } from '../errors';
import {
  ancestorsOf,
  currentHoldings,
  figuresOf,
  requiredCourses,
  teamFigures,
  type RequirementFacts,
} from './trainingCoverage';
import type { TrainingSettings } from './trainingConfig';
import type { CompetenceFigures } from './trainingPrefill';
import type { Person, TrainingDirectory } from './trainingPeople';
import { openRenewalTasks, renewalKey } from './trainingRenewals';
import { applyVersioned, recordCreated } from './versioned';

/** The users and groups holding an AIMS role (e.g. `internal-auditor`). */
export type RoleHolders = (role: string) => Promise<string[]>;

const fieldError = (path: string, message: string) =>
  new FieldValidationError(`Invalid training record: ${path} ${message}`, [
    { path, message },
  ]);

/** A parsed POST body: defaults applied. */
type ParsedRecord = Omit<TrainingRecordCreate, 'evidence'> & {
  evidence: string;
};

/** Filters of the records list. */
export interface TrainingListFilter {
  users?: string[];
  courseId?: string;
  status?: TrainingStatus;
}

/**
 * Competence and AI literacy (ISO/IEC 42001 7.2, 7.3, A.4.6; EU AI Act
 * Art. 4): the course catalogue from configuration, people's completions,
 * who needs which course, and coverage per team from catalog membership.
 * A new completion closes the person's open renewal task of its course in
 * the same transaction.
 */
export class TrainingService {
  private readonly courses: Map<string, TrainingCourse>;

  constructor(
    private readonly store: TrainingStore,
    private readonly tasks: TaskStore,
    private readonly entities: EntityStore,
    private readonly work: UnitOfWork,
    private readonly settings: TrainingSettings,
    private readonly directory: TrainingDirectory,
    private readonly roleHolders: RoleHolders = async () => [],
  ) {
    this.courses = new Map(settings.courses.map(c => [c.id, c]));
  }

  /** The courses and who needs which. */
  catalogue(): TrainingCatalogue {
    return {
      items: this.settings.courses.map(c => ({ ...c })),
      requirements: this.settings.requirements.map(r => ({ ...r })),
    };
  }

  /** The catalog's user, or a 400 naming `path` when the catalog has none. */
  async person(userRef: string, path = 'userRef'): Promise<Person> {
    const found = await this.directory.person(
      userRef.toLocaleLowerCase('en-US'),
    );
    if (!found)
      throw fieldError(path, `${userRef} is not a user of the catalog`);
    return found;
  }

  /** The user refs of a group's members (its sub-teams' too); a 400 naming `team` for a group the catalog lacks. */
  async membersOf(team: string): Promise<string[]> {
    const ref = team.toLocaleLowerCase('en-US');
    const { people, teams } = await this.directory.load();
    if (!teams.some(t => t.groupRef === ref)) {
      throw new FieldValidationError(
        `Invalid query: team ${team} is not a group of the catalog`,
        [{ path: 'team', message: 'must be a group of the catalog' }],
      );
    }
    const ancestors = ancestorsOf(teams);
    return people
      .filter(p => p.teams.some(t => ancestors.get(t)?.has(ref) ?? t === ref))
      .map(p => p.userRef);
  }

  /** Records matching the filter, latest completion first, with today's status. */
  async list(filter: TrainingListFilter): Promise<TrainingRecord[]> {
    const records = await this.store.list(
      { users: filter.users, courseId: filter.courseId },
      this.work.today(),
    );
    return filter.status
      ? records.filter(r => r.status === filter.status)
      : records;
  }

  /** Whether any competence record exists (the readiness checklist's "competence records"). */
  hasRecords(): Promise<boolean> {
    return this.store.hasAny();
  }

  /** The organisation's coverage and whether any record exists: what clauses 7.2 and 7.3 are pre-filled from. */
  async competence(): Promise<CompetenceFigures> {
    const [{ total }, records] = await Promise.all([
      this.coverage(),
      this.store.hasAny(),
    ]);
    return { total, records };
  }

  /**
   * Records a completion; its expiry defaults to the completion plus the
   * course's validity. The person's open renewal task of the course, if
   * any, is completed by it.
   */
  record(body: ParsedRecord, actor: string): Promise<TrainingRecord> {
    const course = this.courses.get(body.courseId);
    if (!course) {
      throw fieldError(
        'courseId',
        `must be a course of the catalogue (${[...this.courses.keys()].join(
          ', ',
        )})`,
      );
    }
    const today = this.work.today();
    if (body.completedAt > today) {
      throw fieldError('completedAt', 'must not be in the future');
    }
    let expiresAt = body.expiresAt ?? null;
    if (body.expiresAt === undefined && course.validityMonths !== null) {
      expiresAt = trainingExpiryOf(body.completedAt, course.validityMonths);
    }
    if (expiresAt !== null && expiresAt < body.completedAt) {
      throw fieldError('expiresAt', 'must not be before completedAt');
    }
    const userRef = body.userRef.toLocaleLowerCase('en-US');
    return this.work.run(async scope => {
      const created = await this.store.insert(
        scope.tx,
        {
          id: randomUUID(),
          userRef,
          courseId: course.id,
          completedAt: body.completedAt,
          expiresAt,
          evidence: body.evidence,
        },
        actor,
        scope.now,
      );
      await recordCreated(scope, 'training-record', created, actor);
      await this.closeRenewal(scope, created, course, actor);
      return created;
    });
  }

  /** Coverage per team (one team with `team`) and of the organisation. */
  async coverage(team?: string): Promise<TrainingCoverage> {
    const today = this.work.today();
    const { people, teams } = await this.directory.load();
    const facts = await this.facts(people, teams);
    const needs = people.map(person => ({
      person,
      required: requiredCourses(person, this.settings.requirements, facts),
    }));
    const current = currentHoldings(await this.store.holdings(), today);
    const order = this.settings.courses.map(c => c.id);
    const ref = team?.toLocaleLowerCase('en-US');
    if (ref && !teams.some(t => t.groupRef === ref)) {
      throw new FieldValidationError(
        `Invalid query: team ${team} is not a group of the catalog`,
        [{ path: 'team', message: 'must be a group of the catalog' }],
      );
    }
    return {
      asOf: today,
      teams: teamFigures(
        ref ? teams.filter(t => t.groupRef === ref) : teams,
        needs,
        current,
        facts,
        order,
      ),
      total: figuresOf(needs, current, order),
    };
  }

  /**
   * The daily job: opens a renewal task for each person's latest completion
   * of a course that expires within the notice period (or has expired),
   * once per completion, assigned to the person and bound to their user
   * entity. Re-running, or a second replica, opens nothing new.
   */
  async openRenewals(): Promise<{ opened: number }> {
    const { people } = await this.directory.load();
    return openRenewalTasks({
      store: this.store,
      tasks: this.tasks,
      entities: this.entities,
      work: this.work,
      people,
      courses: this.courses,
    });
  }

  /** What the requirement rules are decided on, read now. */
  private async facts(
    people: Person[],
    teams: Parameters<typeof ancestorsOf>[0],
  ): Promise<RequirementFacts> {
    const ancestors = ancestorsOf(teams);
    const roles = new Set(
      this.settings.requirements.flatMap(r =>
        r.appliesTo === 'aims-role' ? [r.role] : [],
      ),
    );
    const roleHolders = new Map<string, Set<string>>();
    for (const role of roles) {
      const refs = (await this.roleHolders(role)).map(r =>
        r.toLocaleLowerCase('en-US'),
      );
      // A group holding the role gives it to its members.
      const holders = new Set(refs.filter(r => r.startsWith('user:')));
      const groups = new Set(refs.filter(r => r.startsWith('group:')));
      for (const p of people) {
        if (
          p.teams.some(t =>
            [...(ancestors.get(t) ?? [t])].some(g => groups.has(g)),
          )
        ) {
          holders.add(p.userRef);
        }
      }
      roleHolders.set(role, holders);
    }
    return {
      highTierOwners: new Set(await this.store.highTierOwners()),
      roleHolders,
      ancestors,
    };
  }

  /** Completes the person's open renewal task of the course with the new record. */
  private async closeRenewal(
    scope: WriteScope,
    record: TrainingRecord,
    course: TrainingCourse,
    actor: string,
  ) {
    const taskId = await this.store.openTaskOf(
      scope.tx,
      record.userRef,
      renewalKey(course.id),
    );
    if (!taskId) return;
    const task = (await this.tasks.get(taskId, scope.tx))!;
    await applyVersioned(scope, this.tasks, {
      label: 'Task',
      recordType: 'task',
      action: 'complete',
      actor,
      expectedVersion: task.version,
      before: task,
      values: {
        status: 'done',
        outcome: `Renewed: "${course.title}" completed on ${record.completedAt} (training record ${record.id})`,
        completedBy: actor,
        completedAt: scope.now,
      },
    });
  }
}
