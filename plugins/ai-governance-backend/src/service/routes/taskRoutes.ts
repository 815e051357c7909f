import { z } from 'zod';
import {
  AIMS_ENTITY_REF,
  TASK_STATUSES,
  taskCompleteSchema,
  taskDismissSchema,
  taskReadPermission,
  taskUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import { decodeCursor, pageBody } from '../cursor';
import { parse } from '../http';
import { reader, type ApiRouter, type RouteContext } from './context';
import { changeById, pageOnEntity, readById } from './handlers';
import { ENTITY_PATH, entityRefQuery, pageQuery } from './params';

/** `?assignee=me|<entity ref>&status=&entityRef=` of the task inbox. */
const taskQuery = pageQuery.extend({
  assignee: z
    .union([z.literal('me'), entityRefQuery], {
      error: 'must be me or an entity reference like group:default/my-team',
    })
    .optional(),
  status: z
    .enum(TASK_STATUSES, {
      error: `must be one of ${TASK_STATUSES.join(', ')}`,
    })
    .optional(),
  entityRef: entityRefQuery.optional(),
});

/** Tasks: the inbox across AI systems, an entity's tasks, and completing or dismissing one. */
export function taskRoutes(router: ApiRouter, ctx: RouteContext) {
  const load = (id: string) => ctx.tasks.get(id);

  router.get('/tasks', async (req, res) => {
    const query = parse(taskQuery, req.query, 'query');
    const credentials = await reader(ctx, req);
    if (query.entityRef) {
      await ctx.entities.resolve(query.entityRef, credentials, 'read');
    }
    const scope = await ctx.authz.scope(
      taskReadPermission,
      credentials,
      query.entityRef,
    );
    let assignees: string[] | undefined;
    let alsoOn: string[] | undefined;
    if (query.assignee === 'me') {
      assignees = await ctx.entities.membershipOf(credentials);
      // The caller's own tasks outside the AI systems (training renewals on
      // their user entity, document reviews and review actions of the
      // management system) are theirs to see beside the systems' tasks.
      const self = (credentials.principal as { userEntityRef?: string })
        .userEntityRef;
      if (!query.entityRef) {
        alsoOn = [
          AIMS_ENTITY_REF,
          ...(self ? [self.toLocaleLowerCase('en-US')] : []),
        ];
      }
    } else if (query.assignee) {
      assignees = [query.assignee.toLocaleLowerCase('en-US')];
    }
    const page = await ctx.tasks.list(
      scope,
      { assignees, status: query.status, entityRef: query.entityRef, alsoOn },
      { before: decodeCursor(query.cursor), limit: query.limit },
    );
    res.json(pageBody(page));
  });

  router.get(`${ENTITY_PATH}/tasks`, (req, res) =>
    pageOnEntity(ctx, req, res, {
      permission: taskReadPermission,
      list: (entityRef, page) => ctx.tasks.listForEntity(entityRef, page),
    }),
  );

  router.get('/tasks/:id', (req, res) =>
    readById(ctx, req, res, { permission: taskReadPermission, load }),
  );

  router.post('/tasks/:id/complete', (req, res) =>
    changeById(ctx, req, res, {
      schema: taskCompleteSchema,
      permission: taskUpdatePermission,
      eventId: 'task-complete',
      load,
      meta: (task, body) => ({
        taskId: task.id,
        kind: task.kind,
        evidenceIds: body.evidenceIds,
      }),
      change: (task, version, body, actor) =>
        ctx.tasks.complete(task.id, version, body, actor),
    }),
  );

  router.post('/tasks/:id/dismiss', (req, res) =>
    changeById(ctx, req, res, {
      schema: taskDismissSchema,
      permission: taskUpdatePermission,
      eventId: 'task-dismiss',
      load,
      meta: (task, body) => ({
        taskId: task.id,
        kind: task.kind,
        reason: body.reason,
      }),
      change: (task, version, body, actor) =>
        ctx.tasks.dismiss(task.id, version, body.reason, actor),
    }),
  );
}
