import {
  aimsRolesPutSchema,
  aimsScopePutSchema,
} from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import type { GovernanceServices } from './routes/context';
import { checkSeedEntry as check } from './seedCheck';

/** The scope and the roles of a seed file's management system, as the API's PUT bodies. */
export const seedScopeSchema = z.unknown().optional();
/** The roles of a seed file's management system. */
export const seedRolesSchema = z.unknown().optional();

/** A seed file's scope and roles, checked. */
export interface ScopePlan {
  scope?: z.output<typeof aimsScopePutSchema>;
  roles?: z.output<typeof aimsRolesPutSchema>;
}

/** Checks the scope and roles with the API's schemas before anything is written. */
export function planScope(
  seed: { scope?: unknown; roles?: unknown },
  where: string,
): ScopePlan {
  return {
    ...(seed.scope === undefined
      ? {}
      : { scope: check(aimsScopePutSchema, seed.scope, `${where} scope`) }),
    ...(seed.roles === undefined
      ? {}
      : { roles: check(aimsRolesPutSchema, seed.roles, `${where} roles`) }),
  };
}

/**
 * Records the scope and the roles through the same services as the API,
 * each only while it is not recorded (version 0), so loading the file again
 * changes nothing and a change made in the portal since is kept. The refs
 * are the demo catalog's own, which may not be read yet: they are not
 * looked up.
 */
export async function seedScope(
  services: GovernanceServices,
  assessor: string,
  plan: ScopePlan,
): Promise<void> {
  if (plan.scope && !(await services.aimsScope.record()).defined) {
    await services.aimsScope.put(0, plan.scope, assessor, {
      skipCatalogCheck: true,
    });
  }
  if (plan.roles && !(await services.aimsRoles.get()).defined) {
    await services.aimsRoles.put(0, plan.roles, assessor, {
      skipCatalogCheck: true,
    });
  }
}
