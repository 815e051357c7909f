import type { Entity } from '@backstage/catalog-model';
import { randomUUID } from 'node:crypto';
import { AIMS_ENTITY_REF } from '@aigov/plugin-ai-governance-common';
import type { Knex } from 'knex';
import { DatabaseTaskStore } from '../database/TaskStore';
import { as, testDatabases } from '../__testUtils__/backend';
import {
  mutableCatalog,
  startPluginOnCatalog,
} from '../__testUtils__/mutableCatalog';

jest.setTimeout(120_000);

/*
 * Tasks opened by change detection, through the plugin's real catalog sync
 * on an editable catalog, and completed or dismissed through the API.
 */

const REF = 'aisystem:default/fraud-detector';
const PATH = '/api/ai-governance/entities/aisystem/default/fraud-detector';
const API = '/api/ai-governance';
const alice = as('user:default/alice');
const bob = as('user:default/bob');
const mallory = as('user:default/mallory');

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

const user = (name: string, team: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: [team] },
  relations: [{ type: 'memberOf', targetRef: `group:default/${team}` }],
});

const system = (name: string, owner: string): Entity => ({
  apiVersion: 'aigov.dev/v1alpha1',
  kind: 'AiSystem',
  metadata: { name, namespace: 'default' },
  spec: {
    type: 'classifier',
    lifecycle: 'production',
    owner,
    purpose: 'Flag fraudulent card payments.',
    riskTier: 'high',
    models: [{ name: 'fraud-scorer', version: '1.0', supplier: 'in-house' }],
  },
});

const catalogEntities: Entity[] = [
  group('ml'),
  group('other'),
  user('alice', 'ml'),
  user('bob', 'other'),
  user('mallory', 'ml'),
  system('fraud-detector', 'group:default/ml'),
  system('card-screening', 'group:default/other'),
];

const startPlugin = (knex: Knex, catalog: ReturnType<typeof mutableCatalog>) =>
  startPluginOnCatalog(knex, catalog, {
    deny: {
      user: 'user:default/mallory',
      permission: 'ai-governance.task.update',
    },
    aiGovernance: { tasks: { revalidationDueDays: 14 } },
  });

const databases = testDatabases();

