import type { Entity } from '@backstage/catalog-model';
import { alice, bob, testEntities } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(60_000);

/*
 * POST .../baseline: what the onboarding templates call to create the first
 * records of a new AI system, on behalf of the person running the template.
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
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'loan-api', namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'lending' },
  },
];

const BOT = '/api/ai-governance/entities/aisystem/default/support-bot';

const body = (requestId: string) => ({
  requestId,
  assessment: {
    type: 'eu-ai-act-classification',
    answers: { annexIIIArea: 'none', transparency: ['interacts-with-people'] },
    result: { tier: 'limited', reasons: ['Art. 50(1)'], obligations: [] },
  },
  risks: [
    {
      title: 'Hallucinated answers',
      category: 'robustness',
      lifecycleStage: 'operation',
      likelihood: 4,
      impact: 3,
      owner: 'group:default/lending',
    },
    {
      title: 'Prompt injection',
      category: 'security',
      lifecycleStage: 'operation',
      likelihood: 3,
      impact: 4,
    },
  ],
  controls: [
    { controlId: 'A.6.2.6', applicable: true, owner: 'group:default/lending' },
    {
      controlId: 'A.10.3',
      applicable: false,
      justification: 'Built in-house; no AI supplier.',
    },
  ],
});

describeOnEachDatabase('onboarding baselines on %s', setup => {
  const { api, count } = setup.governanceBackend({ entities });
  /** Onboards the support bot as `user`. */
  const onboard = (user: Record<string, string>, sent: object) =>
    api(user).post(`${BOT}/baseline`).send(sent);
  const counts = async () => ({
    risks: await count('risks'),
    assessments: await count('assessments'),
    controls: await count('control_statuses'),
    history: await count('history'),
    baselines: await count('baselines'),
  });

  it('refuses a body with bad fields, naming each, and writes nothing', async () => {
    const bad = body('task-1');
    bad.risks[1].likelihood = 9;
    (bad.controls[1] as any).justification = '';
    const res = await onboard(alice, { ...bad, requestId: '../x y' });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: any) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'requestId',
        'risks[1].likelihood',
        'controls[1].justification',
      ]),
    );
    expect(await counts()).toMatchObject({
      risks: 0,
      assessments: 0,
      controls: 0,
      history: 0,
      baselines: 0,
    });
  });

  it('refuses the same control twice in one baseline', async () => {
    const twice = body('task-1');
    twice.controls.push({
      controlId: 'A.6.2.6',
      applicable: true,
      owner: 'group:default/lending',
    });
    const res = await onboard(alice, twice);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      {
        path: 'controls[2].controlId',
        message: 'A.6.2.6 appears more than once',
      },
    ]);
    expect((await counts()).baselines).toBe(0);
  });

  it('is only for AiSystem entities and for people', async () => {
    const component = await api(alice)
      .post('/api/ai-governance/entities/component/default/loan-api/baseline')
      .send(body('task-1'));
    expect(component.status).toBe(400);
    expect(component.body.error.details).toEqual([
      expect.objectContaining({ path: 'kind' }),
    ]);
    const service = await api()
      .post(`${BOT}/baseline`)
      .set('Authorization', 'Bearer mock-service-token')
      .send(body('task-1'));
    expect(service.status).toBe(403);
    expect((await counts()).baselines).toBe(0);
  });

  it('creates the assessment, risks and controls together, in the history, as the caller', async () => {
    const res = await onboard(alice, body('scaffolder:task-1'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      requestId: 'scaffolder:task-1',
      replayed: false,
      createdBy: 'user:default/alice',
      assessment: {
        type: 'eu-ai-act-classification',
        status: 'draft',
        createdBy: 'user:default/alice',
        result: { tier: 'limited' },
      },
    });
    expect(res.body.risks.map((r: any) => [r.title, r.level])).toEqual([
      ['Hallucinated answers', 'high'],
      ['Prompt injection', 'high'],
    ]);
    expect(res.body.controls).toEqual([
      expect.objectContaining({ controlId: 'A.6.2.6', applicable: true }),
      expect.objectContaining({ controlId: 'A.10.3', applicable: false }),
    ]);
    expect(await counts()).toEqual({
      risks: 2,
      assessments: 1,
      controls: 2,
      history: 5,
      baselines: 1,
    });

    const register = await api(bob).get(`${BOT}/risks`).expect(200);
    expect(register.body.items).toHaveLength(2);
    const verify = await api(bob)
      .get('/api/ai-governance/history/verify')
      .expect(200);
    expect(verify.body).toMatchObject({ ok: true, checked: 5 });
  });

  it('answers a retried request with what the first one created, writing nothing', async () => {
    const before = await counts();
    const first = await onboard(alice, body('scaffolder:task-1'));
    expect(first.status).toBe(200);
    expect(first.body.replayed).toBe(true);
    const again = await onboard(alice, body('scaffolder:task-1'));
    expect(again.body.assessment.id).toBe(first.body.assessment.id);
    expect(again.body.risks.map((r: any) => r.id)).toEqual(
      first.body.risks.map((r: any) => r.id),
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses a second onboarding of the same system, and of a system that has records', async () => {
    const before = await counts();
    const second = await onboard(bob, body('scaffolder:task-2'));
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain(
      'aisystem:default/support-bot was already onboarded by user:default/alice',
    );

    await api(alice)
      .post('/api/ai-governance/entities/aisystem/default/fraud/risks')
      .send(body('x').risks[0])
      .expect(201);
    const existing = await api(alice)
      .post('/api/ai-governance/entities/aisystem/default/fraud/baseline')
      .send(body('scaffolder:task-3'));
    expect(existing.status).toBe(409);
    expect(existing.body.error.message).toContain(
      'already has governance records (1 risks',
    );
    expect((await counts()).risks).toBe(before.risks + 1);
    expect((await counts()).baselines).toBe(before.baselines);
  });

  it('answers 404 naming an entity the catalog does not have', async () => {
    const res = await api(alice)
      .post('/api/ai-governance/entities/aisystem/default/ghost/baseline')
      .send(body('scaffolder:task-4'));
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('aisystem:default/ghost');
  });
});
