import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type {
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogAiSystemModule from '@aigov/plugin-catalog-backend-module-ai-system';
// A cross-package test: it boots the backend plugin beside the real catalog.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import aiGovernancePlugin from '@aigov/plugin-ai-governance-backend';
import knexFactory from 'knex';
import request from 'supertest';
import type { Server } from 'node:http';
import {
  MutableProvider,
  mutableProviderModule,
} from './harness/mutableProvider';

/*
 * Change detection against the real catalog: an entity provider changes an
 * AiSystem as a repository commit would, the catalog processes it, and the
 * ai-governance plugin's scheduled sync (run on demand) records the change.
 * Each plugin has its own database, as in a deployment.
 */

jest.setTimeout(180_000);

const postgresUrl = Object.entries(process.env).find(([name]) =>
  /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(name),
)?.[1];

const LOCATION =
  'url:https://github.com/acme/fraud/blob/main/catalog-info.yaml';
const annotations = {
  'backstage.io/managed-by-location': LOCATION,
  'backstage.io/managed-by-origin-location': LOCATION,
  'backstage.io/source-location':
    'url:https://github.com/acme/fraud/tree/9e8d7c6/',
};

const system = (version: string, dependsOn: string[] = []): Entity => ({
  apiVersion: 'aigov.dev/v1alpha1',
  kind: 'AiSystem',
  metadata: { name: 'fraud-detector', namespace: 'default', annotations },
  spec: {
    type: 'classifier',
    lifecycle: 'production',
    owner: 'group:default/ml',
    purpose: 'Flag fraudulent card payments.',
    riskTier: 'high',
    dependsOn,
    models: [{ name: 'fraud-scorer', version, supplier: 'in-house' }],
  },
});

const others: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'ml', namespace: 'default', annotations },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'scorer-model', namespace: 'default', annotations },
    spec: { type: 'ai-model', owner: 'group:default/ml' },
  },
];

const databases: Array<[string, object]> = [
  ['SQLite', { client: 'better-sqlite3', connection: ':memory:' }],
  ...(postgresUrl
    ? [
        [
          'PostgreSQL',
          {
            client: 'pg',
            connection: postgresUrl,
            prefix: `aigov_changes_${process.pid}_`,
          },
        ] as [string, object],
      ]
    : []),
];

describe.each(databases)(
  'catalog changes with the real catalog on %s',
  (_, database) => {
    const provider = new MutableProvider();
    const scheduler = mockServices.scheduler() as SchedulerService & {
      factory(): ServiceFactory;
    };
    let server: Server;
    let stop: () => Promise<void>;
    const auth = {
      Authorization: mockCredentials.user.header('user:default/alice'),
    };

    const catalogVersion = async () => {
      const res = await request(server)
        .get('/api/catalog/entities/by-name/aisystem/default/fraud-detector')
        .set(auth);
      return res.status === 200 ? res.body.spec.models[0].version : undefined;
    };
    /** Waits until the catalog serves `version`, then runs the plugin's sync. */
    const syncWhenCatalogHas = async (version: string) => {
      const deadline = Date.now() + 60_000;
      while ((await catalogVersion()) !== version) {
        if (Date.now() > deadline)
          throw new Error(`catalog never served ${version}`);
        await new Promise(r => setTimeout(r, 200));
      }
      await scheduler.triggerTask('ai-governance-catalog-sync');
    };
    const changes = async () => {
      const res = await request(server)
        .get(
          '/api/ai-governance/entities/aisystem/default/fraud-detector/changes',
        )
        .set(auth)
        .expect(200);
      return res.body.items as Array<Record<string, unknown>>;
    };

    beforeAll(async () => {
      await provider.set([...others, system('1.0')]);
      const backend = await startTestBackend({
        features: [
          catalogPlugin,
          catalogAiSystemModule,
          mutableProviderModule(provider),
          aiGovernancePlugin,
          databaseServiceFactory,
          scheduler.factory(),
          mockServices.rootConfig.factory({
            data: {
              backend: { database },
              catalog: { processingInterval: { seconds: 1 } },
            },
          }),
        ],
      });
      server = backend.server;
      stop = () => backend.stop();
    });

    afterAll(async () => {
      await stop?.();
      if ((database as { client: string }).client !== 'pg') return;
      const admin = knexFactory({ client: 'pg', connection: postgresUrl });
      const prefix = (database as { prefix: string }).prefix;
      const { rows } = await admin.raw(
        'SELECT datname FROM pg_database WHERE datname LIKE ?',
        [`${prefix}%`],
      );
      for (const { datname } of rows)
        await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
      await admin.destroy();
    });

    it('keeps the first sight as a snapshot, then records a version bump once', async () => {
      await syncWhenCatalogHas('1.0');
      expect(await changes()).toEqual([]);

      await provider.set([...others, system('1.1')]);
      await syncWhenCatalogHas('1.1');
      await scheduler.triggerTask('ai-governance-catalog-sync');
      const items = await changes();
      expect(items).toEqual([
        expect.objectContaining({
          field: 'spec.models[fraud-scorer].version',
          change: 'changed',
          before: '1.0',
          after: '1.1',
          material: true,
          location: LOCATION,
          commit: '9e8d7c6',
        }),
      ]);
      const history = await request(server)
        .get('/api/ai-governance/history')
        .query({ entityRef: 'aisystem:default/fraud-detector' })
        .set(auth)
        .expect(200);
      expect(
        history.body.items.filter(
          (e: { recordType: string }) => e.recordType === 'change',
        ),
      ).toHaveLength(1);
    });

    it('records a new ai-model resource dependency', async () => {
      await provider.set([
        ...others,
        system('1.2', ['resource:default/scorer-model']),
      ]);
      await syncWhenCatalogHas('1.2');
      const fields = (await changes()).map(c => c.field).sort();
      expect(fields).toEqual([
        'spec.dependsOn[resource:default/scorer-model]',
        'spec.models[fraud-scorer].version',
        'spec.models[fraud-scorer].version',
      ]);
    });
  },
);
