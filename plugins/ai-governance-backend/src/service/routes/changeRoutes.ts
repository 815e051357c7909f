import { changeReadPermission } from '@aigov/plugin-ai-governance-common';
import type { ApiRouter, RouteContext } from './context';
import { pageOnEntity } from './handlers';
import { ENTITY_PATH } from './params';

/** The change log the catalog sync detects; read-only, as changes are never edited. */
export function changeRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get(`${ENTITY_PATH}/changes`, (req, res) =>
    pageOnEntity(ctx, req, res, {
      permission: changeReadPermission,
      list: (entityRef, page) => ctx.changes.list(entityRef, page),
    }),
  );
}
