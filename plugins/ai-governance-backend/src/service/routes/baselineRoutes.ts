import type { ApiRouter } from './context';
import {
  assessmentCreatePermission,
  baselineCreateSchema,
  controlUpdatePermission,
  riskCreatePermission,
} from '@aigov/plugin-ai-governance-common';
import { FieldValidationError } from '../../errors';
import { parse } from '../http';
import {
  audited,
  entityRefOf,
  writeEntity,
  writer,
  type RouteContext,
} from './context';
import { baselineAnswer } from './answers';
import { ENTITY_PATH } from './params';

/** Onboarding: a new AI system's first records in one idempotent request. */
export function baselineRoutes(router: ApiRouter, ctx: RouteContext) {
  router.post(`${ENTITY_PATH}/baseline`, async (req, res) => {
    const credentials = await writer(ctx, req);
    const entityRef = entityRefOf(req);
    const body = parse(baselineCreateSchema, req.body);
    const { entity, actor } = await writeEntity(ctx, credentials, entityRef);
    if (entity.kind !== 'aisystem') {
      throw new FieldValidationError('Onboarding is for AiSystem entities', [
        {
          path: 'kind',
          message: `must be AiSystem; ${entityRef} is a ${entity.kind}`,
        },
      ]);
    }
    for (const permission of [
      assessmentCreatePermission,
      riskCreatePermission,
      controlUpdatePermission,
    ]) {
      await ctx.authz.authorize(permission, entityRef, credentials);
    }
    const { requestId, ...records } = body;
    const result = await audited(
      ctx,
      req,
      'baseline-create',
      {
        entityRef,
        requestId,
        risks: records.risks.length,
        controls: records.controls.length,
      },
      () => ctx.baselines.create(entityRef, requestId, records, actor),
    );
    res.status(result.replayed ? 200 : 201).json(baselineAnswer(result));
  });
}
