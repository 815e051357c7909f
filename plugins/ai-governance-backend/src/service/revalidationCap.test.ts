import type { Entity } from '@backstage/catalog-model';
import { as } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import {
  mutableCatalog,
  startPluginOnCatalog,
} from '../__testUtils__/mutableCatalog';
import { approveRiskAssessment } from '../__testUtils__/assessments';

jest.setTimeout(120_000);

/*
 * The revalidation a material change opens, as the scorecard shows it:
 * due while open, and once past its due date a cap at bronze that the
 * completed revalidation lifts. Through the plugin's real catalog sync on
 * an editable catalog; the clock moves on by faking Date alone, so the
 * database drivers' timers run as usual.
 */

const PATH = '/api/ai-governance/entities/aisystem/default/scoring';
const API = '/api/ai-governance';
const TEAM = 'group:default/ml';
const DAY = 86_400_000;
const bob = as('user:default/bob');
const REVALIDATION_GAP =
  'Complete the overdue revalidation of the material change (controls A.6.2.4, A.6.2.5)';

const catalogEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'ml', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'aigov.dev/v1alpha1',
    kind: 'AiSystem',
    metadata: { name: 'scoring', namespace: 'default' },
    spec: {
      type: 'classifier',
      lifecycle: 'production',
      owner: TEAM,
      purpose: 'Score card payments for fraud.',
      riskTier: 'limited',
      models: [{ name: 'scorer', version: '1.0', supplier: 'in-house' }],
    },
  },
];

/** Everything Jest fakes except Date: timers, ticks and microtasks stay real. */
const REAL_TIMERS = [
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
] as const;

describeOnEachDatabase('the revalidation cap on %s', setup => {
  const catalog = mutableCatalog(catalogEntities);
  let plugin: Awaited<ReturnType<typeof startPluginOnCatalog>>;
  const scorecard = async () =>
    (await plugin.api().get(`${PATH}/scorecard`).expect(200)).body;
  const team = async () =>
    (
      await plugin.api().get(`${API}/scorecards?groupBy=owner`).expect(200)
    ).body.items.find((t: { groupRef: string }) => t.groupRef === TEAM);

  beforeAll(async () => {
    plugin = await startPluginOnCatalog(await setup.freshDatabase(), catalog, {
      deny: { user: 'user:default/mallory', permission: 'none' },
      aiGovernance: {
        tasks: { revalidationDueDays: 7 },
        // Gold without controls: the revalidation alone decides the level.
        scorecard: { silverMinCompliance: 0, goldMinCompliance: 0 },
      },
    });
  });
  afterAll(async () => {
    jest.useRealTimers();
    await plugin.backend.stop();
  });

  it('is gold with an approved risk assessment and no task open', async () => {
    await approveRiskAssessment(PATH, plugin.api(), plugin.api(bob));
    expect(await scorecard()).toMatchObject({
      level: 'gold',
      revalidation: { due: 0, overdue: 0 },
    });
    expect(await team()).toMatchObject({ systems: 1, overdueTasks: 0 });
  });

  it('shows the revalidation due after a model version bump and keeps gold until its due date', async () => {
    catalog.edit('scoring', e => {
      (e.spec as any).models[0].version = '1.1';
    });
    await plugin.sync();
    expect(await scorecard()).toMatchObject({
      level: 'gold',
      nextLevel: null,
      missingForNextLevel: [],
      revalidation: { due: 1, overdue: 0 },
    });
    expect(await team()).toMatchObject({ overdueTasks: 0 });
  });

  it('holds the system at bronze once the revalidation is past due, and names it', async () => {
    jest.useFakeTimers({ doNotFake: [...REAL_TIMERS] });
    // A week and a day on: the revalidation and the reassessment are overdue.
    jest.setSystemTime(Date.now() + 8 * DAY);
    expect(await scorecard()).toMatchObject({
      level: 'bronze',
      nextLevel: 'silver',
      missingForNextLevel: [REVALIDATION_GAP],
      revalidation: { due: 1, overdue: 1 },
    });
    expect(await team()).toMatchObject({
      levels: { none: 0, bronze: 1, silver: 0, gold: 0 },
      overdueTasks: 2,
    });
  });

  it('lifts the cap once the revalidation is done', async () => {
    const tasks = (await plugin.api().get(`${PATH}/tasks`).expect(200)).body
      .items as Array<{ id: string; kind: string; version: number }>;
    const revalidation = tasks.find(t => t.kind === 'revalidation')!;
    await plugin
      .api()
      .post(`${API}/tasks/${revalidation.id}/complete`)
      .set('If-Match', `"${revalidation.version}"`)
      .send({ outcome: 'Re-ran the validation suite on 1.1' })
      .expect(200);
    expect(await scorecard()).toMatchObject({
      level: 'gold',
      missingForNextLevel: [],
      revalidation: { due: 0, overdue: 0 },
    });
    // The reassessment is still open and overdue: the team counts it, the
    // level does not.
    expect(await team()).toMatchObject({
      levels: { none: 0, bronze: 0, silver: 0, gold: 1 },
      overdueTasks: 1,
    });
  });
});
