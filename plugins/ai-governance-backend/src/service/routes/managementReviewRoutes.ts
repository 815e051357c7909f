import {
  managementReviewCreateSchema,
  managementReviewPatchSchema,
  managementReviewReadPermission,
  managementReviewUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import { ifMatch, parse, sendVersioned } from '../http';
import { minutesMarkdown } from '../reviewMinutes';
import { minutesPdf } from '../reviewMinutesPdf';
import { actorOf, audited, type ApiRouter, type RouteContext } from './context';
import { unconditionalAccess } from './unconditional';
import { idParam } from './params';

/** A file name from a review's title and date, safe in a header. */
const fileName = (review: { title: string; plannedAt: string }, ext: string) =>
  `management-review-${review.plannedAt}-${
    review.title
      .toLocaleLowerCase('en-US')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'minutes'
  }.${ext}`;

/**
 * The management reviews (ISO/IEC 42001 9.3), org-level records of the
 * management system: reading and changing them need unconditional
 * decisions, as the internal audit programme does.
 */
export function managementReviewRoutes(router: ApiRouter, ctx: RouteContext) {
  const { read, write } = unconditionalAccess(ctx, {
    read: managementReviewReadPermission,
    update: managementReviewUpdatePermission,
    reading: 'Reading the management reviews',
    changing: 'Changing the management reviews',
  });

  router.get('/management-reviews', async (req, res) => {
    await read(req);
    res.json({ items: await ctx.managementReviews.list() });
  });

  router.post('/management-reviews', async (req, res) => {
    const credentials = await write(req);
    const body = parse(managementReviewCreateSchema, req.body);
    const created = await audited(
      ctx,
      req,
      'management-review-create',
      { action: 'create', plannedAt: body.plannedAt },
      () => ctx.managementReviews.create(body, actorOf(credentials)),
    );
    res.setHeader(
      'Location',
      `${req.baseUrl}/management-reviews/${encodeURIComponent(created.id)}`,
    );
    sendVersioned(res, 201, created);
  });

  router.get('/management-reviews/:id', async (req, res) => {
    const id = idParam(req.params.id);
    await read(req);
    sendVersioned(res, 200, await ctx.managementReviews.get(id));
  });

  router.patch('/management-reviews/:id', async (req, res) => {
    const id = idParam(req.params.id);
    const credentials = await write(req);
    await ctx.managementReviews.get(id);
    const version = ifMatch(req, true)!;
    const body = parse(managementReviewPatchSchema, req.body ?? {});
    const changed = await audited(
      ctx,
      req,
      'management-review-update',
      { action: 'update', reviewId: id, fields: Object.keys(body) },
      () =>
        ctx.managementReviews.update(id, version, body, actorOf(credentials)),
    );
    sendVersioned(res, 200, changed);
  });

  router.get('/management-reviews/:id/minutes.md', async (req, res) => {
    const id = idParam(req.params.id);
    await read(req);
    const review = await ctx.managementReviews.get(id);
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${fileName(review, 'md')}"`,
    );
    res.send(minutesMarkdown(review));
  });

  router.get('/management-reviews/:id/minutes.pdf', async (req, res) => {
    const id = idParam(req.params.id);
    await read(req);
    const review = await ctx.managementReviews.get(id);
    const pdf = await minutesPdf(review);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${fileName(review, 'pdf')}"`,
    );
    res.send(pdf);
  });
}
