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
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import catalogAiSystemModule from '@aigov/plugin-catalog-backend-module-ai-system';
// A cross-package test: it boots the backend plugin beside the real catalog
// and the real notifications backend.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import aiGovernancePlugin from '@aigov/plugin-ai-governance-backend';
import request from 'supertest';
import type { Server } from 'node:http';
import {
  MutableProvider,
  mutableProviderModule,
} from './harness/mutableProvider';

/*
 * Task notifications through the real notifications backend: a material
 * change of an AiSystem in the real catalog opens its tasks, the plugin's
 * scheduled notification job (run on demand) tells the owning team, and,
 * once the clock is past the due date by the escalation delay, the group
 * above it. Each plugin has its own in-memory database, as in a deployment.
 */

jest.setTimeout(180_000);

const DAY = 86_400_000;
const LOCATION =
  'url:https://github.com/acme/lending/blob/main/catalog-info.yaml';
// The catalog processes only entities that say where they come from.
const annotations = {
  'backstage.io/managed-by-location': LOCATION,
  'backstage.io/managed-by-origin-location': LOCATION,
};
const TASKS_JOB = 'ai-governance-task-notifications';

const system = (version: string): Entity => ({
  apiVersion: 'aigov.dev/v1alpha1',
  kind: 'AiSystem',
  metadata: {
    name: 'credit-scoring',
    namespace: 'default',
    title: 'Credit scoring',
    annotations,
  },
  spec: {
    type: 'classifier',
    lifecycle: 'production',
    owner: 'group:default/lending',
    purpose: 'Score retail loan applications.',
    riskTier: 'high',
    models: [{ name: 'scorer', version, supplier: 'in-house' }],
  },
});

// The lending team sits under the risk department; one person in each.
const organisation: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'risk', namespace: 'default', annotations },
    spec: { type: 'department', children: ['lending'] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'lending', namespace: 'default', annotations },
    spec: { type: 'team', parent: 'risk', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice', namespace: 'default', annotations },
    spec: { memberOf: ['lending'] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'rita', namespace: 'default', annotations },
    spec: { memberOf: ['risk'] },
  },
];

const as = (user: string) => ({
  Authorization: mockCredentials.user.header(`user:default/${user}`),
});

type Received = {
  id: string;
  payload: { title: string; link: string; scope: string; severity: string };
};