describe.each(databases.eachSupportedId())('tasks on %s', databaseId => {
  let knex: Knex;
  let plugin: Awaited<ReturnType<typeof startPlugin>>;
  const catalog = mutableCatalog(catalogEntities);
  const tasks = async (path = `${PATH}/tasks`) => {
    const res = await plugin.api().get(path).expect(200);
    return res.body.items as Array<Record<string, any>>;
  };
  const taskEvents = () =>
    knex('history').where('record_type', 'task').orderBy('seq');
  const openTask = async (kind: string) =>
    (await tasks()).find(t => t.kind === kind && t.status === 'open')!;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    plugin = await startPlugin(knex, catalog);
  });
  afterAll(() => plugin.backend.stop());

  it('opens nothing on the first sight of an entity', async () => {
    expect(await tasks()).toEqual([]);
  });

  it('opens one revalidation and one reassessment for a model version bump, and none more on the next sync', async () => {
    catalog.edit('fraud-detector', e => {
      (e.spec as any).models[0].version = '1.1';
    });
    await plugin.sync();
    await plugin.sync();
    const changes = (await plugin.api().get(`${PATH}/changes`).expect(200)).body
      .items;
    expect(changes).toHaveLength(1);
    const items = await tasks();
    expect(items).toHaveLength(2);
    const due = new Date(Date.now() + 14 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const revalidation = items.find(t => t.kind === 'revalidation');
    expect(revalidation).toEqual({
      id: expect.any(String),
      entityRef: REF,
      kind: 'revalidation',
      cause: { type: 'change', id: changes[0].id },
      controlIds: ['A.6.2.4', 'A.6.2.5'],
      assignee: 'group:default/ml',
      dueAt: due,
      status: 'open',
      outcome: null,
      dismissReason: null,
      evidenceIds: [],
      completedBy: null,
      completedAt: null,
      version: 1,
      createdAt: expect.any(String),
      createdBy: 'catalog',
      updatedAt: expect.any(String),
      updatedBy: 'catalog',
    });
    expect(items.find(t => t.kind === 'reassessment')).toMatchObject({
      controlIds: [],
      assignee: 'group:default/ml',
      cause: { type: 'change', id: changes[0].id },
    });
    const events = await taskEvents();
    expect(events.map(e => [e.action, e.actor])).toEqual([
      ['create', 'catalog'],
      ['create', 'catalog'],
    ]);
  });

  it('links the open tasks to the latest of several material changes instead of opening more', async () => {
    catalog.edit('fraud-detector', e => {
      (e.spec as any).riskTier = 'limited';
      (e.spec as any).purpose = 'Flag and explain fraudulent payments.';
      (e.spec as any).lifecycle = 'experimental';
    });
    await plugin.sync();
    await plugin.sync();
    const items = await tasks();
    expect(items).toHaveLength(2);
    const changes = (await plugin.api().get(`${PATH}/changes`).expect(200)).body
      .items as Array<Record<string, any>>;
    const latestMaterial = changes.filter(c => c.material)[0];
    for (const t of items) {
      expect(t).toMatchObject({
        version: 2,
        cause: { type: 'change', id: latestMaterial.id },
      });
    }
    expect((await taskEvents()).map(e => e.action)).toEqual([
      'create',
      'create',
      'update',
      'update',
    ]);
  });

  it("lists assignee=me as the caller's groups' tasks only, and filters by assignee, status and entity", async () => {
    const mine = await plugin
      .api(alice)
      .get(`${API}/tasks?assignee=me&status=open`)
      .expect(200);
    expect(mine.body.items).toHaveLength(2);
    const bobs = await plugin
      .api(bob)
      .get(`${API}/tasks?assignee=me`)
      .expect(200);
    expect(bobs.body.items).toEqual([]);
    expect(
      await tasks(`${API}/tasks?assignee=group:default/ml&entityRef=${REF}`),
    ).toHaveLength(2);
    expect(await tasks(`${API}/tasks?status=done`)).toEqual([]);
    const first = await plugin.api().get(`${API}/tasks?limit=1`).expect(200);
    expect(first.body.items).toHaveLength(1);
    const rest = await plugin
      .api()
      .get(`${API}/tasks`)
      .query({ cursor: first.body.nextCursor })
      .expect(200);
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.nextCursor).toBeUndefined();
  });

  it("lists the management system's tasks of the caller's teams in assignee=me only", async () => {
    const store = new DatabaseTaskStore(knex);
    const now = new Date().toISOString();
    const ids = { ml: randomUUID(), other: randomUUID() };
    await knex.transaction(async tx => {
      for (const team of ['ml', 'other'] as const) {
        await store.insert(
          tx,
          {
            id: ids[team],
            entityRef: AIMS_ENTITY_REF,
            kind: 'document-review',
            cause: { type: 'document', id: randomUUID() },
            controlIds: [],
            assignee: `group:default/${team}`,
            dueAt: '2027-01-10',
          },
          false,
          'system',
          now,
        );
      }
    });
    const listed = async (who: typeof alice) =>
      (
        await plugin.api(who).get(`${API}/tasks?assignee=me`).expect(200)
      ).body.items.map((t: { id: string }) => t.id);
    // Alice is in ml, Bob in other: each sees their team's review only.
    expect(await listed(alice)).toContain(ids.ml);
    expect(await listed(alice)).not.toContain(ids.other);
    expect(await listed(bob)).toEqual([ids.other]);
    // Not in the organisation-wide list of the AI systems' tasks.
    expect((await tasks(`${API}/tasks`)).map(t => t.id)).not.toContain(ids.ml);
    await knex('tasks').whereIn('id', Object.values(ids)).delete();
  });

  it('completes a task under If-Match: done, with its history event and a new version; never twice', async () => {
    const task = await openTask('revalidation');
    const evidence = await plugin
      .api()
      .post(`${PATH}/evidence`)
      .send({
        title: 'Revalidation report',
        kind: 'report',
        url: 'https://example.com/report',
        collectedAt: '2026-11-01',
      })
      .expect(201);
    const body = {
      outcome: 'Re-ran the validation suite on 1.1',
      evidenceIds: [evidence.body.id],
    };
    const url = `${API}/tasks/${task.id}/complete`;
    await plugin.api().post(url).send(body).expect(428);
    const stale = await plugin
      .api()
      .post(url)
      .set('If-Match', '"1"')
      .send(body);
    expect(stale.status).toBe(412);
    const denied = await plugin
      .api(mallory)
      .post(url)
      .set('If-Match', `"${task.version}"`)
      .send(body);
    expect(denied.status).toBe(403);
    const done = await plugin
      .api()
      .post(url)
      .set('If-Match', `"${task.version}"`)
      .send(body)
      .expect(200);
    expect(done.headers.etag).toBe(`"${task.version + 1}"`);
    expect(done.body).toMatchObject({
      status: 'done',
      outcome: body.outcome,
      evidenceIds: [evidence.body.id],
      completedBy: 'user:default/alice',
      completedAt: expect.any(String),
      version: task.version + 1,
    });
    const [event] = await knex('history')
      .where({ record_type: 'task', record_id: task.id, action: 'complete' })
      .select('actor');
    expect(event.actor).toBe('user:default/alice');
    const again = await plugin
      .api()
      .post(url)
      .set('If-Match', `"${done.body.version}"`)
      .send(body);
    expect(again.status).toBe(409);
    const read = await plugin.api().get(`${API}/tasks/${task.id}`).expect(200);
    expect(read.body.status).toBe('done');
  });

  it('opens a new revalidation once the previous one is done', async () => {
    catalog.edit('fraud-detector', e => {
      (e.spec as any).models[0].version = '1.2';
    });
    await plugin.sync();
    const items = await tasks();
    expect(items.filter(t => t.kind === 'revalidation')).toHaveLength(2);
    expect(items.filter(t => t.kind === 'reassessment')).toHaveLength(1);
  });

  it('dismisses only with a reason, and refuses evidence of another entity', async () => {
    const task = await openTask('reassessment');
    const url = `${API}/tasks/${task.id}/dismiss`;
    for (const body of [{}, { reason: '  ' }]) {
      const res = await plugin
        .api()
        .post(url)
        .set('If-Match', `"${task.version}"`)
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([
        expect.objectContaining({ path: 'reason' }),
      ]);
    }
    const other = await plugin
      .api(bob)
      .post(
        '/api/ai-governance/entities/aisystem/default/card-screening/evidence',
      )
      .send({
        title: 'Elsewhere',
        kind: 'report',
        url: 'https://example.com/x',
        collectedAt: '2026-11-01',
      })
      .expect(201);
    const wrong = await plugin
      .api()
      .post(`${API}/tasks/${task.id}/complete`)
      .set('If-Match', `"${task.version}"`)
      .send({ outcome: 'done', evidenceIds: [other.body.id] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([
      expect.objectContaining({ path: 'evidenceIds[0]' }),
    ]);
    const dismissed = await plugin
      .api()
      .post(url)
      .set('If-Match', `"${task.version}"`)
      .send({ reason: 'Covered by the revalidation' })
      .expect(200);
    expect(dismissed.body).toMatchObject({
      status: 'dismissed',
      dismissReason: 'Covered by the revalidation',
      version: task.version + 1,
    });
  });

  it('answers bad parameters with a 400 naming the field', async () => {
    for (const [query, path] of [
      ['assignee=nobody', 'assignee'],
      ['status=closed', 'status'],
      ['entityRef=nope', 'entityRef'],
      ['limit=0', 'limit'],
      ['cursor=nope', 'cursor'],
      ['what=1', 'what'],
    ]) {
      const res = await plugin.api().get(`${API}/tasks?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ path })]),
      );
    }
    const id = await plugin
      .api()
      .post(`${API}/tasks/not-an-id/complete`)
      .set('If-Match', '"1"')
      .send({ outcome: 'x' });
    expect(id.status).toBe(400);
    expect(id.body.error.details).toEqual([
      expect.objectContaining({ path: 'id' }),
    ]);
    await plugin
      .api()
      .get(`${API}/tasks?entityRef=aisystem:default/nowhere`)
      .expect(404);
    await plugin
      .api({ Authorization: 'Bearer mock-none-token' })
      .get(`${API}/tasks`)
      .expect(401);
  });

  it('binds the tasks to the history: the integrity check passes, and names an edited task', async () => {
    const ok = await plugin.api().get(`${API}/history/verify`);
    expect(ok.body).toMatchObject({ ok: true });
    const [row] = await knex('tasks').orderBy('row_id').limit(1);
    await knex('tasks').where('id', row.id).update({ assignee: 'user:x/y' });
    const bad = await plugin.api().get(`${API}/history/verify`);
    expect(bad.body).toMatchObject({
      ok: false,
      record: { type: 'task', id: row.id, field: 'assignee' },
    });
    await knex('tasks').where('id', row.id).update({ assignee: row.assignee });
  });
});
