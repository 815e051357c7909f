import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';
import { parse } from '../http';

/** `?cursor=&limit=` of paged lists. */
export const pageQuery = z.strictObject({
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const idSchema = z.strictObject({
  id: z.uuid('must be an id this API returned'),
});

/** The `:id` path parameter; a malformed one is a 400 naming `id`. */
export const idParam = (id: string) => parse(idSchema, { id }, 'path').id;

/** An entity reference in a query, normalised like the path form. */
export const entityRefQuery = z
  .string()
  .min(1)
  .max(255)
  .transform((value, ctx) => {
    try {
      return stringifyEntityRef(parseEntityRef(value));
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'must be an entity reference like aisystem:default/my-system',
      });
      return z.NEVER;
    }
  });

/** `?entityRef=` of org-wide views and exports. */
export const entityScopeQuery = z.strictObject({
  entityRef: entityRefQuery.optional(),
});

/** The path of entity-scoped routes. */
export const ENTITY_PATH = '/entities/:kind/:namespace/:name' as const;
