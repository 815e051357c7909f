import type { ApiRouter } from './context';
import {
  assessmentApprovePermission,
  assessmentApproveSchema,
  assessmentCreatePermission,
  assessmentCreateSchema,
  assessmentPatchSchema,
  assessmentReadPermission,
  assessmentUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
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
import { ENTITY_PATH, idParam } from './params';

/** Classification, impact and risk assessments, with review and approval. */
export function assessmentRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get(`${ENTITY_PATH}/assessments`, async (req, res) => {
    const { entityRef } = await readEntity(ctx, req, assessmentReadPermission);
    res.json({ items: await ctx.assessments.list(entityRef) });
  });

  router.post(`${ENTITY_PATH}/assessments`, async (req, res) => {
    const credentials = await writer(ctx, req);
    const entityRef = entityRefOf(req);
    const body = parse(assessmentCreateSchema, req.body);
    const { actor } = await writeEntity(
      ctx,
      credentials,
      entityRef,
      assessmentCreatePermission,
    );
    const assessment = await audited(
      ctx,
      req,
      'assessment-mutate',
      { action: 'create', entityRef, type: body.type },
      () => ctx.assessments.create(entityRef, body, actor),
    );
    sendVersioned(res, 201, assessment);
  });

  router.get('/assessments/:id', async (req, res) => {
    const credentials = await reader(ctx, req);
    const assessment = await ctx.assessments.get(idParam(req.params.id));
    await ctx.authz.authorize(
      assessmentReadPermission,
      assessment.entityRef,
      credentials,
    );
    sendVersioned(res, 200, assessment);
  });

  router.patch('/assessments/:id', async (req, res) => {
    const credentials = await writer(ctx, req);
    const assessment = await ctx.assessments.get(idParam(req.params.id));
    const version = ifMatch(req, true)!;
    const body = parse(assessmentPatchSchema, req.body);
    const { actor } = await writeEntity(
      ctx,
      credentials,
      assessment.entityRef,
      assessmentUpdatePermission,
    );
    const updated = await audited(
      ctx,
      req,
      'assessment-mutate',
      { action: 'update', assessmentId: assessment.id },
      () => ctx.assessments.update(assessment.id, version, body, actor),
    );
    sendVersioned(res, 200, updated);
  });

  router.post('/assessments/:id/approve', async (req, res) => {
    const credentials = await writer(ctx, req);
    const assessment = await ctx.assessments.get(idParam(req.params.id));
    const version = ifMatch(req, true)!;
    const body = parse(assessmentApproveSchema, req.body ?? {});
    const { actor } = await writeEntity(
      ctx,
      credentials,
      assessment.entityRef,
      assessmentApprovePermission,
    );
    const updated = await audited(
      ctx,
      req,
      'assessment-approve',
      { assessmentId: assessment.id, note: body.note ?? null },
      () => ctx.assessments.approve(assessment.id, version, actor),
    );
    sendVersioned(res, 200, updated);
  });
}
