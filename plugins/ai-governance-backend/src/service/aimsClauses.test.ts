import type { Entity } from '@backstage/catalog-model';
import {
  AIMS_CLAUSES,
  AIMS_ENTITY_REF,
} from '@aigov/plugin-ai-governance-common';
import {
  alice,
  bob,
  catalogSyncAtStartup,
  CREDIT_PATH,
  testEntities,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { approveRiskAssessment } from '../__testUtils__/assessments';

jest.setTimeout(120_000);

/*
 * The clause gap assessment through the API on each database: every clause
 * of the library listed, assessments under If-Match with their history, the
 * refusals, and the pre-fill counted from records made through the API on
 * the two AI systems in scope (an experimental one is left out).
 */

const API = '/api/ai-governance';
const CLAUSES = `${API}/aims/clauses`;

const experimental: Entity = {
  apiVersion: 'aigov.dev/v1alpha1',
  kind: 'AiSystem',
  metadata: { name: 'sandbox-chat', namespace: 'default' },
  spec: {
    type: 'chatbot',
    lifecycle: 'experimental',
    owner: 'group:default/lending',
    purpose: 'Try out a chat assistant.',
    riskTier: 'high',
  },
};

describeOnEachDatabase('the clause gap assessment on %s', setup => {
  const backend = setup.governanceBackend({
    entities: [...testEntities, experimental],
    extraFeatures: [catalogSyncAtStartup()],
  });
  const { api, count } = backend;
  const list = async () => (await api(alice).get(CLAUSES).expect(200)).body;
  const clause = async (id: string) =>
    (await list()).items.find((c: { id: string }) => c.id === id);
  const put = (id: string, body: object, version?: string) => {
    const req = api(alice).put(`${CLAUSES}/${id}`);
    return (version === undefined ? req : req.set('If-Match', version)).send(
      body,
    );
  };

  it('lists every clause of the library in order, not assessed, with readiness', async () => {
    const { items, readiness } = await list();
    expect(items.map((c: { id: string }) => c.id)).toEqual(
      AIMS_CLAUSES.map(c => c.id),
    );
    expect(items[1]).toEqual({
      id: '4.1',
      parentId: '4',
      title: 'Internal and external issues',
      status: 'not-assessed',
      notes: '',
      owner: null,
      evidenceLinks: [],
    });
    expect(items[0]).not.toHaveProperty('parentId');
    expect(
      readiness.clauses.map((r: { clauseId: string }) => r.clauseId),
    ).toEqual(['4', '5', '6', '7', '8', '9', '10']);
    expect(readiness.overall.implemented).toBe(0);
  });

  it('records an assessment, changes it under If-Match, and refuses a stale one', async () => {
    const before = await count('history');
    const first = await put('5.2', {
      status: 'partial',
      notes: 'Policy drafted, not yet approved by the board',
      owner: 'group:default/risk',
      evidenceLinks: [
        { title: 'Draft AI policy', url: 'https://wiki.example.com/ai-policy' },
      ],
    }).expect(200);
    expect(first.headers.etag).toBe('"1"');
    expect(first.body).toMatchObject({
      id: '5.2',
      parentId: '5',
      status: 'partial',
      owner: 'group:default/risk',
      version: 1,
      updatedBy: 'user:default/alice',
    });
    expect(await clause('5.2')).toEqual(first.body);

    const changed = await put(
      '5.2',
      {
        status: 'implemented',
        evidenceLinks: [{ url: 'https://x.example/p' }],
      },
      '"1"',
    ).expect(200);
    expect(changed.body).toMatchObject({
      status: 'implemented',
      notes: '',
      owner: null,
      evidenceLinks: [{ url: 'https://x.example/p' }],
      version: 2,
    });

    const stale = await put('5.2', { status: 'gap' }, '"1"').expect(412);
    expect(stale.body.error.message).toContain('5.2');
    expect((await put('5.2', { status: 'gap' })).status).toBe(428);
    expect((await clause('5.2')).status).toBe('implemented');

    const five = (await list()).readiness.clauses.find(
      (r: { clauseId: string }) => r.clauseId === '5',
    );
    expect(five).toMatchObject({ counted: 3, implemented: 1 });
    expect(five.readiness).toBeCloseTo(1 / 3);

    const { body: history } = await api(alice)
      .get(`${API}/history?entityRef=${encodeURIComponent(AIMS_ENTITY_REF)}`)
      .expect(200);
    expect(
      history.items.map((e: any) => [e.recordType, e.recordId, e.action]),
    ).toEqual([
      ['aims-clause', '5.2', 'update'],
      ['aims-clause', '5.2', 'create'],
    ]);
    expect(history.items[0].before).toMatchObject({ status: 'partial' });
    expect(await count('history')).toBe(before + 2);
  });

  it('answers 404 naming an unknown clause and 400 naming bad fields, and writes nothing', async () => {
    const before = await count('history');
    const unknown = await put('11.3', { status: 'gap' }).expect(404);
    expect(unknown.body.error.message).toContain('11.3');
    expect((await put('not-a-clause', { status: 'gap' })).status).toBe(400);

    const bad = await put('4.1', {
      status: 'done',
      owner: 'lending',
      evidenceLinks: [{ url: 'ftp://files.example.com/policy.pdf' }],
    }).expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      ['status', 'owner', 'evidenceLinks[0].url'],
    );
    expect((await put('4.1', {}).expect(400)).body.error.details[0].path).toBe(
      'status',
    );
    expect(await count('history')).toBe(before);
    expect((await clause('4.1')).status).toBe('not-assessed');
  });

  it('pre-fills from the records of the AI systems in scope, leaving out experimental ones', async () => {
    expect((await clause('6.1.2')).prefilled).toEqual({
      status: 'gap',
      reason: '0 of 2 AI systems in scope have an approved risk assessment',
    });
    // credit-scoring (high tier) gets an approved risk assessment.
    await approveRiskAssessment(CREDIT_PATH, api(alice), api(bob));

    const after = await list();
    const byId = (id: string) => after.items.find((c: any) => c.id === id);
    expect(byId('6.1.2').prefilled).toEqual({
      status: 'partial',
      reason: '1 of 2 AI systems in scope have an approved risk assessment',
    });
    // One high-tier system in scope (the experimental one does not count).
    expect(byId('6.1.4').prefilled).toEqual({
      status: 'gap',
      reason:
        '0 of 1 high-tier AI system in scope has an approved impact assessment',
    });
    expect(byId('6.1.3').prefilled.status).toBe('gap');
    expect(byId('10.2').prefilled.status).toBe('not-assessed');
    // Clauses the records cannot show have no pre-fill.
    expect(byId('5.1')).not.toHaveProperty('prefilled');

    // Readiness counts the pre-fill where nobody assessed the clause, and
    // the recorded status over it.
    const six = after.readiness.clauses.find((r: any) => r.clauseId === '6');
    expect(six).toMatchObject({ partial: 1 });
    await put('6.1.2', { status: 'gap' }).expect(200);
    const recorded = await clause('6.1.2');
    expect(recorded.status).toBe('gap');
    expect(recorded.prefilled.status).toBe('partial');
  });

  it('keeps the history verifiable after assessments', async () => {
    await put('7.2', { status: 'partial' }).expect(200);
    await put('7.2', { status: 'implemented' }, '"1"').expect(200);
    const { body } = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(body).toMatchObject({ ok: true });
  });

  it('finds an assessment changed outside the service', async () => {
    await backend
      .knex('aims_clause_assessments')
      .where('clause_id', '7.2')
      .update({ status: 'gap' });
    const { body } = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(body).toMatchObject({
      ok: false,
      record: { type: 'aims-clause', id: '7.2', field: 'status' },
    });
  });
});
