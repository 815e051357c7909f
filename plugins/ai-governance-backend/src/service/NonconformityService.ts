import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  canonicalJson,
  effectivenessReviewerProblem,
  nonconformityTransitionProblem,
  type CorrectiveAction,
  type CorrectiveActionInput,
  type EffectivenessReviewInput,
  type HistoryAction,
  type Nonconformity,
  type NonconformityCreate,
  type NonconformityPatch,
} from '@aigov/plugin-ai-governance-common';
import type { EntityScope } from '../database/overview';
import type {
  NonconformityFilter,
  NonconformityStore,
  NonconformityValues,
} from '../database/NonconformityStore';
import type { UnitOfWork, WriteScope } from '../database/UnitOfWork';
import { FieldValidationError } from '../errors';
import { applyVersioned, recordCreated } from './versioned';

type Page = { before?: number; limit: number };

/** A corrective action as the parsed body has it (defaults applied). */
type ParsedAction = CorrectiveActionInput &
  Pick<CorrectiveAction, 'status' | 'evidenceIds'>;

/**
 * The rules of nonconformities (clause 10.2): one starts `open`; its status
 * moves only as nonconformityTransitionProblem allows (closing needs an
 * effective review); an effectiveness review is recorded while it is
 * `verifying`, by someone the four-eyes rule admits, and a not-effective
 * one sends it back to `actions-planned`. Changing the actions drops the
 * review, which judged the actions as they were. Evidence linked from an
 * action or a review must be evidence of the same entity.
 */
export class NonconformityService {
  constructor(
    private readonly store: NonconformityStore,
    private readonly work: UnitOfWork,
    private readonly options: { governanceOffice: string },
  ) {}

  /** One nonconformity; a missing one is a 404. */
  async get(id: string): Promise<Nonconformity> {
    const found = await this.store.get(id);
    if (!found) throw new NotFoundError(`Nonconformity ${id} does not exist`);
    return found;
  }

  listForEntity(entityRef: string, page: Page) {
    return this.store.listForEntity(entityRef, page);
  }

  list(scope: EntityScope, filter: NonconformityFilter, page: Page) {
    return this.store.list(scope, filter, page);
  }

  actionsForExport(scope: EntityScope) {
    return this.store.actionsForExport(scope);
  }

  /** Records a new, `open` nonconformity with its planned actions. */
  create(
    body: NonconformityCreate & { correctiveActions: ParsedAction[] },
    actor: string,
  ): Promise<Nonconformity> {
    return this.work.run(async scope => {
      const actions = this.actionsOf(body.correctiveActions, []);
      await this.checkEvidence(scope, body.entityRef, actions);
      const created = await this.store.insert(
        scope.tx,
        {
          id: randomUUID(),
          entityRef: body.entityRef,
          source: body.source,
          sourceId: body.sourceId ?? null,
          description: body.description,
          correction: body.correction || null,
          rootCause: body.rootCause || null,
          status: 'open',
          correctiveActions: actions,
        },
        actor,
        scope.now,
      );
      return recordCreated(scope, 'nonconformity', created, actor);
    });
  }

  /** Changes a nonconformity still at `expectedVersion`. */
  update(
    id: string,
    expectedVersion: number,
    patch: NonconformityPatch & { correctiveActions?: ParsedAction[] },
    actor: string,
  ): Promise<Nonconformity> {
    return this.work.run(async scope => {
      const current = await this.load(scope, id);
      const values: NonconformityValues = {};
      if (patch.source !== undefined) values.source = patch.source;
      if (patch.sourceId !== undefined) values.sourceId = patch.sourceId;
      if (patch.description !== undefined)
        values.description = patch.description;
      if (patch.correction !== undefined)
        values.correction = patch.correction || null;
      if (patch.rootCause !== undefined)
        values.rootCause = patch.rootCause || null;
      if (patch.status !== undefined && patch.status !== current.status)
        values.status = patch.status;
      if (patch.correctiveActions) {
        const actions = this.actionsOf(
          patch.correctiveActions,
          current.correctiveActions,
        );
        await this.checkEvidence(scope, current.entityRef, actions);
        // A form sends the list back unchanged when it only closes: that
        // keeps the review, which judged exactly these actions.
        if (
          canonicalJson(actions) !== canonicalJson(current.correctiveActions)
        ) {
          values.correctiveActions = actions;
          values.effectivenessReview = null;
        }
      }
      if (values.status || values.correctiveActions) {
        const problem = nonconformityTransitionProblem(current, {
          status: values.status ?? current.status,
          correctiveActions:
            values.correctiveActions ?? current.correctiveActions,
          effectivenessReview:
            values.effectivenessReview === undefined
              ? current.effectivenessReview
              : values.effectivenessReview,
        });
        if (problem) {
          throw new ConflictError(`Nonconformity ${id}: ${problem}`);
        }
      } else if (current.status === 'closed') {
        throw new ConflictError(
          `Nonconformity ${id}: a closed nonconformity stays closed; record a new one`,
        );
      }
      return this.versioned(
        scope,
        current,
        'update',
        values,
        actor,
        expectedVersion,
      );
    });
  }

