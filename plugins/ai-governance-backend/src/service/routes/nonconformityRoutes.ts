import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';
import {
  NONCONFORMITY_STATUSES,
  effectivenessReviewSchema,
  nonconformityCreatePermission,
  nonconformityCreateSchema,
  nonconformityPatchSchema,
  nonconformityReadPermission,
  nonconformityReviewPermission,
  nonconformityUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import { sendCsv, type CsvCell } from '../csv';
import { decodeCursor, pageBody } from '../cursor';
import { ifMatch, parse, sendVersioned } from '../http';
import {
  audited,
  reader,
  scopeOf,
  writeEntity,
  writer,
  type ApiRouter,
  type RouteContext,
} from './context';
import { changeById, pageOnEntity, readById } from './handlers';
import { ENTITY_PATH, entityRefQuery, idParam, pageQuery } from './params';

/** `?status=&entityRef=` of the org-wide list. */
const nonconformityQuery = pageQuery.extend({
  status: z
    .enum(NONCONFORMITY_STATUSES, {
      error: `must be one of ${NONCONFORMITY_STATUSES.join(', ')}`,
    })
    .optional(),
  entityRef: entityRefQuery.optional(),
});

const ACTION_COLUMNS = [
  'AI system',
  'Entity',
  'Nonconformity id',
  'Source',
  'Nonconformity status',
  'Action id',
  'Action',
  'Owner',
  'Due',
  'Status',
  'Evidence',
];

/** Nonconformities and corrective actions: record, list, change, review effectiveness, export. */
export function nonconformityRoutes(router: ApiRouter, ctx: RouteContext) {
  const load = (id: string) => ctx.nonconformities.get(id);

  router.post('/nonconformities', async (req, res) => {
    const credentials = await writer(ctx, req);
    const body = parse(nonconformityCreateSchema, req.body);
    const entityRef = stringifyEntityRef(parseEntityRef(body.entityRef));
    const { actor } = await writeEntity(
      ctx,
      credentials,
      entityRef,
      nonconformityCreatePermission,
    );
    const created = await audited(
      ctx,
      req,
      'nonconformity-create',
      { action: 'create', entityRef, source: body.source },
      () => ctx.nonconformities.create({ ...body, entityRef }, actor),
    );
    res.setHeader(
      'Location',
      `${req.baseUrl}/nonconformities/${encodeURIComponent(created.id)}`,
    );
    sendVersioned(res, 201, created);
  });

  router.get('/nonconformities', async (req, res) => {
    const query = parse(nonconformityQuery, req.query, 'query');
    const credentials = await reader(ctx, req);
    if (query.entityRef) {
      await ctx.entities.resolve(query.entityRef, credentials, 'read');
    }
    const scope = await ctx.authz.scope(
      nonconformityReadPermission,
      credentials,
      query.entityRef,
    );
    const page = await ctx.nonconformities.list(
      scope,
      { status: query.status, entityRef: query.entityRef },
      { before: decodeCursor(query.cursor), limit: query.limit },
    );
    res.json(pageBody(page));
  });

  router.get(`${ENTITY_PATH}/nonconformities`, (req, res) =>
    pageOnEntity(ctx, req, res, {
      permission: nonconformityReadPermission,
      list: (entityRef, page) =>
        ctx.nonconformities.listForEntity(entityRef, page),
    }),
  );

  router.get('/nonconformities/:id', (req, res) =>
    readById(ctx, req, res, { permission: nonconformityReadPermission, load }),
  );

  router.patch('/nonconformities/:id', (req, res) =>
    changeById(ctx, req, res, {
      schema: nonconformityPatchSchema,
      permission: nonconformityUpdatePermission,
      eventId: 'nonconformity-update',
      load,
      meta: (nc, body) => ({
        action: 'update',
        nonconformityId: nc.id,
        fields: Object.keys(body),
      }),
      change: (nc, version, body, actor) =>
        ctx.nonconformities.update(nc.id, version, body, actor),
    }),
  );

  // As changeById, with the reviewer's teams for the four-eyes rule.
  router.post('/nonconformities/:id/effectiveness', async (req, res) => {
    const credentials = await writer(ctx, req);
    const nc = await load(idParam(req.params.id));
    const version = ifMatch(req, true)!;
    const body = parse(effectivenessReviewSchema, req.body ?? {});
    const { actor } = await writeEntity(
      ctx,
      credentials,
      nc.entityRef,
      nonconformityReviewPermission,
    );
    const claims = await ctx.entities.membershipOf(credentials);
    const reviewed = await audited(
      ctx,
      req,
      'nonconformity-review',
      { action: 'review', nonconformityId: nc.id, result: body.result },
      () =>
        ctx.nonconformities.review(nc.id, version, body, actor, claims, refs =>
          ctx.entities.teamsOf(refs),
        ),
    );
    sendVersioned(res, 200, reviewed);
  });

  router.get('/exports/corrective-actions.csv', async (req, res) => {
    const scope = await scopeOf(ctx, req, nonconformityReadPermission);
    const actions = await ctx.nonconformities.actionsForExport(scope);
    const rows = actions.map((a): CsvCell[] => [
      a.entityTitle,
      a.entityRef,
      a.nonconformityId,
      a.source,
      a.nonconformityStatus,
      a.id,
      a.description,
      a.owner,
      a.dueDate,
      a.status,
      a.evidenceIds.join(' '),
    ]);
    await sendCsv(res, 'corrective-actions.csv', ACTION_COLUMNS, rows);
  });
}
