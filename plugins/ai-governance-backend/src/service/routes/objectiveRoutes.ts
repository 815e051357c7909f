import { z } from 'zod';
import {
  aimsObjectiveReadPermission,
  aimsObjectiveUpdatePermission,
  isoDateSchema,
  objectiveCreateSchema,
  objectivePatchSchema,
} from '@aigov/plugin-ai-governance-common';
import { ifMatch, parse, sendVersioned } from '../http';
import { actorOf, audited, type ApiRouter, type RouteContext } from './context';
import { unconditionalAccess } from './unconditional';
import { idParam } from './params';

/** `?since=` of the trend: the first day of snapshots answered. */
const trendQuery = z.strictObject({ since: isoDateSchema.optional() });

/**
 * The objectives of the management system (ISO/IEC 42001 6.2, 9.1), an
 * org-level record: reading and changing them need unconditional
 * decisions, as the clause gap assessment does.
 */
export function objectiveRoutes(router: ApiRouter, ctx: RouteContext) {
  const { read, write } = unconditionalAccess(ctx, {
    read: aimsObjectiveReadPermission,
    update: aimsObjectiveUpdatePermission,
    reading: 'Reading the objectives of the management system',
    changing: 'Changing the objectives of the management system',
  });

  router.get('/aims/objectives', async (req, res) => {
    const { since } = parse(trendQuery, req.query, 'query');
    await read(req);
    res.json({ items: await ctx.objectives.list(since) });
  });

  router.post('/aims/objectives', async (req, res) => {
    const credentials = await write(req);
    const body = parse(objectiveCreateSchema, req.body);
    const created = await audited(
      ctx,
      req,
      'aims-objective-create',
      { action: 'create', measure: body.measure },
      () => ctx.objectives.create(body, actorOf(credentials)),
    );
    res.setHeader(
      'Location',
      `${req.baseUrl}/aims/objectives/${encodeURIComponent(created.id)}`,
    );
    sendVersioned(res, 201, created);
  });

  router.get('/aims/objectives/:id', async (req, res) => {
    const id = idParam(req.params.id);
    const { since } = parse(trendQuery, req.query, 'query');
    await read(req);
    sendVersioned(res, 200, await ctx.objectives.get(id, since));
  });

  router.patch('/aims/objectives/:id', async (req, res) => {
    const id = idParam(req.params.id);
    const credentials = await write(req);
    await ctx.objectives.record(id);
    const version = ifMatch(req, true)!;
    const body = parse(objectivePatchSchema, req.body ?? {});
    const changed = await audited(
      ctx,
      req,
      'aims-objective-update',
      { action: 'update', objectiveId: id, fields: Object.keys(body) },
      () => ctx.objectives.update(id, version, body, actorOf(credentials)),
    );
    sendVersioned(res, 200, changed);
  });
}
