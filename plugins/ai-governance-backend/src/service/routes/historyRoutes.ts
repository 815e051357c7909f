import type { ApiRouter } from './context';
import { NotAllowedError } from '@backstage/errors';
import { historyReadPermission } from '@aigov/plugin-ai-governance-common';
import { decodeCursor, encodeCursor } from '../cursor';
import { parse } from '../http';
import { reader, type RouteContext } from './context';
import { entityRefQuery, pageQuery } from './params';

const historyQuery = pageQuery.extend({ entityRef: entityRefQuery.optional() });

/** The hash-chained history of every change, and its verification. */
export function historyRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get('/history', async (req, res) => {
    const credentials = await reader(ctx, req);
    const query = parse(historyQuery, req.query, 'query');
    let restrict;
    if (query.entityRef) {
      await ctx.authz.authorize(
        historyReadPermission,
        query.entityRef,
        credentials,
      );
    } else {
      restrict = await ctx.authz.condition(historyReadPermission, credentials);
    }
    const items = await ctx.historyStore.list({
      entityRef: query.entityRef,
      before: decodeCursor(query.cursor),
      limit: query.limit + 1,
      restrict,
    });
    const page = items.slice(0, query.limit);
    res.json({
      items: page,
      ...(items.length > query.limit
        ? { nextCursor: encodeCursor(page[page.length - 1].seq) }
        : {}),
    });
  });

  router.get('/history/verify', async (req, res) => {
    const credentials = await reader(ctx, req);
    const condition = await ctx.authz.condition(
      historyReadPermission,
      credentials,
    );
    if (condition) {
      throw new NotAllowedError(
        'Verifying the whole history needs unconditional history read access',
      );
    }
    const result = await ctx.historyStore.verify();
    if (!result.ok) {
      ctx.logger.error(
        `History chain broken at event ${result.firstBrokenSeq}: ${result.reason}`,
      );
    }
    res.json(result);
  });
}
