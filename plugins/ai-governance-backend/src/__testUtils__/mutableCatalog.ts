import {
  type BackstageCredentials,
  coreServices,
  createServiceFactory,
  type SchedulerService,
  type ServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/types';
import type { Knex } from 'knex';
import request from 'supertest';
import { aiGovernancePlugin } from '../plugin';
import { as } from './backend';
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

/**
 * Starts the plugin on `knex` with `catalog`, its own scheduler (so a test
 * runs the catalog sync when it chooses), responses checked against the
 * spec, and `denied` refused to `user`.
 */
export async function startPluginOnCatalog(
  knex: Knex,
  catalog: ReturnType<typeof mutableCatalog>,
  options: {
    deny: { user: string; permission: string };
    aiGovernance?: JsonObject;
  },
) {
  // The mock scheduler is its own factory (untyped as such): one instance
  // to install and to run the sync on.
  const scheduler = mockServices.scheduler() as SchedulerService & {
    factory(options: {
      includeInitialDelayedTasksOnStartup: boolean;
    }): ServiceFactory;
  };
  const backend = await startTestBackend({
    features: [
      aiGovernancePlugin,
      mockServices.database.factory({ knex }),
      catalog.factory,
      scheduler.factory({ includeInitialDelayedTasksOnStartup: true }),
      denyFor(options.deny.user, options.deny.permission),
      mockServices.rootConfig.factory({
        data: {
          aiGovernance: {
            openapi: { validateResponses: true },
            ...options.aiGovernance,
          },
        },
      }),
    ],
  });
  return {
    backend,
    /** Runs the plugin's catalog sync now. */
    sync: () => scheduler.triggerTask('ai-governance-catalog-sync'),
    api: (headers = as('user:default/alice')) =>
      request.agent(backend.server).set(headers),
  };
}
