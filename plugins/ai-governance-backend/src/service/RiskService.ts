import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  type HistoryAction,
  riskLevel,
  riskScore,
  type Risk,
  type RiskCreate,
  type RiskDecisionKind,
  type RiskMatrix,
  type RiskPatch,
} from '@aigov/plugin-ai-governance-common';
import type { RiskStore, RiskValues } from '../database/RiskStore';
import type { UnitOfWork, WriteScope } from '../database/UnitOfWork';
import { FieldValidationError } from '../errors';
import { applyVersioned, recordCreated } from './versioned';

/** A new risk, defaults applied by the request schema. */
export type NewRisk = RiskCreate & {
  treatment: Risk['treatment'];
  status: string;
};

/**
 * The rules of the risk register: scores and levels from the risk matrix,
 * residual values set in pairs, acceptance only by a second person and
 * ended when the treatment moves away from accepting.
 */
export class RiskService {
  constructor(
    private readonly store: RiskStore,
    private readonly work: UnitOfWork,
    private readonly matrix: RiskMatrix,
  ) {}

  private levels(likelihood: number, impact: number) {
    const score = riskScore(likelihood, impact);
    return { score, level: riskLevel(score, this.matrix) };
  }

  private residual(likelihood: number | null, impact: number | null) {
    const r = likelihood && impact ? this.levels(likelihood, impact) : null;
    return { residualScore: r?.score ?? null, residualLevel: r?.level ?? null };
  }

  list(entityRef: string, page: { before?: number; limit: number }) {
    return this.store.list(entityRef, page);
  }

  /** One risk; a missing one is a 404. */
  async get(id: string): Promise<Risk> {
    const risk = await this.store.get(id);
    if (!risk) throw new NotFoundError(`Risk ${id} does not exist`);
    return risk;
  }

  create(entityRef: string, input: NewRisk, actor: string): Promise<Risk> {
    return this.work.run(scope => this.insert(scope, entityRef, input, actor));
  }

  /** Inserts a risk inside a running change (also used by onboarding). */
  async insert(
    scope: WriteScope,
    entityRef: string,
    input: NewRisk,
    actor: string,
  ): Promise<Risk> {
    const residualLikelihood = input.residualLikelihood ?? null;
    const residualImpact = input.residualImpact ?? null;
    const values: RiskValues = {
      title: input.title,
      description: input.description ?? '',
      category: input.category as Risk['category'],
      source: input.source ?? null,
      lifecycleStage: input.lifecycleStage as Risk['lifecycleStage'],
      likelihood: input.likelihood,
      impact: input.impact,
      ...this.levels(input.likelihood, input.impact),
      treatment: input.treatment,
      treatmentPlan: input.treatmentPlan ?? '',
      controlIds: input.controlIds ?? [],
      residualLikelihood,
      residualImpact,
      ...this.residual(residualLikelihood, residualImpact),
      owner: input.owner ?? null,
      status: input.status as Risk['status'],
      dueDate: input.dueDate ?? null,
      nextReviewDate: input.nextReviewDate ?? null,
      acceptance: null,
    };
    const risk = await this.store.insert(
      scope.tx,
      { id: randomUUID(), entityRef, ...values },
      actor,
      scope.now,
    );
    return recordCreated(scope, 'risk', risk, actor);
  }

  /** Applies a change to a risk still at `expectedVersion`. */
  update(
    id: string,
    expectedVersion: number,
    patch: RiskPatch,
    actor: string,
  ): Promise<Risk> {
    return this.work.run(async scope => {
      const current = await this.store.get(id, scope.tx);
      if (!current) throw new NotFoundError(`Risk ${id} does not exist`);
      const changes = Object.fromEntries(
        Object.entries(patch).filter(([, v]) => v !== undefined),
      ) as Partial<RiskValues>;
      const next = { ...current, ...changes } as Risk;
      if (
        (next.residualLikelihood === null) !==
        (next.residualImpact === null)
      ) {
        const path =
          next.residualLikelihood === null
            ? 'residualLikelihood'
            : 'residualImpact';
        throw new FieldValidationError(
          `Invalid risk: ${path} must be set together with the other residual value`,
          [
            {
              path,
              message: 'residual likelihood and impact are set together',
            },
          ],
        );
      }
      if (patch.description === null) changes.description = '';
      if (patch.treatmentPlan === null) changes.treatmentPlan = '';
      Object.assign(
        changes,
        this.levels(next.likelihood, next.impact),
        this.residual(next.residualLikelihood, next.residualImpact),
      );
      if (next.treatment !== 'accept' && current.acceptance) {
        // Changing the treatment away from accept ends the acceptance, and an
        // accepted risk is open again unless the change says otherwise.
        if (current.status === 'accepted' && patch.status === undefined)
          changes.status = 'open';
        changes.acceptance = null;
      }
      return this.versioned(
        scope,
        current,
        expectedVersion,
        'update',
        changes,
        actor,
      );
    });
  }

