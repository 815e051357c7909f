import {
  type BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  aiGovernanceConditions,
  createAiGovernanceConditionalDecision,
} from '../permissions/rules';
import { catalogSyncAtStartup, testEntities } from './backend';
import type {
  DatabaseSetup,
  GovernanceTestBackend,
} from './describeOnEachDatabase';

/*
 * The roles of the permission tests of one record type, as in
 * permissionMatrix.test.ts:
 *   viewer   reads everything, writes nothing
 *   owner    (olga) reads and writes only what she owns: conditional
 *            decisions, so lists filter in SQL and org-level records
 *            (which need unconditional ones) are closed to her
 *   approver (ada, the governance office) may do everything
 */
export const VIEWER = 'user:default/viewer';
export const OWNER = 'user:default/olga';
export const APPROVER = 'user:default/ada';

/** The decision of the roles above; `ownerMay` lets the owner do more outright. */
export function roleDecision(
  permission: any,
  who: string | undefined,
  ownerMay: (permission: any) => boolean = () => false,
): PolicyDecision {
  if (who === APPROVER) return { result: AuthorizeResult.ALLOW };
  if (who === VIEWER) {
    return permission.attributes.action === 'read'
      ? { result: AuthorizeResult.ALLOW }
      : { result: AuthorizeResult.DENY };
  }
  if (who !== OWNER) return { result: AuthorizeResult.DENY };
  if (ownerMay(permission)) return { result: AuthorizeResult.ALLOW };
  return createAiGovernanceConditionalDecision(
    permission,
    aiGovernanceConditions.isEntityOwner({ claims: [OWNER] }),
  );
}

/** A permissions service deciding in-process with `decide`, by the caller's user ref. */
export function inProcessPermissions(
  decide: (permission: any, who: string | undefined) => PolicyDecision,
) {
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () =>
      ({
        async authorizeConditional(
          requests: Array<{ permission: unknown }>,
          options: { credentials: BackstageCredentials },
        ) {
          const who = (
            options.credentials.principal as { userEntityRef?: string }
          ).userEntityRef;
          return requests.map(r => decide(r.permission, who));
        },
        async authorize(): Promise<never> {
          throw new Error(
            'the plugin decides single resources with authorizeConditional',
          );
        },
      } as any),
  });
}

/**
 * The plugin on `setup`'s database with permissions enabled, deciding
 * in-process with `decide` (the roles above unless given), its catalog the
 * test entities and `entities`, synced at start.
 */
export function permissionsBackend(
  setup: DatabaseSetup,
  options: {
    decide?: (permission: any, who: string | undefined) => PolicyDecision;
    entities?: Entity[];
  } = {},
): GovernanceTestBackend {
  return setup.governanceBackend({
    entities: [...testEntities, ...(options.entities ?? [])],
    config: { permission: { enabled: true } },
    extraFeatures: [
      inProcessPermissions(options.decide ?? roleDecision),
      catalogSyncAtStartup(),
    ],
  });
}
