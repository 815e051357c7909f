import {
  readinessQuerySchema,
  readinessReadPermission,
} from '@aigov/plugin-ai-governance-common';
import { parse } from '../http';
import { reader, type ApiRouter, type RouteContext } from './context';
import { assertUnconditional } from './unconditional';

/**
 * Certification readiness of the management system. It covers the whole
 * organisation, so reading it needs an unconditional decision, as the
 * clause gap assessment does.
 */
export function readinessRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get('/readiness', async (req, res) => {
    const query = parse(readinessQuerySchema, req.query, 'query');
    const credentials = await reader(ctx, req);
    await assertUnconditional(
      ctx,
      readinessReadPermission,
      credentials,
      'Reading the certification readiness',
    );
    res.json(await ctx.readiness.get(query, credentials));
  });
}
