import type { ApiRouter } from './context';
import {
  ANNEX_A_CONTROLS,
  ANNEX_A_OBJECTIVES,
  AI_RISK_TIERS,
  controlPutSchema,
  controlReadPermission,
  controlUpdatePermission,
  riskScenariosFor,
} from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import type { AiGovernanceSchemas } from '@aigov/plugin-ai-governance-common';

type AnnexALibrary = AiGovernanceSchemas['AnnexALibrary'];
import { ifMatch, parse, sendVersioned } from '../http';
import {
  audited,
  entityRefOf,
  readEntity,
  reader,
  writeEntity,
  writer,
  type RouteContext,
} from './context';
import { controlAnswer, scenariosAnswer } from './answers';
import { ENTITY_PATH } from './params';

const scenarioQuery = z.strictObject({
  systemType: z.string().min(1).max(100),
  tier: z.enum(AI_RISK_TIERS).optional(),
});

/**
 * The Annex A library as the spec types it. -common keeps control ids as
 * strings (the library is data); the spec enumerates them, and the tests'
 * response validation holds the data to that list.
 */
const annexALibrary = () =>
  ({
    items: [...ANNEX_A_CONTROLS],
    objectives: [...ANNEX_A_OBJECTIVES],
  } as AnnexALibrary);

/** The libraries shipped in -common: Annex A controls and risk scenarios. */
export function libraryRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get('/controls', async (req, res) => {
    await reader(ctx, req);
    res.json(annexALibrary());
  });

  router.get('/library/risk-scenarios', async (req, res) => {
    await reader(ctx, req);
    const query = parse(scenarioQuery, req.query, 'query');
    res.json({
      items: scenariosAnswer(riskScenariosFor(query.systemType, query.tier)),
    });
  });
}

/** The Statement of Applicability of one AI system. */
export function controlRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get(`${ENTITY_PATH}/controls`, async (req, res) => {
    const { entityRef } = await readEntity(ctx, req, controlReadPermission);
    res.json({
      items: (await ctx.controls.list(entityRef)).map(controlAnswer),
    });
  });

  router.get(`${ENTITY_PATH}/controls/:controlId`, async (req, res) => {
    const { entityRef } = await readEntity(ctx, req, controlReadPermission);
    sendVersioned(
      res,
      200,
      await ctx.controls.get(entityRef, req.params.controlId),
    );
  });

  router.put(`${ENTITY_PATH}/controls/:controlId`, async (req, res) => {
    const credentials = await writer(ctx, req);
    const entityRef = entityRefOf(req);
    const version = ifMatch(req, false);
    const body = parse(controlPutSchema, req.body);
    const { actor } = await writeEntity(
      ctx,
      credentials,
      entityRef,
      controlUpdatePermission,
    );
    const { controlId } = req.params;
    const control = await audited(
      ctx,
      req,
      'control-mutate',
      {
        entityRef,
        controlId,
        status: body.status,
        applicable: body.applicable,
      },
      () => ctx.controls.put(entityRef, controlId, version, body, actor),
    );
    sendVersioned(res, 200, control);
  });
}
