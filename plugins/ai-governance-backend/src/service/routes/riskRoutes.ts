import {
  riskAcceptPermission,
  riskAcceptSchema,
  riskCreatePermission,
  riskCreateSchema,
  riskPatchSchema,
  riskReadPermission,
  riskUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import type { ApiRouter, RouteContext } from './context';
import { changeById, createOnEntity, pageOnEntity, readById } from './handlers';
import { ENTITY_PATH } from './params';

/** The risk register: list, record, change and accept risks. */
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
        ctx.risks.accept(risk.id, version, body.expiresAt, actor),
    }),
  );
}
