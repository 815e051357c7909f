import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type {
  BackendFeature,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Knex } from 'knex';
import type { JsonObject } from '@backstage/types';
import { aiGovernancePlugin } from '../plugin';

/** Databases the tests run on: SQLite always, PostgreSQL where a connection string is set. */
export function testDatabases() {
  return TestDatabases.create({
    ids: [
      'SQLITE_3',
      'POSTGRES_18',
      'POSTGRES_17',
      'POSTGRES_16',
      'POSTGRES_15',
    ],
  });
}

/** A small catalog: two teams (one a child of the other) and their AI systems. */
export const testEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'risk', namespace: 'default' },
    spec: { type: 'team', children: ['lending'] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'lending', namespace: 'default' },
    spec: { type: 'team', parent: 'risk', children: [] },
  },
  {
    apiVersion: 'aigov.dev/v1alpha1',
    kind: 'AiSystem',
    metadata: {
      name: 'credit-scoring',
      namespace: 'default',
      title: 'Credit scoring',
    },
    spec: {
      type: 'classifier',
      lifecycle: 'production',
      owner: 'group:default/lending',
      purpose: 'Score retail loan applications.',
      riskTier: 'high',
    },
  },
  {
    apiVersion: 'aigov.dev/v1alpha1',
    kind: 'AiSystem',
    metadata: { name: 'fraud', namespace: 'default' },
    spec: {
      type: 'classifier',
      lifecycle: 'production',
      owner: 'group:default/risk',
      purpose: 'Flag fraudulent card payments.',
      riskTier: 'minimal',
    },
  },
];

export const CREDIT = 'aisystem:default/credit-scoring';
export const CREDIT_PATH =
  '/api/ai-governance/entities/aisystem/default/credit-scoring';

/** Request headers of a signed-in user. */
export const as = (userRef: string) => ({
  Authorization: mockCredentials.user.header(userRef),
});

/** The two users most tests need: an author, and someone else to approve. */
export const alice = as('user:default/alice');
export const bob = as('user:default/bob');

/** Runs the catalog sync at startup, so the plugin knows the entities' owners and teams. */
export const catalogSyncAtStartup = () =>
  mockServices.scheduler.factory({ includeInitialDelayedTasksOnStartup: true });

function mergeConfig(a: JsonObject, b: JsonObject): JsonObject {
  const out: JsonObject = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] =
      prev &&
      typeof prev === 'object' &&
      !Array.isArray(prev) &&
      v &&
      typeof v === 'object' &&
      !Array.isArray(v)
        ? mergeConfig(prev as JsonObject, v as JsonObject)
        : v;
  }
  return out;
}

/** Starts the plugin on a real database with a mock catalog. */
export async function startGovernanceBackend(options: {
  knex: Knex;
  config?: JsonObject;
  /** Extra features; without a permission backend among them every request is allowed. */
  extraFeatures?: Array<ServiceFactory | BackendFeature>;
  entities?: Entity[];
}) {
  const backend = await startTestBackend({
    features: [
      aiGovernancePlugin,
      mockServices.database.factory({ knex: options.knex }),
      catalogServiceMock.factory({
        entities: options.entities ?? testEntities,
      }),
      mockServices.rootConfig.factory({
        // Every answer in the tests is checked against the OpenAPI spec.
        data: mergeConfig(options.config ?? {}, {
          aiGovernance: { openapi: { validateResponses: true } },
        }),
      }),
      ...(options.extraFeatures ?? []),
    ],
  });
  return backend;
}
