import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import { reader, writer, type AnyRequest, type RouteContext } from './context';

/**
 * Refuses a caller whose decision on `permission` is conditional: an
 * org-level record (the history of everything, the management system's
 * records) has no owner a condition could narrow it to, so only an
 * unconditional allow reads or changes it. The 403 names what was tried.
 */
export async function assertUnconditional(
  ctx: RouteContext,
  permission: ResourcePermission,
  credentials: BackstageCredentials,
  what: string,
) {
  if (await ctx.authz.condition(permission, credentials)) {
    throw new NotAllowedError(
      `${what} needs unconditional ${permission.name} access`,
    );
  }
}

/**
 * The readers and writers of one org-level record type: each answers the
 * caller's credentials once its decision is unconditional, or a 403 saying
 * what was tried (`reading` / `changing`, unless the call names it).
 */
export function unconditionalAccess(
  ctx: RouteContext,
  options: {
    read: ResourcePermission;
    update: ResourcePermission;
    reading: string;
    changing: string;
  },
) {
  const checked = async <C extends BackstageCredentials>(
    credentials: C,
    permission: ResourcePermission,
    what: string,
  ): Promise<C> => {
    await assertUnconditional(ctx, permission, credentials, what);
    return credentials;
  };
  return {
    read: async (req: AnyRequest, what = options.reading) =>
      checked(await reader(ctx, req), options.read, what),
    write: async (req: AnyRequest, what = options.changing) =>
      checked(await writer(ctx, req), options.update, what),
  };
}
