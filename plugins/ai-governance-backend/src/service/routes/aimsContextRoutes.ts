import {
  aimsContextReadPermission,
  aimsContextUpdatePermission,
  aimsRolesPutSchema,
  aimsScopePutSchema,
} from '@aigov/plugin-ai-governance-common';
import { ifMatch, parse, sendVersioned } from '../http';
import { actorOf, audited, type ApiRouter, type RouteContext } from './context';
import { unconditionalAccess } from './unconditional';

/**
 * The scope and context (ISO/IEC 42001 4.1–4.4) and the roles (5.3) of the
 * management system: org-level records, so reading and changing them need
 * unconditional decisions, as the clause gap assessment does. The scope's AI
 * systems are resolved from the catalog as the caller.
 */
export function aimsContextRoutes(router: ApiRouter, ctx: RouteContext) {
  const { read, write } = unconditionalAccess(ctx, {
    read: aimsContextReadPermission,
    update: aimsContextUpdatePermission,
    reading: 'Reading the AIMS scope and roles',
    changing: 'Changing the AIMS scope and roles',
  });

  router.get('/aims/scope', async (req, res) => {
    const credentials = await read(req, 'Reading the AIMS scope');
    sendVersioned(res, 200, await ctx.aimsScope.get(credentials));
  });

  router.put('/aims/scope', async (req, res) => {
    const credentials = await write(req, 'Changing the AIMS scope');
    const version = ifMatch(req, true)!;
    const body = parse(aimsScopePutSchema, req.body);
    await audited(
      ctx,
      req,
      'aims-scope-update',
      { action: 'update', version },
      () =>
        ctx.aimsScope.put(version, body, actorOf(credentials), {
          credentials,
        }),
    );
    sendVersioned(res, 200, await ctx.aimsScope.get(credentials));
  });

  router.get('/aims/roles', async (req, res) => {
    await read(req, 'Reading the AIMS roles');
    sendVersioned(res, 200, await ctx.aimsRoles.get());
  });

  router.put('/aims/roles', async (req, res) => {
    const credentials = await write(req, 'Changing the AIMS roles');
    const version = ifMatch(req, true)!;
    const body = parse(aimsRolesPutSchema, req.body);
    const roles = await audited(
      ctx,
      req,
      'aims-roles-update',
      { action: 'update', roles: body.roles.map(r => r.role) },
      () =>
        ctx.aimsRoles.put(version, body, actorOf(credentials), {
          credentials,
        }),
    );
    sendVersioned(res, 200, roles);
  });
}
