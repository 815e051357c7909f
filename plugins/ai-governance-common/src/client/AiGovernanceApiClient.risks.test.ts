import type { RiskCreate } from '..';
import { BASE, entity, ENTITY_URL, json, setup } from './__testUtils__/fakeApi';

/*
 * The client's risk register calls against a fake fetch: what goes over the
 * wire (URL, method, headers, body) and how answers come back.
 */

const risk = { id: 'r1', version: 3, title: 'Unfair declines' };

describe('AiGovernanceApiClient', () => {
  it('lists risks of an entity with its kind lower-cased and the page in the query', async () => {
    const { client, sent, answer } = setup();
    answer(json(200, { items: [risk], nextCursor: 'c2' }));
    const page = await client.listRisks(entity, { cursor: 'c1', limit: 2 });
    expect(page).toEqual({ items: [risk], nextCursor: 'c2' });
    expect(sent).toEqual([
      expect.objectContaining({
        url: `${ENTITY_URL}/risks?cursor=c1&limit=2`,
        method: 'GET',
        body: '',
      }),
    ]);
    // No body, no content type; no token given, so none is sent (the
    // frontend's fetchApi adds the user's).
    expect(sent[0].headers['content-type']).toBeUndefined();
    expect(sent[0].headers.authorization).toBeUndefined();
  });

  it('lists the changes the catalog sync detected on an entity', async () => {
    const { client, sent, answer } = setup();
    const change = { id: 'c1', field: 'spec.riskTier', material: true };
    answer(json(200, { items: [change] }));
    const page = await client.listChanges(entity, { limit: 5 });
    expect(page.items).toEqual([change]);
    expect(sent[0]).toEqual(
      expect.objectContaining({
        url: `${ENTITY_URL}/changes?limit=5`,
        method: 'GET',
      }),
    );
  });

  it('follows the cursor for every risk', async () => {
    const { client, sent, answer } = setup();
    answer(
      json(200, { items: [{ id: 'a' }], nextCursor: 'n1' }),
      json(200, { items: [{ id: 'b' }] }),
    );
    const all = await client.listAllRisks(entity);
    expect(all.map(r => r.id)).toEqual(['a', 'b']);
    expect(sent.map(s => s.url)).toEqual([
      `${ENTITY_URL}/risks?limit=200`,
      `${ENTITY_URL}/risks?cursor=n1&limit=200`,
    ]);
  });

  it('sends a new risk as JSON and a change with If-Match of the version read', async () => {
    const { client, sent, answer } = setup();
    const body: RiskCreate = {
      title: 'Unfair declines',
      category: 'fairness',
      lifecycleStage: 'operation',
      likelihood: 3,
      impact: 4,
      controlIds: ['A.7.4'],
    };
    answer(json(201, { ...risk, version: 1 }), json(200, risk));
    await expect(client.createRisk(entity, body)).resolves.toMatchObject({
      version: 1,
    });
    await expect(
      client.updateRisk('r/1', 3, { impact: 5, owner: null }),
    ).resolves.toEqual(risk);
    expect(sent[0]).toMatchObject({
      url: `${ENTITY_URL}/risks`,
      method: 'POST',
    });
    expect(sent[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent[0].body)).toEqual(body);
    expect(sent[1]).toMatchObject({
      url: `${BASE}/risks/r%2F1`,
      method: 'PATCH',
    });
    expect(sent[1].headers['if-match']).toBe('"3"');
    expect(JSON.parse(sent[1].body)).toEqual({ impact: 5, owner: null });
  });

  it('posts a decision about proposed risks to the entity, without If-Match', async () => {
    const { client, sent, answer } = setup();
    answer(json(200, { items: [risk] }));
    await expect(
      client.decideProposedRisks(entity, {
        ids: ['r1', 'r2'],
        decision: 'dismiss',
        reason: 'Not an LLM',
      }),
    ).resolves.toEqual({ items: [risk] });
    expect(sent[0]).toMatchObject({
      url: `${ENTITY_URL}/risks/decisions`,
      method: 'POST',
    });
    expect(sent[0].headers['if-match']).toBeUndefined();
    expect(JSON.parse(sent[0].body)).toEqual({
      ids: ['r1', 'r2'],
      decision: 'dismiss',
      reason: 'Not an LLM',
    });
  });

  it('accepts a risk and approves an assessment with If-Match', async () => {
    const { client, sent } = setup();
    await client.acceptRisk('r1', 2, { expiresAt: '2099-01-01', note: 'ok' });
    await client.approveAssessment('a1', 4);
    await client.approveAssessment('a1', 5, 'Reviewed with legal.');
    expect(
      sent.map(s => [s.method, s.url, s.headers['if-match'], s.body]),
    ).toEqual([
      [
        'POST',
        `${BASE}/risks/r1/accept`,
        '"2"',
        '{"expiresAt":"2099-01-01","note":"ok"}',
      ],
      ['POST', `${BASE}/assessments/a1/approve`, '"4"', '{}'],
      [
        'POST',
        `${BASE}/assessments/a1/approve`,
        '"5"',
        '{"note":"Reviewed with legal."}',
      ],
    ]);
  });
});
