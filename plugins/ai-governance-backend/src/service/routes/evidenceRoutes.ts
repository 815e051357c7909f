import express from 'express';
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
import { FieldValidationError } from '../../errors';
import { sendVersioned } from '../http';
import {
  actorOf,
  audited,
  reader,
  writer,
  type ApiRouter,
  type RouteContext,
} from './context';
import { createOnEntity, pageOnEntity, readById } from './handlers';
import { ENTITY_PATH, idParam } from './params';

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
  router.get(`${ENTITY_PATH}/evidence`, (req, res) =>
    pageOnEntity(ctx, req, res, {
      permission: evidenceReadPermission,
      list: (entityRef, page) => ctx.evidence.list(entityRef, page),
    }),
  );

  router.post(`${ENTITY_PATH}/evidence`, (req, res) =>
    createOnEntity(ctx, req, res, {
      schema: evidenceCreateSchema,
      permission: evidenceCreatePermission,
      eventId: 'evidence-mutate',
      create: (entityRef, body, actor) =>
        ctx.evidence.create(entityRef, body, actor),
    }),
  );

  router.get('/evidence/:id', (req, res) =>
    readById(ctx, req, res, {
      permission: evidenceReadPermission,
      load: id => ctx.evidence.get(id),
    }),
  );

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
