import type { ApiRouter } from './context';
import {
  riskAcceptPermission,
  riskAcceptSchema,
  riskCreatePermission,
  riskCreateSchema,
  riskPatchSchema,
  riskReadPermission,
  riskUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import { decodeCursor, pageBody } from '../cursor';
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
import { ENTITY_PATH, idParam, pageQuery } from './params';

/** The risk register: list, record, change and accept risks. */
export function riskRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get(`${ENTITY_PATH}/risks`, async (req, res) => {
    const query = parse(pageQuery, req.query, 'query');
    const { entityRef } = await readEntity(ctx, req, riskReadPermission);
    const page = await ctx.risks.list(entityRef, {
      before: decodeCursor(query.cursor),
      limit: query.limit,
    });
    res.json(pageBody(page));
  });

  router.post(`${ENTITY_PATH}/risks`, async (req, res) => {
    const credentials = await writer(ctx, req);
    const entityRef = entityRefOf(req);
    const body = parse(riskCreateSchema, req.body);
    const { actor } = await writeEntity(
      ctx,
      credentials,
      entityRef,
      riskCreatePermission,
    );
    const risk = await audited(
      ctx,
      req,
      'risk-mutate',
      { action: 'create', entityRef },
      () => ctx.risks.create(entityRef, body, actor),
    );
    res.setHeader('Location', `${req.baseUrl}/risks/${risk.id}`);
    sendVersioned(res, 201, risk);
  });

  router.get('/risks/:id', async (req, res) => {
    const credentials = await reader(ctx, req);
    const risk = await ctx.risks.get(idParam(req.params.id));
    await ctx.authz.authorize(riskReadPermission, risk.entityRef, credentials);
    sendVersioned(res, 200, risk);
  });

  router.patch('/risks/:id', async (req, res) => {
    const credentials = await writer(ctx, req);
    const risk = await ctx.risks.get(idParam(req.params.id));
    const version = ifMatch(req, true)!;
    const body = parse(riskPatchSchema, req.body);
    const { actor } = await writeEntity(
      ctx,
      credentials,
      risk.entityRef,
      riskUpdatePermission,
    );
    const updated = await audited(
      ctx,
      req,
      'risk-mutate',
      { action: 'update', riskId: risk.id },
      () => ctx.risks.update(risk.id, version, body, actor),
    );
    sendVersioned(res, 200, updated);
  });

  router.post('/risks/:id/accept', async (req, res) => {
    const credentials = await writer(ctx, req);
    const risk = await ctx.risks.get(idParam(req.params.id));
    const version = ifMatch(req, true)!;
    const body = parse(riskAcceptSchema, req.body);
    const { actor } = await writeEntity(
      ctx,
      credentials,
      risk.entityRef,
      riskAcceptPermission,
    );
    const updated = await audited(
      ctx,
      req,
      'risk-accept',
      { riskId: risk.id, expiresAt: body.expiresAt, note: body.note ?? null },
      () => ctx.risks.accept(risk.id, version, body.expiresAt, actor),
    );
    sendVersioned(res, 200, updated);
  });
}
