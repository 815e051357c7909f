import type { Entity } from '@backstage/catalog-model';
import knexFactory, { type Knex } from 'knex';
import { as, testDatabases } from '../__testUtils__/backend';
import { countRows } from '../__testUtils__/describeOnEachDatabase';
import {
  mutableCatalog,
  startPluginOnCatalog,
} from '../__testUtils__/mutableCatalog';

jest.setTimeout(120_000);

/*
 * Change detection through the plugin's real catalog sync: the catalog is
 * edited between syncs as an entity provider would change it, and each sync
 * is the plugin's scheduled task run on demand.
 */

const REF = 'aisystem:default/fraud-detector';
const PATH = '/api/ai-governance/entities/aisystem/default/fraud-detector';
const mallory = as('user:default/mallory');

const resource = (name: string, type: string, kind = 'Resource'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: { type, owner: 'group:default/ml', lifecycle: 'production' },
});

const system = (name: string): Entity => ({
  apiVersion: 'aigov.dev/v1alpha1',
  kind: 'AiSystem',
  metadata: {
    name,
    namespace: 'default',
    annotations: {
      'backstage.io/managed-by-location':
        'url:https://github.com/acme/fraud/blob/main/catalog-info.yaml',
      'backstage.io/managed-by-origin-location':
        'url:https://github.com/acme/catalog/blob/main/all.yaml',
      'backstage.io/source-location':
        'url:https://github.com/acme/fraud/tree/4f2c9e1b/',
    },
  },
  spec: {
    type: 'classifier',
    lifecycle: 'production',
    owner: 'group:default/ml',
    purpose: 'Flag fraudulent card payments.',
    riskTier: 'high',
    dependsOn: ['api:default/llm-gateway'],
    models: [
      { name: 'fraud-scorer', version: '1.0', supplier: 'in-house' },
      { name: 'explainer', version: '2.0', supplier: 'acme' },
    ],
  },
});

const catalogEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'ml', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  resource('llm-gateway', 'llm-api', 'API'),
  resource('scorer-model', 'ai-model'),
  resource('tools', 'mcp-server'),
  resource('payments-db', 'database'),
  system('fraud-detector'),
];

const startPlugin = (knex: Knex, catalog: ReturnType<typeof mutableCatalog>) =>
  startPluginOnCatalog(knex, catalog, {
    deny: {
      user: 'user:default/mallory',
      permission: 'ai-governance.change.read',
    },
  });

const databases = testDatabases();

