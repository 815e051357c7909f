import { z } from 'zod';
import {
  TRAINING_STATUSES,
  trainingManagePermission,
  trainingReadPermission,
  trainingRecordCreateSchema,
} from '@aigov/plugin-ai-governance-common';
import { parse, sendVersioned } from '../http';
import {
  actorOf,
  audited,
  reader,
  writer,
  type ApiRouter,
  type RouteContext,
} from './context';
import { assertUnconditional } from './unconditional';
import { entityRefQuery } from './params';

const groupRef = entityRefQuery.refine(ref => ref.startsWith('group:'), {
  message: 'must be a group reference like group:default/my-team',
});

/** `?user=&course=&team=&status=` of the records list. */
const recordsQuery = z.strictObject({
  user: entityRefQuery
    .refine(ref => ref.startsWith('user:'), {
      message: 'must be a user reference like user:default/ada',
    })
    .optional(),
  course: z.string().min(1).max(64).optional(),
  team: groupRef.optional(),
  status: z
    .enum(TRAINING_STATUSES, {
      error: `must be one of ${TRAINING_STATUSES.join(', ')}`,
    })
    .optional(),
});

/** `?team=` of coverage. */
const coverageQuery = z.strictObject({ team: groupRef.optional() });

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Competence and AI literacy: the course catalogue, training records and
 * coverage. A person reads and records their own training; everyone
 * else's needs unconditional decisions (training.read to read,
 * training.manage to record for someone else).
 */
export function trainingRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get('/training/courses', async (req, res) => {
    await reader(ctx, req);
    res.json(ctx.training.catalogue());
  });

  router.get('/training/coverage', async (req, res) => {
    const query = parse(coverageQuery, req.query, 'query');
    await assertUnconditional(
      ctx,
      trainingReadPermission,
      await reader(ctx, req),
      "Reading the organisation's training coverage",
    );
    res.json(await ctx.training.coverage(query.team));
  });

  router.get('/training-records', async (req, res) => {
    const query = parse(recordsQuery, req.query, 'query');
    const credentials = await reader(ctx, req);
    // A service reading on its own has no records of its own.
    const self = (credentials.principal as { userEntityRef?: string })
      .userEntityRef;
    const own =
      !!query.user &&
      !query.team &&
      !!self &&
      lower(query.user) === lower(self);
    if (!own) {
      await assertUnconditional(
        ctx,
        trainingReadPermission,
        credentials,
        "Reading other people's training records",
      );
    }
    let users = query.user ? [lower(query.user)] : undefined;
    if (query.team) {
      const members = await ctx.training.membersOf(query.team);
      users = users ? users.filter(u => members.includes(u)) : members;
    }
    res.json({
      items: await ctx.training.list({
        users,
        courseId: query.course,
        status: query.status,
      }),
    });
  });

  router.post('/training-records', async (req, res) => {
    const credentials = await writer(ctx, req);
    const body = parse(trainingRecordCreateSchema, req.body ?? {});
    const actor = actorOf(credentials);
    if (lower(body.userRef) !== lower(actor)) {
      await assertUnconditional(
        ctx,
        trainingManagePermission,
        credentials,
        "Recording someone else's training",
      );
    }
    await ctx.training.person(body.userRef);
    const created = await audited(
      ctx,
      req,
      'training-record-create',
      { action: 'create', userRef: body.userRef, courseId: body.courseId },
      () => ctx.training.record(body, actor),
    );
    res.setHeader(
      'Location',
      `${req.baseUrl}/training-records?user=${encodeURIComponent(
        created.userRef,
      )}`,
    );
    sendVersioned(res, 201, created);
  });
}