  /**
   * Records the effectiveness review of a `verifying` nonconformity by
   * `reviewer`, whose ownership refs (user and groups) are `reviewerClaims`;
   * `teamsOf` answers the groups of the users who own actions.
   */
  async review(
    id: string,
    expectedVersion: number,
    body: EffectivenessReviewInput & { evidenceIds: string[] },
    reviewer: string,
    reviewerClaims: string[],
    teamsOf: (userRefs: string[]) => Promise<string[]> = async () => [],
  ): Promise<Nonconformity> {
    const userOwners = (nc?: Nonconformity) =>
      (nc?.correctiveActions ?? [])
        .map(a => a.owner)
        .filter(o => o.startsWith('user:'));
    // The catalog is asked before the transaction, not while it holds the
    // write lock. Safe: the write happens only at `expectedVersion`, and a
    // record read after the client's read at that version is the same state.
    const ownerTeams = await teamsOf(userOwners(await this.store.get(id)));
    return this.work.run(async scope => {
      const current = await this.load(scope, id);
      if (current.status !== 'verifying') {
        throw new ConflictError(
          `Nonconformity ${id} is ${current.status}: an effectiveness review is recorded once every corrective action is done and it is verifying`,
        );
      }
      const problem = effectivenessReviewerProblem({
        reviewer,
        reviewerClaims,
        actionOwners: current.correctiveActions.map(a => a.owner),
        ownerTeams,
        governanceOffice: this.options.governanceOffice,
      });
      if (problem) throw new NotAllowedError(problem);
      const evidenceIds = [...new Set(body.evidenceIds)];
      await this.refuseMissing(
        scope,
        current.entityRef,
        evidenceIds,
        i => `evidenceIds[${i}]`,
      );
      return this.versioned(
        scope,
        current,
        'review',
        {
          effectivenessReview: {
            reviewer,
            reviewedAt: scope.now,
            result: body.result,
            notes: body.notes || null,
            evidenceIds,
          },
          // The actions did not work: plan again.
          ...(body.result === 'not-effective'
            ? { status: 'actions-planned' as const }
            : {}),
        },
        reviewer,
        expectedVersion,
      );
    });
  }

  /** The actions to store: a named id keeps that action's id, others get a new one. */
  private actionsOf(
    input: ParsedAction[],
    existing: CorrectiveAction[],
  ): CorrectiveAction[] {
    const known = new Set(existing.map(a => a.id));
    return input.map((a, i) => {
      if (a.id && !known.has(a.id)) {
        const path = `correctiveActions[${i}].id`;
        throw new FieldValidationError(
          `Invalid nonconformity: ${path} is not one of its corrective actions`,
          [{ path, message: `${a.id} is not one of its corrective actions` }],
        );
      }
      return {
        id: a.id ?? randomUUID(),
        description: a.description,
        owner: a.owner.toLocaleLowerCase('en-US'),
        dueDate: a.dueDate,
        status: a.status,
        evidenceIds: [...new Set(a.evidenceIds)],
      };
    });
  }

  private async checkEvidence(
    scope: WriteScope,
    entityRef: string,
    actions: CorrectiveAction[],
  ) {
    for (const [i, a] of actions.entries()) {
      await this.refuseMissing(
        scope,
        entityRef,
        a.evidenceIds,
        j => `correctiveActions[${i}].evidenceIds[${j}]`,
      );
    }
  }

  private async refuseMissing(
    scope: WriteScope,
    entityRef: string,
    ids: string[],
    pathOf: (index: number) => string,
  ) {
    const missing = await this.store.missingEvidence(scope.tx, entityRef, ids);
    if (missing.length === 0) return;
    const details = missing.map(m => ({
      path: pathOf(ids.indexOf(m)),
      message: `${m} is not evidence of ${entityRef}`,
    }));
    throw new FieldValidationError(
      `Invalid nonconformity: ${details.map(d => d.path).join(', ')} ${
        details.length === 1 ? 'is' : 'are'
      } not evidence of ${entityRef}`,
      details,
    );
  }

  private async load(scope: WriteScope, id: string) {
    const current = await this.store.get(id, scope.tx);
    if (!current) throw new NotFoundError(`Nonconformity ${id} does not exist`);
    return current;
  }

  private versioned(
    scope: WriteScope,
    before: Nonconformity,
    action: HistoryAction,
    values: NonconformityValues,
    actor: string,
    expectedVersion: number,
  ) {
    return applyVersioned(scope, this.store, {
      label: 'Nonconformity',
      recordType: 'nonconformity',
      action,
      actor,
      expectedVersion,
      before,
      values,
    });
  }
}
