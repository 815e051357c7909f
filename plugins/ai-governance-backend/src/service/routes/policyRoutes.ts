import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { z } from 'zod';
import {
  AIMS_ENTITY_REF,
  DOCUMENT_KINDS,
  aimsPolicyReadPermission,
  aimsPolicyUpdatePermission,
  documentApproveSchema,
  documentCreateSchema,
  documentPatchSchema,
  documentRejectSchema,
  documentVersionCreateSchema,
} from '@aigov/plugin-ai-governance-common';
import { ifMatch, parse, sendVersioned } from '../http';
import {
  actorOf,
  audited,
  reader,
  writer,
  type AnyRequest,
  type ApiRouter,
  type RouteContext,
} from './context';
import { assertUnconditional } from './unconditional';
import { idParam } from './params';

/** `?kind=` of the document list. */
const policyQuery = z.strictObject({
  kind: z
    .enum(DOCUMENT_KINDS, {
      error: `must be one of ${DOCUMENT_KINDS.join(', ')}`,
    })
    .optional(),
});

/** The `:version` path parameter, a version number. */
const versionParam = (value: string) =>
  parse(
    z.strictObject({
      version: z.coerce
        .number({ error: 'must be a version number such as 2' })
        .int('must be a version number such as 2')
        .min(1, 'must be a version number such as 2')
        .max(100_000, 'must be a version number such as 2'),
    }),
    { version: value },
    'path',
  ).version;

const BASE = '/aims/policies';

/** The record version `If-Match` names (the path's `version` is a document version's number). */
const expected = (req: AnyRequest, required: boolean) => ifMatch(req, required);

/**
 * Policies and procedures of the management system (ISO/IEC 42001 5.2,
 * 7.5), org-level records: reading needs an unconditional decision;
 * creating a document too (the governance office), while changing one,
 * writing its drafts and submitting them is also open to the document's
 * owner (a conditional decision applied to the owner). Approving and
 * rejecting are decided by the AIMS role top-management in the service.
 */
export function policyRoutes(router: ApiRouter, ctx: RouteContext) {
  const read = async (req: AnyRequest) =>
    assertUnconditional(
      ctx,
      aimsPolicyReadPermission,
      await reader(ctx, req),
      'Reading the policies and procedures',
    );
  const writeNew = async (req: AnyRequest) => {
    const credentials = await writer(ctx, req);
    await assertUnconditional(
      ctx,
      aimsPolicyUpdatePermission,
      credentials,
      'Creating a policy or procedure',
    );
    return credentials;
  };
  /** The writer of an existing document: unconditional, or its owner. */
  const writeDocument = async (req: AnyRequest, id: string) => {
    const credentials = await writer(ctx, req);
    const doc = await ctx.policies.get(id);
    const allowed = await ctx.authz.allowsOwnedBy(
      aimsPolicyUpdatePermission,
      { entityRef: AIMS_ENTITY_REF, ownerRef: doc.owner },
      credentials,
    );
    if (!allowed) {
      throw new NotAllowedError(
        `Changing document ${id} needs ${aimsPolicyUpdatePermission.name} access: the governance office or its owner ${doc.owner}`,
      );
    }
    return credentials;
  };
  /** An approver: any signed-in reader; the service checks the role rule. */
  const decide = async (req: AnyRequest) => {
    const credentials = await writer(ctx, req);
    await assertUnconditional(
      ctx,
      aimsPolicyReadPermission,
      credentials,
      'Deciding on a version',
    );
    return credentials;
  };
  const where = (req: AnyRequest) => ({
    id: idParam(req.params.id),
    ...(req.params.version ? { number: versionParam(req.params.version) } : {}),
  });
  const actor = (credentials: BackstageCredentials) =>
    actorOf(credentials as Parameters<typeof actorOf>[0]);

  router.get(BASE, async (req, res) => {
    const query = parse(policyQuery, req.query, 'query');
    await read(req);
    res.json({ items: await ctx.policies.list(query) });
  });

  router.post(BASE, async (req, res) => {
    const credentials = await writeNew(req);
    const body = parse(documentCreateSchema, req.body);
    const created = await audited(
      ctx,
      req,
      'aims-document-create',
      { action: 'create', kind: body.kind },
      () => ctx.policies.create(body, actor(credentials)),
    );
    res.setHeader(
      'Location',
      `${req.baseUrl}${BASE}/${encodeURIComponent(created.id)}`,
    );
    sendVersioned(res, 201, created);
  });

  router.get(`${BASE}/:id`, async (req, res) => {
    const { id } = where(req);
    await read(req);
    sendVersioned(res, 200, await ctx.policies.get(id));
  });

  router.patch(`${BASE}/:id`, async (req, res) => {
    const { id } = where(req);
    const credentials = await writeDocument(req, id);
    const version = expected(req, true)!;
    const body = parse(documentPatchSchema, req.body ?? {});
    const changed = await audited(
      ctx,
      req,
      'aims-document-update',
      { action: 'update', documentId: id, fields: Object.keys(body) },
      () => ctx.policies.update(id, version, body, actor(credentials)),
    );
    sendVersioned(res, 200, changed);
  });

  router.post(`${BASE}/:id/versions`, async (req, res) => {
    const { id } = where(req);
    const credentials = await writeDocument(req, id);
    const version = expected(req, false);
    const body = parse(documentVersionCreateSchema, req.body ?? {});
    const changed = await audited(
      ctx,
      req,
      'aims-document-version-create',
      { action: 'create', documentId: id },
      () => ctx.policies.addVersion(id, version, body, actor(credentials)),
    );
    sendVersioned(res, 201, changed);
  });

  router.post(`${BASE}/:id/versions/:version/submit`, async (req, res) => {
    const { id, number } = where(req);
    const credentials = await writeDocument(req, id);
    const version = expected(req, true)!;
    const changed = await audited(
      ctx,
      req,
      'aims-document-submit',
      { action: 'update', documentId: id, version: number! },
      () => ctx.policies.submit(id, number!, version, actor(credentials)),
    );
    sendVersioned(res, 200, changed);
  });

  router.post(`${BASE}/:id/versions/:version/approve`, async (req, res) => {
    const { id, number } = where(req);
    const credentials = await decide(req);
    const version = expected(req, true)!;
    const body = parse(documentApproveSchema, req.body ?? {});
    const changed = await audited(
      ctx,
      req,
      'aims-document-approve',
      { action: 'approve', documentId: id, version: number! },
      () =>
        ctx.policies.approve(
          id,
          number!,
          version,
          body.effectiveFrom,
          actor(credentials),
          credentials,
        ),
    );
    sendVersioned(res, 200, changed);
  });

  router.post(`${BASE}/:id/versions/:version/reject`, async (req, res) => {
    const { id, number } = where(req);
    const credentials = await decide(req);
    const version = expected(req, true)!;
    const body = parse(documentRejectSchema, req.body ?? {});
    const changed = await audited(
      ctx,
      req,
      'aims-document-reject',
      { action: 'update', documentId: id, version: number! },
      () =>
        ctx.policies.reject(
          id,
          number!,
          version,
          body.reason,
          actor(credentials),
          credentials,
        ),
    );
    sendVersioned(res, 200, changed);
  });
}
