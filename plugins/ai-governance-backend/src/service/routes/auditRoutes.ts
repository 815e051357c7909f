import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { z } from 'zod';
import {
  AUDIT_STATUSES,
  auditCreateSchema,
  auditFindingCreateSchema,
  auditPatchSchema,
  auditReadPermission,
  auditUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import { FieldValidationError } from '../../errors';
import type { Independence } from '../auditIndependence';
import { ifMatch, parse, sendVersioned } from '../http';
import { actorOf, audited, type ApiRouter, type RouteContext } from './context';
import { unconditionalAccess } from './unconditional';
import { idParam } from './params';

/** `?year=&status=` of the programme. */
const auditQuery = z.strictObject({
  year: z.coerce
    .number({ error: 'must be a year such as 2026' })
    .int('must be a year such as 2026')
    .min(2000, 'must be a year from 2000')
    .max(2100, 'must be a year up to 2100')
    .optional(),
  status: z
    .enum(AUDIT_STATUSES, {
      error: `must be one of ${AUDIT_STATUSES.join(', ')}`,
    })
    .optional(),
});

/**
 * What the independence rule needs, asked before the transaction: each
 * system in scope as the catalog snapshot has it (a ref the catalog does not
 * know is a 404, one that is no AI system a 400 naming it) and each
 * auditor's groups from catalog membership.
 */
async function independenceOf(
  ctx: RouteContext,
  credentials: BackstageCredentials,
  auditors: string[],
  systems: string[],
): Promise<Independence> {
  const ownerOf = new Map<string, string | null>();
  for (const [i, ref] of systems.entries()) {
    const entity = await ctx.entities.resolve(
      ref.toLocaleLowerCase('en-US'),
      credentials,
      'read',
    );
    if (entity.kind !== 'aisystem') {
      const path = `scope.systems[${i}]`;
      throw new FieldValidationError(
        `Invalid audit: ${path} ${ref} is not an AI system`,
        [{ path, message: 'must be an AiSystem of the catalog' }],
      );
    }
    ownerOf.set(
      entity.entityRef.toLocaleLowerCase('en-US'),
      entity.ownerRef?.toLocaleLowerCase('en-US') ?? null,
    );
  }
  return { ownerOf, teamsOf: await ctx.entities.teamsByUser(auditors) };
}

/**
 * The internal audit programme (ISO/IEC 42001 9.2), an org-level record of
 * the management system: reading and changing it need unconditional
 * decisions, as the clause gap assessment does.
 */
export function auditRoutes(router: ApiRouter, ctx: RouteContext) {
  const { read, write } = unconditionalAccess(ctx, {
    read: auditReadPermission,
    update: auditUpdatePermission,
    reading: 'Reading the internal audit programme',
    changing: 'Changing the internal audit programme',
  });

  router.get('/audits', async (req, res) => {
    const query = parse(auditQuery, req.query, 'query');
    await read(req);
    res.json({ items: await ctx.audits.list(query) });
  });

  router.post('/audits', async (req, res) => {
    const credentials = await write(req);
    const body = parse(auditCreateSchema, req.body);
    const independence = await independenceOf(
      ctx,
      credentials,
      body.auditors,
      body.scope.systems,
    );
    const created = await audited(
      ctx,
      req,
      'audit-create',
      { action: 'create', year: body.year },
      () =>
        ctx.audits.create(
          { ...body, scope: body.scope },
          independence,
          actorOf(credentials),
        ),
    );
    res.setHeader(
      'Location',
      `${req.baseUrl}/audits/${encodeURIComponent(created.id)}`,
    );
    sendVersioned(res, 201, created);
  });

  router.get('/audits/:id', async (req, res) => {
    const id = idParam(req.params.id);
    await read(req);
    sendVersioned(res, 200, await ctx.audits.get(id));
  });

  router.patch('/audits/:id', async (req, res) => {
    const id = idParam(req.params.id);
    const credentials = await write(req);
    const current = await ctx.audits.get(id);
    const version = ifMatch(req, true)!;
    const body = parse(auditPatchSchema, req.body ?? {});
    const independence =
      body.auditors || body.scope
        ? await independenceOf(
            ctx,
            credentials,
            body.auditors ?? current.auditors,
            body.scope?.systems ?? current.scope.systems,
          )
        : { ownerOf: new Map(), teamsOf: new Map() };
    const changed = await audited(
      ctx,
      req,
      'audit-update',
      { action: 'update', auditId: id, fields: Object.keys(body) },
      () =>
        ctx.audits.update(
          id,
          version,
          body,
          independence,
          actorOf(credentials),
        ),
    );
    sendVersioned(res, 200, changed);
  });

  router.post('/audits/:id/findings', async (req, res) => {
    const id = idParam(req.params.id);
    const credentials = await write(req);
    await ctx.audits.get(id);
    const body = parse(auditFindingCreateSchema, req.body ?? {});
    const changed = await audited(
      ctx,
      req,
      'audit-finding-create',
      { action: 'create', auditId: id, kind: body.kind },
      () => ctx.audits.addFinding(id, body, actorOf(credentials)),
    );
    sendVersioned(res, 201, changed);
  });
}