describe('task notifications through the real notifications backend', () => {
  const provider = new MutableProvider();
  const scheduler = mockServices.scheduler() as SchedulerService & {
    factory(): ServiceFactory;
  };
  let server: Server;
  let stop: () => Promise<void>;

  /** Polls `probe` until it returns something, for at most a minute. */
  const until = async <T>(
    what: string,
    probe: () => Promise<T | undefined>,
  ) => {
    for (let i = 0; i < 300; i++) {
      const value = await probe();
      if (value !== undefined) return value;
      await new Promise(r => setTimeout(r, 200));
    }
    throw new Error(`gave up waiting for ${what}`);
  };
  const entity = async (path: string) => {
    const res = await request(server)
      .get(`/api/catalog/entities/by-name/${path}`)
      .set(as('alice'));
    return res.status === 200 ? (res.body as Entity) : undefined;
  };
  const hasRelation = async (path: string, type: string, target: string) =>
    (await entity(path))?.relations?.some(
      r => r.type === type && r.targetRef === target,
    )
      ? true
      : undefined;
  /** Waits until the catalog serves `version`, then runs the plugin's sync. */
  const syncWhenCatalogHas = async (version: string) => {
    await until(`version ${version}`, async () =>
      (await entity('aisystem/default/credit-scoring'))?.spec?.models &&
      ((await entity('aisystem/default/credit-scoring'))!.spec as any).models[0]
        .version === version
        ? true
        : undefined,
    );
    await scheduler.triggerTask('ai-governance-catalog-sync');
  };
  const notificationsOf = async (user: string, query = '') => {
    const res = await request(server)
      .get(`/api/notifications${query}`)
      .set(as(user))
      .expect(200);
    return res.body.notifications as Received[];
  };
  const openTasks = async () => {
    const res = await request(server)
      .get('/api/ai-governance/tasks?status=open')
      .set(as('alice'))
      .expect(200);
    return res.body.items as Array<{ id: string; kind: string }>;
  };
  const scopes = (received: Received[]) =>
    received.map(n => n.payload.scope).sort();

  beforeAll(async () => {
    await provider.set([...organisation, system('1.0')]);
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogAiSystemModule,
        mutableProviderModule(provider),
        aiGovernancePlugin,
        notificationsPlugin,
        databaseServiceFactory,
        scheduler.factory(),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://localhost:3000' },
            backend: {
              database: { client: 'better-sqlite3', connection: ':memory:' },
            },
            catalog: { processingInterval: { seconds: 1 } },
            aiGovernance: {
              notifications: { frequencyMinutes: 1, escalateAfterDays: 7 },
            },
          },
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
    // The recipients resolve through the stitched group tree.
    await until('the group tree', async () =>
      (await hasRelation(
        'group/default/lending',
        'hasMember',
        'user:default/alice',
      )) &&
      (await hasRelation(
        'group/default/risk',
        'hasMember',
        'user:default/rita',
      ))
        ? hasRelation('group/default/risk', 'parentOf', 'group:default/lending')
        : undefined,
    );
  });

  afterAll(async () => {
    jest.useRealTimers();
    await stop?.();
  });

  it('tells the owning team once of each task a material change opens, with a link to it on My tasks', async () => {
    await syncWhenCatalogHas('1.0');
    await provider.set([...organisation, system('1.1')]);
    await syncWhenCatalogHas('1.1');
    const tasks = await openTasks();
    expect(tasks.map(t => t.kind).sort()).toEqual([
      'reassessment',
      'revalidation',
    ]);

    await scheduler.triggerTask(TASKS_JOB);
    await scheduler.triggerTask(TASKS_JOB);
    const received = await notificationsOf('alice');
    expect(scopes(received)).toEqual(
      tasks.map(t => `ai-governance:task:${t.id}:opened`).sort(),
    );
    const revalidation = tasks.find(t => t.kind === 'revalidation')!;
    expect(
      received.find(
        n => n.payload.scope === `ai-governance:task:${revalidation.id}:opened`,
      )?.payload,
    ).toMatchObject({
      title: 'New task: Revalidation of Credit scoring',
      link: `/ai-governance/tasks?record=${revalidation.id}`,
      severity: 'normal',
    });
    // The department above the team hears nothing of a task not yet late.
    expect(await notificationsOf('rita')).toEqual([]);

    // Read, they stay read: the job does not send them again (the
    // notifications backend would mark a re-sent one unread).
    await request(server)
      .post('/api/notifications/update')
      .set(as('alice'))
      .send({ ids: received.map(n => n.id), read: true })
      .expect(200);
    await scheduler.triggerTask(TASKS_JOB);
    expect(await notificationsOf('alice', '?read=false')).toEqual([]);
  });

  it('tells the team when the tasks fall due and escalates them to the department a week later, once', async () => {
    const tasks = await openTasks();
    // Only Date moves on, 38 days: the tasks were due after 30.
    jest.useFakeTimers({
      now: Date.now() + 38 * DAY,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    await scheduler.triggerTask(TASKS_JOB);
    await scheduler.triggerTask(TASKS_JOB);

    const escalated = tasks.map(t => `ai-governance:task:${t.id}:escalated`);
    const rita = await notificationsOf('rita');
    expect(scopes(rita)).toEqual(escalated.sort());
    expect(rita.map(n => n.payload.severity)).toEqual(['critical', 'critical']);
    expect(rita[0].payload.title).toMatch(/^Overdue task escalated: /);
    expect(rita[0].payload.link).toMatch(
      /^\/catalog\/default\/aisystem\/credit-scoring\/governance\?section=tasks&record=/,
    );

    // The team is part of the department, so it sees the escalation too.
    expect(scopes(await notificationsOf('alice'))).toEqual(
      tasks
        .flatMap(t =>
          ['opened', 'due', 'escalated'].map(
            e => `ai-governance:task:${t.id}:${e}`,
          ),
        )
        .sort(),
    );
  });
});
