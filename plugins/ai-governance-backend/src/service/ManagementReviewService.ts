import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  AIMS_ENTITY_REF,
  CLOSED_REVIEW_RULE,
  managementReviewTransitionProblem,
  REVIEW_INPUT_SECTION_IDS,
  type ManagementReview,
  type ManagementReviewActionInput,
  type ManagementReviewCreate,
  type ManagementReviewPatch,
  type ReviewInputSection,
  type Task,
} from '@aigov/plugin-ai-governance-common';
import type { Knex } from 'knex';
import type {
  ManagementReviewStore,
  ManagementReviewValues,
  StoredManagementReview,
} from '../database/ManagementReviewStore';
import { readReviewInputFigures } from '../database/reviewInputs';
import type { TaskStore } from '../database/TaskStore';
import type { UnitOfWork, WriteScope } from '../database/UnitOfWork';
import { FieldValidationError } from '../errors';
import { syncReviewActions, withTaskStatus } from './reviewActions';
import { reviewInputSections, type EarlierAction } from './reviewInputSections';
import { applyVersioned, recordCreated } from './versioned';

const fieldError = (path: string, message: string) =>
  new FieldValidationError(`Invalid management review: ${path} ${message}`, [
    { path, message },
  ]);

/** The review assembled last: the one a new review's inputs count changes since. */
const previousOf = (reviews: StoredManagementReview[]) =>
  [...reviews].sort((a, b) =>
    b.inputs.assembledAt.localeCompare(a.inputs.assembledAt),
  )[0] as StoredManagementReview | undefined;

/** Changes count from the day the previous review was held, or while it is not, from its inputs. */
const sinceOf = (previous: StoredManagementReview | undefined) => {
  if (!previous) return null;
  return previous.heldAt
    ? `${previous.heldAt}T00:00:00.000Z`
    : previous.inputs.assembledAt;
};

const lower = (refs: string[]) => refs.map(r => r.toLocaleLowerCase('en-US'));

/**
 * Input sections another module of the management system contributes
 * (objectives, scope). They read through their own services, so they run
 * just before the transaction that freezes the inputs.
 */
export type ReviewInputContributor = (context: {
  since: string | null;
}) => Promise<ReviewInputSection[]>;

/** Parsed bodies: defaults applied. */
type ParsedCreate = Required<ManagementReviewCreate>;
type ParsedPatch = Omit<ManagementReviewPatch, 'actions'> & {
  actions?: Array<ManagementReviewActionInput & { owner: string }>;
};

/**
 * The management review (ISO/IEC 42001 9.3): a review is planned with its
 * inputs assembled once, from the suite's records, in the transaction that
 * creates it, and never recomputed; it is then held (attendees, decisions,
 * actions tracked as tasks) and closed, when its minutes are final.
 */
export class ManagementReviewService {
  constructor(
    private readonly store: ManagementReviewStore,
    private readonly tasks: TaskStore,
    private readonly work: UnitOfWork,
    private readonly contributors: ReviewInputContributor[] = [],
  ) {}

  /** Every review, latest planned date first, with its actions' task status. */
  async list(): Promise<ManagementReview[]> {
    return this.withStatus(await this.store.list());
  }

  /** One review; a missing one is a 404. */
  async get(id: string): Promise<ManagementReview> {
    const found = await this.store.get(id);
    if (!found) {
      throw new NotFoundError(`Management review ${id} does not exist`);
    }
    return (await this.withStatus([found]))[0];
  }

  /** The review held most recently (its status `held` or `closed`), for readiness; undefined when none was held. */
  async latestHeld(): Promise<ManagementReview | undefined> {
    const found = await this.store.latestHeld();
    return found ? (await this.withStatus([found]))[0] : undefined;
  }

  /** Plans a review, `planned`, with its inputs assembled and frozen now. */
  async create(body: ParsedCreate, actor: string): Promise<ManagementReview> {
    const since = sinceOf(previousOf(await this.store.list()));
    const contributed: ReviewInputSection[] = [];
    for (const contribute of this.contributors) {
      contributed.push(...(await contribute({ since })));
    }
    const created = await this.work.run(async scope => {
      const inputs = await this.assemble(scope, contributed);
      const review = await this.store.insert(
        scope.tx,
        {
          id: randomUUID(),
          entityRef: AIMS_ENTITY_REF,
          title: body.title,
          plannedAt: body.plannedAt,
          heldAt: null,
          chair: body.chair.toLocaleLowerCase('en-US'),
          attendees: lower(body.attendees),
          status: 'planned',
          decisions: [],
          actions: [],
          inputs,
          closedAt: null,
        },
        actor,
        scope.now,
      );
      return recordCreated(scope, 'aims-review', review, actor);
    });
    return (await this.withStatus([created]))[0];
  }

