import {
  assessmentApprovePermission,
  assessmentApproveSchema,
  assessmentCreatePermission,
  assessmentCreateSchema,
  assessmentPatchSchema,
  assessmentReadPermission,
  assessmentUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import { readEntity, type ApiRouter, type RouteContext } from './context';
import { changeById, createOnEntity, readById } from './handlers';
import { ENTITY_PATH } from './params';

/** Classification, impact and risk assessments, with review and approval. */
export function assessmentRoutes(router: ApiRouter, ctx: RouteContext) {
  const load = (id: string) => ctx.assessments.get(id);

  router.get(`${ENTITY_PATH}/assessments`, async (req, res) => {
    const { entityRef } = await readEntity(ctx, req, assessmentReadPermission);
    res.json({ items: await ctx.assessments.list(entityRef) });
  });

  router.post(`${ENTITY_PATH}/assessments`, (req, res) =>
    createOnEntity(ctx, req, res, {
      schema: assessmentCreateSchema,
      permission: assessmentCreatePermission,
      eventId: 'assessment-mutate',
      meta: body => ({ type: body.type }),
      create: (entityRef, body, actor) =>
        ctx.assessments.create(entityRef, body, actor),
    }),
  );

  router.get('/assessments/:id', (req, res) =>
    readById(ctx, req, res, { permission: assessmentReadPermission, load }),
  );

  router.patch('/assessments/:id', (req, res) =>
    changeById(ctx, req, res, {
      schema: assessmentPatchSchema,
      permission: assessmentUpdatePermission,
      eventId: 'assessment-mutate',
      load,
      meta: assessment => ({ action: 'update', assessmentId: assessment.id }),
      change: (assessment, version, body, actor) =>
        ctx.assessments.update(assessment.id, version, body, actor),
    }),
  );

  router.post('/assessments/:id/approve', (req, res) =>
    changeById(ctx, req, res, {
      schema: assessmentApproveSchema,
      permission: assessmentApprovePermission,
      eventId: 'assessment-approve',
      load,
      meta: (assessment, body) => ({
        assessmentId: assessment.id,
        note: body.note ?? null,
      }),
      change: (assessment, version, _body, actor) =>
        ctx.assessments.approve(assessment.id, version, actor),
    }),
  );
}
