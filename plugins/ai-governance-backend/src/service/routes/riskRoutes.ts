import {
  riskAcceptPermission,
  riskAcceptSchema,
  riskCreatePermission,
  riskCreateSchema,
  riskDecisionSchema,
  riskPatchSchema,
  riskReadPermission,
  riskUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import { parse } from '../http';
import {
  audited,
  entityRefOf,
  writeEntity,
  writer,
  type ApiRouter,
  type RouteContext,
} from './context';
import { changeById, createOnEntity, pageOnEntity, readById } from './handlers';
import { ENTITY_PATH } from './params';

/** The risk register: list, record, change, accept and settle proposed risks. */
export function riskRoutes(router: ApiRouter, ctx: RouteContext) {
  const load = (id: string) => ctx.risks.get(id);

  router.get(`${ENTITY_PATH}/risks`, (req, res) =>
    pageOnEntity(ctx, req, res, {
      permission: riskReadPermission,
      list: (entityRef, page) => ctx.risks.list(entityRef, page),
    }),
  );

  router.post(`${ENTITY_PATH}/risks`, (req, res) =>
    createOnEntity(ctx, req, res, {
      schema: riskCreateSchema,
      permission: riskCreatePermission,
      eventId: 'risk-mutate',
      location: risk => `/risks/${risk.id}`,
      create: (entityRef, body, actor) =>
        ctx.risks.create(entityRef, body, actor),
    }),
  );

  // Confirming or dismissing proposed risks is a change to each of them, so
  // it needs the update permission; the ids are checked inside the change.
  router.post(`${ENTITY_PATH}/risks/decisions`, async (req, res) => {
    const credentials = await writer(ctx, req);
    const entityRef = entityRefOf(req);
    const body = parse(riskDecisionSchema, req.body);
    const { actor } = await writeEntity(
      ctx,
      credentials,
      entityRef,
      riskUpdatePermission,
    );
    const items = await audited(
      ctx,
      req,
      'risk-mutate',
      {
        action: body.decision,
        entityRef,
        riskIds: body.ids,
        reason: body.reason ?? null,
      },
      () => ctx.risks.decide(entityRef, body, actor),
    );
    res.json({ items });
  });

  router.get('/risks/:id', (req, res) =>
    readById(ctx, req, res, { permission: riskReadPermission, load }),
  );

  router.patch('/risks/:id', (req, res) =>
    changeById(ctx, req, res, {
      schema: riskPatchSchema,
      permission: riskUpdatePermission,
      eventId: 'risk-mutate',
      load,
      meta: risk => ({ action: 'update', riskId: risk.id }),
      change: (risk, version, body, actor) =>
        ctx.risks.update(risk.id, version, body, actor),
    }),
  );

  router.post('/risks/:id/accept', (req, res) =>
    changeById(ctx, req, res, {
      schema: riskAcceptSchema,
      permission: riskAcceptPermission,
      eventId: 'risk-accept',
      load,
      meta: (risk, body) => ({
        riskId: risk.id,
        expiresAt: body.expiresAt,
        note: body.note ?? null,
      }),
      change: (risk, version, body, actor) =>
        ctx.risks.accept(
          risk.id,
          version,
          body.expiresAt,
          actor,
          body.note ?? null,
        ),
    }),
  );
}
