import type { ApiRouter } from './context';
import {
  riskReadPermission,
  scorecardReadPermission,
} from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import { parse } from '../http';
import { readEntity, reader, scopeOf, type RouteContext } from './context';

const groupByQuery = z.strictObject({
  groupBy: z.literal('owner', { error: 'must be "owner"' }),
});
const overdueQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Scorecards per AI system and per owning team, and the org-wide views. */
export function scorecardRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get('/entities/:kind/:namespace/:name/scorecard', async (req, res) => {
    const { entityRef } = await readEntity(ctx, req, scorecardReadPermission);
    res.json(await ctx.scorecards.entity(entityRef));
  });

  router.get('/scorecards', async (req, res) => {
    const credentials = await reader(ctx, req);
    parse(groupByQuery, req.query, 'query');
    const restrict = await ctx.authz.condition(
      scorecardReadPermission,
      credentials,
      'f',
    );
    res.json({ items: await ctx.scorecards.byOwner(restrict) });
  });

  router.get('/heatmap', async (req, res) => {
    const scope = await scopeOf(ctx, req, riskReadPermission);
    res.json(await ctx.overview.heatMap(scope));
  });

  router.get('/overdue', async (req, res) => {
    const { limit } = parse(overdueQuery, req.query, 'query');
    const credentials = await reader(ctx, req);
    const scope = await ctx.authz.scope(riskReadPermission, credentials);
    res.json({
      items: await ctx.overview.overdue(scope, {
        today: ctx.work.today(),
        now: ctx.work.now(),
        limit,
      }),
    });
  });
}
