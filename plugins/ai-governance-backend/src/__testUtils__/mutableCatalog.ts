import {
  type BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

/**
 * A catalog whose entities a test edits between syncs, as an entity
 * provider would: every call answers from the entities as they are now.
 */
export function mutableCatalog(initial: Entity[]) {
  let entities: Entity[] = structuredClone(initial);
  const current = () => catalogServiceMock({ entities });
  // The in-memory client's methods, each answering from today's entities.
  const methods = Object.getOwnPropertyNames(
    Object.getPrototypeOf(current()),
  ).filter(m => m !== 'constructor');
  const service = Object.fromEntries(
    methods.map(m => [
      m,
      (...args: unknown[]) => (current() as any)[m](...args),
    ]),
  );
  return {
    factory: createServiceFactory({
      service: catalogServiceRef,
      deps: {},
      factory: () => service as any,
    }),
    /** Changes the entity named `name` in place. */
    edit(name: string, fn: (entity: Entity) => void) {
      const entity = entities.find(e => e.metadata.name === name);
      if (!entity) throw new Error(`no entity ${name} in the test catalog`);
      fn(entity);
    },
    add(entity: Entity) {
      entities = [...entities, structuredClone(entity)];
    },
  };
}

/**
 * Permissions that allow everything except `denied` for `user`; decided
 * in-process, as the plugin asks for single entities with authorizeConditional.
 */
export function denyFor(user: string, denied: string) {
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () =>
      ({
        async authorizeConditional(
          requests: Array<{ permission: { name: string } }>,
          options: { credentials: BackstageCredentials },
        ) {
          const who = (
            options.credentials.principal as { userEntityRef?: string }
          ).userEntityRef;
          return requests.map(r => ({
            result:
              who === user && r.permission.name === denied
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          }));
        },
        async authorize(requests: unknown[]) {
          return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
        },
      } as any),
  });
}