  /** Changes a review still at `expectedVersion`; its inputs never change. */
  async update(
    id: string,
    expectedVersion: number,
    patch: ParsedPatch,
    actor: string,
  ): Promise<ManagementReview> {
    const changed = await this.work.run(async scope => {
      const current = await this.store.get(id, scope.tx);
      if (!current) {
        throw new NotFoundError(`Management review ${id} does not exist`);
      }
      const { actions, ...fields } = patch;
      const values: ManagementReviewValues = { ...fields };
      if (patch.chair) values.chair = patch.chair.toLocaleLowerCase('en-US');
      if (patch.attendees) values.attendees = lower(patch.attendees);
      const to = patch.status ?? current.status;
      const problem = managementReviewTransitionProblem(current.status, to);
      if (problem)
        throw new ConflictError(`Management review ${id}: ${problem}`);
      if (current.status === 'closed') {
        this.checkClosedChange(current, patch);
      }
      const next = { ...current, ...values };
      if (to === 'held' && current.status === 'planned') {
        if (next.attendees.length === 0) {
          throw fieldError('attendees', 'must name who attended the review');
        }
        values.heldAt = next.heldAt ?? scope.now.slice(0, 10);
      }
      if (to !== 'planned' && (values.heldAt ?? next.heldAt) === null) {
        throw fieldError('heldAt', 'must say when a held review took place');
      }
      if (to === 'closed' && current.status !== 'closed') {
        if (next.decisions.length === 0) {
          throw fieldError(
            'decisions',
            'must record at least one decision before the minutes are final',
          );
        }
        values.closedAt = scope.now;
      }
      if (actions) {
        values.actions = await syncReviewActions(
          scope,
          this.tasks,
          { id, title: next.title, actions: current.actions },
          actions,
          actor,
        );
      }
      return applyVersioned(scope, this.store, {
        label: 'Management review',
        recordType: 'aims-review',
        action: 'update',
        actor,
        expectedVersion,
        before: current,
        values,
      });
    });
    return (await this.withStatus([changed]))[0];
  }

  /** A closed review takes only a change of its actions' status. */
  private checkClosedChange(
    current: StoredManagementReview,
    patch: ParsedPatch,
  ) {
    const other = Object.keys(patch).filter(
      k => k !== 'actions' && k !== 'status',
    );
    const sent = patch.actions;
    const same =
      !sent ||
      (sent.length === current.actions.length &&
        sent.every((a, i) => {
          const was = current.actions[i];
          return (
            a.id === was.id &&
            a.description === was.description &&
            a.owner.toLocaleLowerCase('en-US') === was.owner &&
            a.dueAt === was.dueAt
          );
        }));
    if (other.length > 0 || !same) {
      throw new ConflictError(
        `Management review ${current.id} is closed: ${CLOSED_REVIEW_RULE}`,
      );
    }
  }

  /** The inputs of a new review, from the records as they stand in `scope`. */
  private async assemble(scope: WriteScope, contributed: ReviewInputSection[]) {
    const earlierReviews = await this.store.list(scope.tx);
    const previous = previousOf(earlierReviews);
    const since = sinceOf(previous);
    const tasks = await this.taskMap(
      earlierReviews.flatMap(r => r.actions.map(a => a.taskId)),
      scope.tx,
    );
    const earlier: EarlierAction[] = earlierReviews.flatMap(r =>
      withTaskStatus(r.actions, tasks).map(action => ({
        reviewId: r.id,
        reviewTitle: r.title,
        action,
      })),
    );
    const today = scope.now.slice(0, 10);
    const figures = await readReviewInputFigures(scope.tx, since, today);
    const sections = reviewInputSections(figures, earlier, since, today);
    sections.push(...contributed);
    sections.sort(
      (a, b) =>
        REVIEW_INPUT_SECTION_IDS.indexOf(a.id) -
        REVIEW_INPUT_SECTION_IDS.indexOf(b.id),
    );
    return {
      assembledAt: scope.now,
      previousReviewId: previous?.id ?? null,
      since,
      sections,
    };
  }

  private async taskMap(ids: string[], tx?: Knex.Transaction) {
    const map = new Map<string, Task>();
    if (tx) {
      for (const id of ids) {
        const task = await this.tasks.get(id, tx);
        if (task) map.set(id, task);
      }
      return map;
    }
    for (let i = 0; i < ids.length; i += 500) {
      for (const t of await this.tasks.getMany(ids.slice(i, i + 500))) {
        map.set(t.id, t);
      }
    }
    return map;
  }

  private async withStatus(
    reviews: StoredManagementReview[],
  ): Promise<ManagementReview[]> {
    const tasks = await this.taskMap(
      reviews.flatMap(r => r.actions.map(a => a.taskId)),
    );
    return reviews.map(r => ({
      ...r,
      actions: withTaskStatus(r.actions, tasks),
    }));
  }
}
