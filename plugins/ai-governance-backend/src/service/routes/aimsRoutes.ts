import {
  aimsClausePutSchema,
  aimsClauseReadPermission,
  aimsClauseUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import { ifMatch, parse, sendVersioned } from '../http';
import {
  actorOf,
  audited,
  reader,
  writer,
  type ApiRouter,
  type RouteContext,
} from './context';
import { assertUnconditional } from './unconditional';

/** A clause number as the path has it; the service answers 404 for one the library lacks. */
const clauseIdParam = z.strictObject({
  id: z
    .string()
    .regex(/^\d{1,2}(\.\d{1,2}){0,2}$/, 'must be a clause number like 6.1.2'),
});

/**
 * The management system's own records (ISO/IEC 42001 clauses 4 to 10). They
 * cover the whole organisation, so reading and changing them need
 * unconditional decisions: a reader of only their own AI systems is 403,
 * and only the governance office (in the demo policy) assesses clauses.
 */
export function aimsRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get('/aims/clauses', async (req, res) => {
    const credentials = await reader(ctx, req);
    await assertUnconditional(
      ctx,
      aimsClauseReadPermission,
      credentials,
      'Reading the clause gap assessment',
    );
    res.json(await ctx.aimsClauses.list(credentials));
  });

  router.put('/aims/clauses/:id', async (req, res) => {
    const credentials = await writer(ctx, req);
    const { id } = parse(clauseIdParam, { id: req.params.id }, 'path');
    // An unknown clause is a 404 before the precondition and the body.
    ctx.aimsClauses.assertKnown(id);
    const version = ifMatch(req, false);
    const body = parse(aimsClausePutSchema, req.body);
    await assertUnconditional(
      ctx,
      aimsClauseUpdatePermission,
      credentials,
      'Assessing a clause of the management system',
    );
    const clause = await audited(
      ctx,
      req,
      'aims-clause-mutate',
      { clauseId: id, status: body.status },
      () => ctx.aimsClauses.put(id, version, body, actorOf(credentials)),
    );
    sendVersioned(res, 200, { ...clause, version: clause.version! });
  });
}
