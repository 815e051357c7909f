import { z } from 'zod';
import {
  historyCheckpointPermission,
  historyReadPermission,
} from '@aigov/plugin-ai-governance-common';
import { decodeCursor, encodeCursor } from '../cursor';
import { parse } from '../http';
import {
  audited,
  reader,
  writer,
  type ApiRouter,
  type RouteContext,
} from './context';
import { entityRefQuery, pageQuery } from './params';
import { assertUnconditional } from './unconditional';

const historyQuery = pageQuery.extend({ entityRef: entityRefQuery.optional() });

/** The checkpoint request has no body; an empty object is accepted. */
const noBody = z.strictObject({});

/** The hash-chained history of every change, its signed checkpoints, and its verification. */
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
    await assertUnconditional(
      ctx,
      historyReadPermission,
      credentials,
      'Verifying the whole history',
    );
    // The chain, its signed checkpoints, then every record against its history.
    const result = await ctx.integrity.verify();
    if (!result.ok) {
      ctx.logger.error(
        `History chain broken${
          result.firstBrokenSeq ? ` at event ${result.firstBrokenSeq}` : ''
        }: ${result.reason}`,
      );
    }
    res.json(result);
  });

  router.get('/history/checkpoints', async (req, res) => {
    const credentials = await reader(ctx, req);
    const query = parse(pageQuery, req.query, 'query');
    await assertUnconditional(
      ctx,
      historyReadPermission,
      credentials,
      'Reading the history checkpoints',
    );
    const items = await ctx.checkpoints.list({
      before: decodeCursor(query.cursor),
      limit: query.limit + 1,
    });
    const page = items.slice(0, query.limit);
    res.json({
      items: page,
      ...(items.length > query.limit
        ? { nextCursor: encodeCursor(page[page.length - 1].seq) }
        : {}),
    });
  });

  router.post('/history/checkpoints', async (req, res) => {
    const credentials = await writer(ctx, req);
    parse(noBody, req.body ?? {}, 'request body');
    await assertUnconditional(
      ctx,
      historyCheckpointPermission,
      credentials,
      'Signing a checkpoint of the history',
    );
    const { created, checkpoint } = await audited(
      ctx,
      req,
      'history-checkpoint',
      {},
      () => ctx.checkpoints.create(),
    );
    res.status(created ? 201 : 200).json(checkpoint);
  });
}
