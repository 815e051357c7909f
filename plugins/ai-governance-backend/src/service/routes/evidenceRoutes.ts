import express from 'express';
import type { ApiRouter } from './context';
import type {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  evidenceCreatePermission,
  evidenceCreateSchema,
  evidenceReadPermission,
  type Evidence,
} from '@aigov/plugin-ai-governance-common';
import { decodeCursor, pageBody } from '../cursor';
import { FieldValidationError } from '../../errors';
import { parse, sendVersioned } from '../http';
import {
  actorOf,
  audited,
  entityRefOf,
  readEntity,
  reader,
  writeEntity,
  writer,
  type RouteContext,
} from './context';
import { ENTITY_PATH, idParam, pageQuery } from './params';

/** The route of file uploads, which take raw bytes instead of JSON. */
export const EVIDENCE_CONTENT_PATH = /^\/evidence\/[^/]+\/content$/;

/** Who uploads what, settled before the body is read; kept per request. */
const uploads = new WeakMap<
  object,
  {
    credentials: BackstageCredentials<BackstageUserPrincipal>;
    evidence: Evidence;
  }
>();

/** Evidence: links and files, with the hash checked on every download. */
export function evidenceRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get(`${ENTITY_PATH}/evidence`, async (req, res) => {
    const query = parse(pageQuery, req.query, 'query');
    const { entityRef } = await readEntity(ctx, req, evidenceReadPermission);
    const page = await ctx.evidence.list(entityRef, {
      before: decodeCursor(query.cursor),
      limit: query.limit,
    });
    res.json(pageBody(page));
  });

  router.post(`${ENTITY_PATH}/evidence`, async (req, res) => {
    const credentials = await writer(ctx, req);
    const entityRef = entityRefOf(req);
    const body = parse(evidenceCreateSchema, req.body);
    const { actor } = await writeEntity(
      ctx,
      credentials,
      entityRef,
      evidenceCreatePermission,
    );
    const evidence = await audited(
      ctx,
      req,
      'evidence-mutate',
      { action: 'create', entityRef },
      () => ctx.evidence.create(entityRef, body, actor),
    );
    sendVersioned(res, 201, evidence);
  });

  router.get('/evidence/:id', async (req, res) => {
    const credentials = await reader(ctx, req);
    const evidence = await ctx.evidence.get(idParam(req.params.id));
    await ctx.authz.authorize(
      evidenceReadPermission,
      evidence.entityRef,
      credentials,
    );
    sendVersioned(res, 200, evidence);
  });

  router.put(
    '/evidence/:id/content',
    // Who may upload is settled before the body is read.
    async (req, _res, next) => {
      const credentials = await writer(ctx, req);
      const evidence = await ctx.evidence.get(idParam(req.params.id));
      await ctx.authz.authorize(
        evidenceCreatePermission,
        evidence.entityRef,
        credentials,
      );
      uploads.set(req, { credentials, evidence });
      next();
    },
    express.raw({ type: () => true, limit: ctx.maxEvidenceBytes }),
    async (req, res) => {
      const { credentials, evidence } = uploads.get(req)!;
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (content.length === 0) {
        throw new FieldValidationError('The file is empty', [
          { path: '<body>', message: 'must contain the file' },
        ]);
      }
      const updated = await audited(
        ctx,
        req,
        'evidence-mutate',
        { action: 'upload', evidenceId: evidence.id, size: content.length },
        () => ctx.evidence.upload(evidence.id, content, actorOf(credentials)),
      );
      sendVersioned(res, 200, updated);
    },
  );

  router.get('/evidence/:id/content', async (req, res) => {
    const credentials = await reader(ctx, req);
    const evidence = await ctx.evidence.get(idParam(req.params.id));
    await ctx.authz.authorize(
      evidenceReadPermission,
      evidence.entityRef,
      credentials,
    );
    try {
      const { content } = await ctx.evidence.download(evidence.id);
      const file = evidence.file!;
      res.setHeader('Content-Type', file.mediaType);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      );
      res.setHeader(
        'Digest',
        `sha-256=${Buffer.from(file.sha256!, 'hex').toString('base64')}`,
      );
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.send(content);
    } catch (error) {
      if ((error as Error).name === 'EvidenceIntegrityError') {
        const event = await ctx.auditor.createEvent({
          eventId: 'evidence-integrity',
          severityLevel: 'high',
          request: req,
          meta: { evidenceId: evidence.id },
        });
        await event.fail({ error: error as Error });
      }
      throw error;
    }
  });
}
