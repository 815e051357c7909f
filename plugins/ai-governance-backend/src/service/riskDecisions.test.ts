import type { Entity } from '@backstage/catalog-model';
import {
  alice,
  bob,
  catalogSyncAtStartup,
  testEntities,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(60_000);

/*
 * Risks a template seeds start as `proposed`: they count on no scorecard,
 * heat map or team summary until the owner confirms them, and dismissing
 * them closes them with the reason. Decisions settle several risks at once,
 * all or none.
 */

const entities: Entity[] = [
  ...testEntities,
  {
    apiVersion: 'aigov.dev/v1alpha1',
    kind: 'AiSystem',
    metadata: { name: 'support-bot', namespace: 'default' },
    spec: {
      type: 'llm-application',
      lifecycle: 'experimental',
      owner: 'group:default/lending',
      purpose: 'Answer customer questions about loans.',
      riskTier: 'limited',
    },
  },
];

const API = '/api/ai-governance';
const BOT_REF = 'aisystem:default/support-bot';
const BOT = `${API}/entities/aisystem/default/support-bot`;

const seeded = (title: string, likelihood: number, impact: number) => ({
  title,
  category: 'robustness',
  lifecycleStage: 'operation',
  likelihood,
  impact,
  // What an older template sends: onboarding proposes the risk regardless.
  status: 'open',
  owner: 'group:default/lending',
});

const baseline = {
  requestId: 'scaffolder:proposed-1',
  assessment: {
    type: 'eu-ai-act-classification',
    answers: { annexIIIArea: 'none', transparency: ['interacts-with-people'] },
    result: { tier: 'limited', reasons: ['Art. 50(1)'], obligations: [] },
  },
  risks: [
    seeded('Hallucinated answers', 4, 4),
    seeded('Prompt injection', 5, 4),
  ],
  controls: [],
};

describeOnEachDatabase('proposed risks on %s', setup => {
  const { api, count } = setup.governanceBackend({
    entities,
    extraFeatures: [catalogSyncAtStartup()],
  });
  const decide = (body: object) =>
    api(alice).post(`${BOT}/risks/decisions`).send(body);
  const register = async () =>
    (await api(alice).get(`${BOT}/risks?limit=200`).expect(200)).body
      .items as Array<Record<string, any>>;
  const scorecard = async () =>
    (await api(alice).get(`${BOT}/scorecard`).expect(200)).body;
  const heatMapTotal = async () =>
    (
      await api(alice).get(`${API}/heatmap?entityRef=${BOT_REF}`).expect(200)
    ).body.inherent.reduce((n: number, c: any) => n + c.count, 0);
  const lending = async () =>
    (
      await api(alice).get(`${API}/scorecards?groupBy=owner`).expect(200)
    ).body.items.find((r: any) => r.groupRef === 'group:default/lending');
  const historyOf = async (id: string) =>
    (
      await api(alice)
        .get(`${API}/history?entityRef=${BOT_REF}&limit=200`)
        .expect(200)
    ).body.items
      .filter((e: any) => e.recordId === id)
      .map((e: any) => [e.action, e.after.status]);

  let before: { openHighOrCritical: number; untreatedAboveAppetite: number };
  let ids: string[];

  it('onboards the library risks as proposed, counted nowhere', async () => {
    const team = await lending();
    before = {
      openHighOrCritical: team.openHighOrCritical,
      untreatedAboveAppetite: team.untreatedAboveAppetite,
    };
    const res = await api(alice).post(`${BOT}/baseline`).send(baseline);
    expect(res.status).toBe(201);
    expect(res.body.risks.map((r: any) => [r.title, r.status])).toEqual([
      ['Hallucinated answers', 'proposed'],
      ['Prompt injection', 'proposed'],
    ]);
    ids = res.body.risks.map((r: any) => r.id);

    const card = await scorecard();
    expect(card.risks).toEqual({
      open: { low: 0, medium: 0, high: 0, critical: 0 },
      untreatedAboveAppetite: 0,
    });
    expect(await heatMapTotal()).toBe(0);
    expect(await lending()).toMatchObject(before);
  });

  it('confirms a proposed risk: it is open, counted, and in the history', async () => {
    const res = await decide({ ids: [ids[0]], decision: 'confirm' });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ id: ids[0], status: 'open', version: 2 }),
    ]);
    expect((await scorecard()).risks.open.high).toBe(1);
    expect(await heatMapTotal()).toBe(1);
    expect(await lending()).toMatchObject({
      openHighOrCritical: before.openHighOrCritical + 1,
      untreatedAboveAppetite: before.untreatedAboveAppetite + 1,
    });
    expect(await historyOf(ids[0])).toEqual([
      ['confirm', 'open'],
      ['create', 'proposed'],
    ]);
  });

  it('dismisses only with a reason, closing the risk with it', async () => {
    const bare = await decide({ ids: [ids[1]], decision: 'dismiss' });
    expect(bare.status).toBe(400);
    expect(bare.body.error.details).toEqual([
      expect.objectContaining({ path: 'reason' }),
    ]);

    const res = await decide({
      ids: [ids[1]],
      decision: 'dismiss',
      reason: 'The bot has no tools to inject into',
    });
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ id: ids[1], status: 'closed' });
    expect(res.body.items[0].treatmentPlan).toMatch(
      /Dismissed: The bot has no tools to inject into$/,
    );
    expect(await historyOf(ids[1])).toEqual([
      ['dismiss', 'closed'],
      ['create', 'proposed'],
    ]);
    expect(await heatMapTotal()).toBe(1);
    expect((await scorecard()).risks.open.critical).toBe(0);
  });

  it('settles several at once, and writes nothing when one id is wrong', async () => {
    const created: string[] = [];
    for (const title of ['Drift', 'Bias']) {
      const res = await api(alice)
        .post(`${BOT}/risks`)
        .send({ ...seeded(title, 2, 2), status: 'proposed' });
      expect(res.body.status).toBe('proposed');
      created.push(res.body.id);
    }
    const history = await count('history');

    const wrong = await decide({
      ids: [created[0], 'no-such-risk', created[1]],
      decision: 'confirm',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([
      expect.objectContaining({ path: 'ids[1]' }),
    ]);
    const settled = await decide({
      ids: [created[0], ids[0]],
      decision: 'dismiss',
      reason: 'duplicate',
    });
    expect(settled.status).toBe(409);
    expect(await count('history')).toBe(history);
    const statuses = (await register())
      .filter(r => created.includes(r.id))
      .map(r => r.status);
    expect(statuses).toEqual(['proposed', 'proposed']);

    const res = await decide({ ids: created, decision: 'confirm' });
    expect(res.status).toBe(200);
    expect(res.body.items.map((r: any) => [r.id, r.status])).toEqual([
      [created[0], 'open'],
      [created[1], 'open'],
    ]);
    expect(await count('history')).toBe(history + 2);
    expect(await heatMapTotal()).toBe(3);
    // The stored risks are what their confirm and dismiss events say.
    const verify = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(verify.body).toMatchObject({ ok: true });
  });

  it('answers bad decisions with 400 naming the field', async () => {
    const cases: Array<[object, string]> = [
      [{ ids: [], decision: 'confirm' }, 'ids'],
      [{ ids: ['a'], decision: 'maybe' }, 'decision'],
      [{ ids: ['a', 'a'], decision: 'confirm' }, 'ids'],
    ];
    for (const [body, path] of cases) {
      const res = await decide(body);
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe(path);
    }
  });

  it('refuses to accept a risk that is only proposed', async () => {
    const res = await api(alice)
      .post(`${BOT}/risks`)
      .send({ ...seeded('Leaks', 3, 3), status: 'proposed' });
    const accept = await api(bob)
      .post(`${API}/risks/${res.body.id}/accept`)
      .set('If-Match', '"1"')
      .send({ expiresAt: '2099-01-01' });
    expect(accept.status).toBe(409);
    expect(accept.body.error.message).toMatch(/confirm it before/);
  });
});
