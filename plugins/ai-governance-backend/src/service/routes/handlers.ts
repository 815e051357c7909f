import type { Response } from 'express';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import type { JsonObject } from '@backstage/types';
import type { z } from 'zod';
import { decodeCursor, pageBody } from '../cursor';
import { ifMatch, parse, sendVersioned } from '../http';
import {
  audited,
  entityRefOf,
  readEntity,
  reader,
  writeEntity,
  writer,
  type AnyRequest,
  type RouteContext,
} from './context';
import { idParam, pageQuery } from './params';

/*
 * The three shapes every record type's routes take: create one on an entity,
 * read one by id, change one by id under If-Match. Each checks who may act
 * in the same order (credentials, record, precondition, body, entity and
 * permission), so every record type answers 401, 404, 428, 400 and 403 alike.
 */

/** A record of an entity, as the record routes need it. */
type Versioned = { id: string; entityRef: string; version: number };

/** `GET /entities/{kind}/{namespace}/{name}/<records>`: a page, newest first. */
export async function pageOnEntity<T>(
  ctx: RouteContext,
  req: AnyRequest,
  res: Response,
  route: {
    permission: ResourcePermission;
    list: (
      entityRef: string,
      page: { before?: number; limit: number },
    ) => Promise<{ items: T[]; last?: number }>;
  },
): Promise<void> {
  const query = parse(pageQuery, req.query, 'query');
  const { entityRef } = await readEntity(ctx, req, route.permission);
  const page = await route.list(entityRef, {
    before: decodeCursor(query.cursor),
    limit: query.limit,
  });
  res.json(pageBody(page));
}

/** `POST /entities/{kind}/{namespace}/{name}/<records>`: 201 with the new record and its ETag. */
export async function createOnEntity<S extends z.ZodType, T extends Versioned>(
  ctx: RouteContext,
  req: AnyRequest,
  res: Response,
  route: {
    schema: S;
    permission: ResourcePermission;
    eventId: string;
    meta?: (body: z.output<S>) => JsonObject;
    /** Where the new record is read, relative to the API (a Location header). */
    location?: (record: T) => string;
    create: (entityRef: string, body: z.output<S>, actor: string) => Promise<T>;
  },
): Promise<void> {
  const credentials = await writer(ctx, req);
  const entityRef = entityRefOf(req);
  const body = parse(route.schema, req.body);
  const { actor } = await writeEntity(
    ctx,
    credentials,
    entityRef,
    route.permission,
  );
  const record = await audited(
    ctx,
    req,
    route.eventId,
    { action: 'create', entityRef, ...route.meta?.(body) },
    () => route.create(entityRef, body, actor),
  );
  if (route.location) {
    res.setHeader('Location', `${req.baseUrl}${route.location(record)}`);
  }
  sendVersioned(res, 201, record);
}

/** `GET /<records>/{id}`: the record and its ETag, if the caller may read its entity's records. */
export async function readById<T extends Versioned>(
  ctx: RouteContext,
  req: AnyRequest,
  res: Response,
  route: { permission: ResourcePermission; load: (id: string) => Promise<T> },
): Promise<void> {
  const credentials = await reader(ctx, req);
  const record = await route.load(idParam(req.params.id));
  await ctx.authz.authorize(route.permission, record.entityRef, credentials);
  sendVersioned(res, 200, record);
}

/** `PATCH /<records>/{id}` and `POST /<records>/{id}/<action>`: a change under If-Match. */
export async function changeById<S extends z.ZodType, T extends Versioned>(
  ctx: RouteContext,
  req: AnyRequest,
  res: Response,
  route: {
    schema: S;
    permission: ResourcePermission;
    eventId: string;
    load: (id: string) => Promise<T>;
    meta: (record: T, body: z.output<S>) => JsonObject;
    change: (
      record: T,
      version: number,
      body: z.output<S>,
      actor: string,
    ) => Promise<T>;
  },
): Promise<void> {
  const credentials = await writer(ctx, req);
  const record = await route.load(idParam(req.params.id));
  const version = ifMatch(req, true)!;
  const body = parse(route.schema, req.body ?? {});
  const { actor } = await writeEntity(
    ctx,
    credentials,
    record.entityRef,
    route.permission,
  );
  const updated = await audited(
    ctx,
    req,
    route.eventId,
    route.meta(record, body),
    () => route.change(record, version, body, actor),
  );
  sendVersioned(res, 200, updated);
}
