import { ConflictError } from '@backstage/errors';
import type {
  AssessmentCreate,
  BaselineResult,
} from '@aigov/plugin-ai-governance-common';
import type { AssessmentStore } from '../database/AssessmentStore';
import type { BaselineStore } from '../database/BaselineStore';
import type { ControlStore } from '../database/ControlStore';
import type { RiskStore } from '../database/RiskStore';
import type { UnitOfWork } from '../database/UnitOfWork';
import type { AssessmentService } from './AssessmentService';
import type { ControlService, NewControl } from './ControlService';
import type { NewRisk, RiskService } from './RiskService';

/** The initial records of an AI system, written together. */
export interface BaselineInput {
  assessment: AssessmentCreate;
  risks: NewRisk[];
  controls: Array<NewControl & { controlId: string }>;
}

/** Stores the onboarding baseline touches, to count what a system already has. */
export interface BaselineStores {
  baselines: BaselineStore;
  risks: RiskStore;
  assessments: AssessmentStore;
  controls: ControlStore;
}

/**
 * Onboarding: a new AI system's classification assessment, starting risk
 * register and Statement of Applicability in one change, so a failure leaves
 * nothing behind. The same `requestId` again returns what the first request
 * created; any other request for a system that already has records is a
 * conflict, because onboarding must never overwrite work people have done.
 */
export class BaselineService {
  constructor(
    private readonly stores: BaselineStores,
    private readonly work: UnitOfWork,
    private readonly services: {
      risks: RiskService;
      assessments: AssessmentService;
      controls: ControlService;
    },
  ) {}

  async create(
    entityRef: string,
    requestId: string,
    input: BaselineInput,
    actor: string,
  ): Promise<BaselineResult> {
    const { stores, services } = this;
    const outcome = await this.work.run(async scope => {
      const previous = await stores.baselines.get(scope.tx, entityRef);
      if (previous) {
        if (previous.requestId !== requestId) {
          throw new ConflictError(
            `${entityRef} was already onboarded by ${previous.createdBy} at ${previous.createdAt} (request ${previous.requestId}); change its records in the Governance tab instead`,
          );
        }
        return { baseline: previous, replayed: true };
      }
      const [risks, assessments, controls] = await Promise.all([
        stores.risks.countFor(scope.tx, entityRef),
        stores.assessments.countFor(scope.tx, entityRef),
        stores.controls.countFor(scope.tx, entityRef),
      ]);
      if (risks + assessments + controls > 0) {
        throw new ConflictError(
          `${entityRef} already has governance records (${risks} risks, ${assessments} assessments, ${controls} controls); onboarding only creates the records of a system that has none`,
        );
      }
      const assessment = await services.assessments.insert(
        scope,
        entityRef,
        input.assessment,
        actor,
      );
      const riskIds: string[] = [];
      for (const risk of input.risks) {
        // Seeded risks are suggestions from the library: they count on the
        // scorecard only once the owner confirms them, whatever was sent.
        const proposed: NewRisk = { ...risk, status: 'proposed' };
        riskIds.push(
          (await services.risks.insert(scope, entityRef, proposed, actor)).id,
        );
      }
      for (const { controlId, ...control } of input.controls) {
        await services.controls.insert(
          scope,
          entityRef,
          controlId,
          control,
          actor,
        );
      }
      const baseline = {
        entityRef,
        requestId,
        createdAt: scope.now,
        createdBy: actor,
        assessmentId: assessment.id,
        riskIds,
        controlIds: input.controls.map(c => c.controlId),
      };
      await stores.baselines.insert(scope.tx, baseline);
      return { baseline, replayed: false };
    });
    const { baseline } = outcome;
    const controls = (await services.controls.list(entityRef)).filter(c =>
      baseline.controlIds.includes(c.controlId),
    );
    return {
      requestId,
      replayed: outcome.replayed,
      createdAt: baseline.createdAt,
      createdBy: baseline.createdBy,
      assessment: await services.assessments.get(baseline.assessmentId),
      risks: await stores.risks.getMany(baseline.riskIds),
      controls,
    };
  }
}
