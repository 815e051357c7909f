import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import type {
  HistoryAction,
  Assessment,
  AssessmentCreate,
  AssessmentPatch,
} from '@aigov/plugin-ai-governance-common';
import type {
  AssessmentStore,
  AssessmentValues,
} from '../database/AssessmentStore';
import type { UnitOfWork, WriteScope } from '../database/UnitOfWork';
import { applyVersioned, recordCreated } from './versioned';

/**
 * Assessments go `draft` → `in-review` → `approved`; an approved one never
 * changes, and its approver is never its author.
 */
export class AssessmentService {
  constructor(
    private readonly store: AssessmentStore,
    private readonly work: UnitOfWork,
  ) {}

  list(entityRef: string) {
    return this.store.list(entityRef);
  }

  /** One assessment; a missing one is a 404. */
  async get(id: string): Promise<Assessment> {
    const assessment = await this.store.get(id);
    if (!assessment) throw new NotFoundError(`Assessment ${id} does not exist`);
    return assessment;
  }

  create(
    entityRef: string,
    input: AssessmentCreate,
    actor: string,
  ): Promise<Assessment> {
    return this.work.run(scope => this.insert(scope, entityRef, input, actor));
  }

  /** Inserts a draft inside a running change (also used by onboarding). */
  async insert(
    scope: WriteScope,
    entityRef: string,
    input: AssessmentCreate,
    actor: string,
  ): Promise<Assessment> {
    const assessment = await this.store.insert(
      scope.tx,
      {
        id: randomUUID(),
        entityRef,
        type: input.type as Assessment['type'],
        answers: (input.answers ?? {}) as Assessment['answers'],
        result: (input.result ?? null) as Assessment['result'],
        status: 'draft',
      },
      actor,
      scope.now,
    );
    return recordCreated(scope, 'assessment', assessment, actor);
  }

  update(
    id: string,
    expectedVersion: number,
    patch: AssessmentPatch,
    actor: string,
  ): Promise<Assessment> {
    return this.work.run(async scope => {
      const before = await this.load(scope, id);
      if (before.status === 'approved') {
        throw new ConflictError(
          `Assessment ${id} is approved and can no longer change; start a new assessment`,
        );
      }
      return this.versioned(scope, before, expectedVersion, 'update', actor, {
        answers: patch.answers as Assessment['answers'] | undefined,
        result: patch.result as Assessment['result'] | undefined,
        status: patch.status as Assessment['status'] | undefined,
      });
    });
  }

  /** Approves an assessment in review; the approver must not be its author. */
  approve(id: string, expectedVersion: number, actor: string) {
    return this.work.run(async scope => {
      const before = await this.load(scope, id);
      if (before.createdBy === actor) {
        throw new NotAllowedError(
          `${actor} wrote this assessment and cannot also approve it; another approver must do it`,
        );
      }
      if (before.status !== 'in-review') {
        throw new ConflictError(
          `Assessment ${id} is ${before.status}; only an assessment in review can be approved`,
        );
      }
      return this.versioned(scope, before, expectedVersion, 'approve', actor, {
        status: 'approved',
        approvedBy: actor,
        approvedAt: scope.now,
      });
    });
  }

  private async load(scope: WriteScope, id: string) {
    const assessment = await this.store.get(id, scope.tx);
    if (!assessment) throw new NotFoundError(`Assessment ${id} does not exist`);
    return assessment;
  }

  private versioned(
    scope: WriteScope,
    before: Assessment,
    expectedVersion: number,
    action: HistoryAction,
    actor: string,
    values: AssessmentValues,
  ) {
    return applyVersioned(scope, this.store, {
      label: 'Assessment',
      recordType: 'assessment',
      action,
      actor,
      expectedVersion,
      before,
      values: values,
    });
  }
}