  /** Accepts a risk until `expiresAt`, with the approver's note; the approver must not be its author. */
  accept(
    id: string,
    expectedVersion: number,
    expiresAt: string,
    actor: string,
    note: string | null = null,
  ): Promise<Risk> {
    return this.work.run(async scope => {
      const current = await this.store.get(id, scope.tx);
      if (!current) throw new NotFoundError(`Risk ${id} does not exist`);
      if (current.createdBy === actor) {
        throw new NotAllowedError(
          `${actor} recorded this risk and cannot also approve accepting it; another approver must do it`,
        );
      }
      if (current.status === 'closed')
        throw new ConflictError(
          `Risk ${id} is closed; reopen it before accepting it`,
        );
      if (current.status === 'proposed')
        throw new ConflictError(
          `Risk ${id} is only proposed; confirm it before accepting it`,
        );
      const changes: Partial<RiskValues> = {
        treatment: 'accept',
        status: 'accepted',
        acceptance: {
          approvedBy: actor,
          approvedAt: scope.now,
          expiresAt,
          note,
        },
      };
      return this.versioned(
        scope,
        current,
        expectedVersion,
        'accept',
        changes,
        actor,
      );
    });
  }

  /**
   * Settles proposed risks of one entity, all or none: `confirm` makes them
   * `open`, `dismiss` closes them with the reason added to the treatment
   * plan (closed keeps them out of every count without a status of its own).
   */
  decide(
    entityRef: string,
    input: { ids: string[]; decision: RiskDecisionKind; reason?: string },
    actor: string,
  ): Promise<Risk[]> {
    return this.work.run(async scope => {
      const current: Risk[] = [];
      for (const [i, id] of input.ids.entries()) {
        const risk = await this.store.get(id, scope.tx);
        // Another entity's risk reads as unknown here: the caller was
        // authorised for this entity only.
        if (!risk || risk.entityRef !== entityRef) {
          const path = `ids[${i}]`;
          throw new FieldValidationError(
            `Invalid risk decision: ${path} is not a risk of ${entityRef}`,
            [{ path, message: `${id} is not a risk of ${entityRef}` }],
          );
        }
        if (risk.status !== 'proposed') {
          throw new ConflictError(
            `Risk ${id} is already ${risk.status}; only proposed risks are confirmed or dismissed`,
          );
        }
        current.push(risk);
      }
      const decided: Risk[] = [];
      for (const risk of current) {
        const changes: Partial<RiskValues> =
          input.decision === 'confirm'
            ? { status: 'open' }
            : {
                status: 'closed',
                treatmentPlan: dismissedPlan(risk.treatmentPlan, input.reason),
              };
        decided.push(
          await this.versioned(
            scope,
            risk,
            risk.version,
            input.decision,
            changes,
            actor,
          ),
        );
      }
      return decided;
    });
  }

  private versioned(
    scope: WriteScope,
    before: Risk,
    expectedVersion: number,
    action: HistoryAction,
    changes: Partial<RiskValues>,
    actor: string,
  ) {
    return applyVersioned(scope, this.store, {
      label: 'Risk',
      recordType: 'risk',
      action,
      actor,
      expectedVersion,
      before,
      values: changes,
    });
  }
}

/** The treatment plan of a dismissed risk: what was suggested, then why it was dismissed. */
function dismissedPlan(plan: string, reason = ''): string {
  const note = `Dismissed: ${reason}`;
  return plan ? `${plan}\n\n${note}` : note;
}