describe.each(databases.eachSupportedId())(
  'change detection from the catalog on %s',
  databaseId => {
    let knex: Knex;
    let plugin: Awaited<ReturnType<typeof startPlugin>>;
    const catalog = mutableCatalog(catalogEntities);
    const changes = async () => {
      const res = await plugin.api().get(`${PATH}/changes`).expect(200);
      return res.body.items as Array<Record<string, unknown>>;
    };
    const changeEvents = () =>
      knex('history').where('record_type', 'change').orderBy('seq');

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      plugin = await startPlugin(knex, catalog);
    });
    afterAll(() => plugin.backend.stop());

    it('records the first sight of an entity as its snapshot, with no change', async () => {
      expect(await countRows(knex, 'change_snapshots')).toBe(1);
      expect(await changes()).toEqual([]);
      expect(await changeEvents()).toHaveLength(0);
    });

    it('records a model version bump once, with its history event, however often the sync runs', async () => {
      catalog.edit('fraud-detector', e => {
        (e.spec as any).models[0].version = '1.1';
      });
      await plugin.sync();
      await plugin.sync();
      const items = await changes();
      expect(items).toEqual([
        {
          id: expect.any(String),
          entityRef: REF,
          field: 'spec.models[fraud-scorer].version',
          change: 'changed',
          before: '1.0',
          after: '1.1',
          material: true,
          detectedAt: expect.any(String),
          location: 'url:https://github.com/acme/catalog/blob/main/all.yaml',
          commit: '4f2c9e1b',
          historySeq: expect.any(Number),
        },
      ]);
      const events = await changeEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        entity_ref: REF,
        record_id: items[0].id,
        action: 'detect',
        actor: 'catalog',
      });
      expect(Number(events[0].seq)).toBe(items[0].historySeq);
    });

    it('records a tier change, a removed model and a new AI dependency, and ignores other dependencies', async () => {
      catalog.edit('fraud-detector', e => {
        const spec = e.spec as any;
        spec.riskTier = 'limited';
        spec.models = spec.models.slice(0, 1);
        spec.dependsOn = [
          ...spec.dependsOn,
          'resource:default/scorer-model',
          'resource:default/payments-db',
        ];
        spec.lifecycle = 'experimental';
      });
      await plugin.sync();
      await plugin.sync();
      const items = await changes();
      expect(items).toHaveLength(5);
      const byField = new Map(items.map(i => [i.field, i]));
      expect(byField.get('spec.riskTier')).toMatchObject({
        change: 'changed',
        before: 'high',
        after: 'limited',
        material: true,
      });
      expect(byField.get('spec.lifecycle')).toMatchObject({
        before: 'production',
        after: 'experimental',
        material: false,
      });
      expect(byField.get('spec.models[explainer]')).toMatchObject({
        change: 'removed',
        before: { name: 'explainer', version: '2.0', supplier: 'acme' },
        after: null,
        material: true,
      });
      expect(
        byField.get('spec.dependsOn[resource:default/scorer-model]'),
      ).toMatchObject({
        change: 'added',
        before: null,
        after: 'resource:default/scorer-model',
        material: true,
      });
      expect(byField.has('spec.dependsOn[resource:default/payments-db]')).toBe(
        false,
      );
      expect(await changeEvents()).toHaveLength(5);
    });

    it('pages newest first', async () => {
      const first = await plugin
        .api()
        .get(`${PATH}/changes?limit=2`)
        .expect(200);
      expect(first.body.items).toHaveLength(2);
      const rest = await plugin
        .api()
        .get(`${PATH}/changes`)
        .query({ cursor: first.body.nextCursor, limit: 10 })
        .expect(200);
      expect(rest.body.items).toHaveLength(3);
      expect(rest.body.nextCursor).toBeUndefined();
      expect(rest.body.items[2].field).toBe(
        'spec.models[fraud-scorer].version',
      );
    });

    it('keeps a new entity as a snapshot without change records', async () => {
      catalog.add(system('card-screening'));
      await plugin.sync();
      expect(await countRows(knex, 'change_snapshots')).toBe(2);
      const res = await plugin
        .api()
        .get(
          '/api/ai-governance/entities/aisystem/default/card-screening/changes',
        )
        .expect(200);
      expect(res.body.items).toEqual([]);
    });

    it('binds the change records to the history: the integrity check passes, and catches an edit', async () => {
      const ok = await plugin.api().get('/api/ai-governance/history/verify');
      expect(ok.body).toMatchObject({ ok: true });
      const [row] = await knex('entity_changes').orderBy('row_id').limit(1);
      await knex('entity_changes')
        .where('id', row.id)
        .update({ after: JSON.stringify('9.9') });
      const bad = await plugin.api().get('/api/ai-governance/history/verify');
      expect(bad.body).toMatchObject({
        ok: false,
        record: { type: 'change', id: row.id, field: 'after' },
      });
      await knex('entity_changes')
        .where('id', row.id)
        .update({ after: row.after });
    });

    it('answers bad path parameters and queries with a 400 naming the field', async () => {
      const name = await plugin
        .api()
        .get('/api/ai-governance/entities/aisystem/default/bad%20name/changes');
      expect(name.status).toBe(400);
      expect(name.body.error.details).toEqual([
        expect.objectContaining({ path: 'name' }),
      ]);
      for (const [query, path] of [
        ['limit=0', 'limit'],
        ['cursor=nope', 'cursor'],
        ['what=1', 'what'],
      ]) {
        const res = await plugin.api().get(`${PATH}/changes?${query}`);
        expect(res.status).toBe(400);
        expect(res.body.error.details).toEqual(
          expect.arrayContaining([expect.objectContaining({ path })]),
        );
      }
    });

    it('checks ai-governance.change.read, and answers 404 for an entity the catalog does not have', async () => {
      const denied = await plugin.api(mallory).get(`${PATH}/changes`);
      expect(denied.status).toBe(403);
      expect(denied.body.error.name).toBe('NotAllowedError');
      const missing = await plugin
        .api()
        .get('/api/ai-governance/entities/aisystem/default/nowhere/changes');
      expect(missing.status).toBe(404);
      await plugin
        .api({ Authorization: 'Bearer mock-none-token' })
        .get(`${PATH}/changes`)
        .expect(401);
    });
  },
);

const postgres = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'));

(postgres.length ? describe.each(postgres) : describe.skip.each([['none']]))(
  'two plugin instances on one %s',
  databaseId => {
    it('record a change both sync at once only once', async () => {
      const knex = await databases.init(databaseId as any);
      // The second instance gets its own connection pool to the same database.
      const other = knexFactory({
        client: 'pg',
        connection: knex.client.config.connection,
      });
      const catalog = mutableCatalog(catalogEntities);
      const one = await startPlugin(knex, catalog);
      const two = await startPlugin(other, catalog);
      try {
        catalog.edit('fraud-detector', e => {
          (e.spec as any).models[0].version = '3.0';
          (e.spec as any).purpose = 'Flag and explain fraudulent payments.';
        });
        await Promise.all([one.sync(), two.sync(), one.sync(), two.sync()]);
        const rows = await knex('entity_changes').orderBy('field');
        expect(rows.map(r => r.field)).toEqual([
          'spec.models[fraud-scorer].version',
          'spec.purpose',
        ]);
        expect(
          await knex('history')
            .where('record_type', 'change')
            .count({ n: '*' }),
        ).toEqual([{ n: '2' }]);
        const res = await two.api().get(`${PATH}/changes`).expect(200);
        expect(res.body.items).toHaveLength(2);
      } finally {
        await one.backend.stop();
        await two.backend.stop();
        await other.destroy();
      }
    });
  },
);
