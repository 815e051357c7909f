import type {
  AssessmentCreate,
  Assessment,
  BaselineResult,
  ControlPut,
  EntityControl,
  EntityScorecard,
  Evidence,
  EvidenceCreate,
  HistoryEvent,
  Risk,
  RiskCreate,
  RiskPatch,
  TeamScorecard,
} from '..';
import type { AiGovernanceSchemas } from '../schema/openapi';
import { AiGovernanceApiClient } from './AiGovernanceApiClient';
import { BASE, entity, ENTITY_URL, json, setup } from './__testUtils__/fakeApi';

/*
 * The client against a fake fetch: what goes over the wire (URL, method,
 * headers, body) and how answers, errors included, come back.
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

  it('writes a control row with If-Match only when a version is given', async () => {
    const { client, sent } = setup();
    const row: ControlPut = {
      applicable: false,
      justification: 'No suppliers.',
    };
    await client.putControl(entity, 'A.10.3', undefined, row);
    await client.putControl(entity, 'A.10.3', 0, row);
    await client.getControl({ ...entity, name: 'a b' }, 'A.10.3');
    expect(sent.map(s => [s.method, s.url, s.headers['if-match']])).toEqual([
      ['PUT', `${ENTITY_URL}/controls/A.10.3`, undefined],
      ['PUT', `${ENTITY_URL}/controls/A.10.3`, '"0"'],
      [
        'GET',
        `${BASE}/entities/aisystem/default/a%20b/controls/A.10.3`,
        undefined,
      ],
    ]);
    expect(JSON.parse(sent[0].body)).toEqual(row);
  });

  it('unwraps the lists the API answers as { items }', async () => {
    const { client, sent, answer } = setup();
    answer(
      json(200, { items: [{ controlId: 'A.2.2' }] }),
      json(200, { items: [{ id: 'a1' }] }),
      json(200, { items: [{ groupRef: 'group:default/lending' }] }),
      json(200, { items: [{ id: 'o1' }] }),
      json(200, { items: [{ id: 'bias-unfair-outcomes' }] }),
    );
    expect(await client.listControls(entity)).toEqual([{ controlId: 'A.2.2' }]);
    expect(await client.listAssessments(entity)).toEqual([{ id: 'a1' }]);
    expect(await client.getTeamScorecards()).toEqual([
      { groupRef: 'group:default/lending' },
    ]);
    expect(await client.listOverdue({ limit: 10 })).toEqual([{ id: 'o1' }]);
    expect(await client.getRiskScenarios('classifier')).toEqual([
      { id: 'bias-unfair-outcomes' },
    ]);
    expect(sent.map(s => s.url)).toEqual([
      `${ENTITY_URL}/controls`,
      `${ENTITY_URL}/assessments`,
      `${BASE}/scorecards?groupBy=owner`,
      `${BASE}/overdue?limit=10`,
      // An absent tier is left out of the query, not sent empty.
      `${BASE}/library/risk-scenarios?systemType=classifier`,
    ]);
  });

  it('reads the org-wide views with their queries', async () => {
    const { client, sent } = setup();
    const ref = 'aisystem:default/credit-scoring';
    await client.getHeatMap({ entityRef: ref });
    await client.getHeatMap();
    await client.listHistory({ entityRef: ref, limit: 3 });
    await client.verifyHistory();
    await client.getScorecard(entity);
    await client.getControlLibrary();
    await client.getRisk('r1');
    await client.getEvidence('e1');
    await client.getAssessment('a1');
    await client.listEvidence(entity, { limit: 1 });
    expect(sent.map(s => s.url)).toEqual([
      `${BASE}/heatmap?entityRef=aisystem%3Adefault%2Fcredit-scoring`,
      `${BASE}/heatmap`,
      `${BASE}/history?entityRef=aisystem%3Adefault%2Fcredit-scoring&limit=3`,
      `${BASE}/history/verify`,
      `${ENTITY_URL}/scorecard`,
      `${BASE}/controls`,
      `${BASE}/risks/r1`,
      `${BASE}/evidence/e1`,
      `${BASE}/assessments/a1`,
      `${ENTITY_URL}/evidence?limit=1`,
    ]);
    expect(sent.every(s => s.method === 'GET')).toBe(true);
  });

  it('signs a checkpoint with a POST and pages the checkpoints', async () => {
    const { client, sent } = setup();
    await client.createCheckpoint();
    await client.listCheckpoints({ limit: 2, cursor: 'c1' });
    expect(sent.map(s => `${s.method} ${s.url}`)).toEqual([
      `POST ${BASE}/history/checkpoints`,
      `GET ${BASE}/history/checkpoints?limit=2&cursor=c1`,
    ]);
  });

  it('creates evidence, uploads its file as raw bytes and gives its download URL', async () => {
    const { client, sent } = setup();
    const body: EvidenceCreate = {
      title: 'Bias review',
      kind: 'report',
      fileName: 'bias.pdf',
      mediaType: 'application/pdf',
      collectedAt: '2026-10-01',
    };
    await client.createEvidence(entity, body);
    const bytes = new Uint8Array([37, 80, 68, 70, 0, 255]);
    await client.uploadEvidenceContent(
      'e1',
      new Blob([bytes], { type: 'application/pdf' }),
    );
    await client.uploadEvidenceContent('e2', new Blob(['log line']));
    expect(sent[0]).toMatchObject({
      method: 'POST',
      url: `${ENTITY_URL}/evidence`,
    });
    expect(JSON.parse(sent[0].body)).toEqual(body);
    expect(sent[1]).toMatchObject({
      method: 'PUT',
      url: `${BASE}/evidence/e1/content`,
    });
    expect(sent[1].headers['content-type']).toBe('application/pdf');
    expect(sent[2].headers['content-type']).toBe('application/octet-stream');
    expect(sent[2].body).toBe('log line');
    expect(await client.evidenceContentUrl('e 1')).toBe(
      `${BASE}/evidence/e%201/content`,
    );
    expect(await client.exportUrl('soa')).toBe(`${BASE}/exports/soa.csv`);
    expect(await client.exportUrl('risk-register', 'aisystem:default/x')).toBe(
      `${BASE}/exports/risk-register.csv?entityRef=aisystem%3Adefault%2Fx`,
    );
  });

  it('hands fetch a URL and init, so a FetchApi that builds its own Request can send the body', async () => {
    // Backstage's FetchApi middleware makes a new Request from its input
    // more than once; that fails for a Request whose body was read.
    const seen: Array<{ input: unknown; body: string }> = [];
    const client = new AiGovernanceApiClient({
      discoveryApi: { getBaseUrl: async () => BASE },
      fetchApi: {
        fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
          const first = new Request(input, init);
          const again = new Request(input, init);
          seen.push({ input, body: await again.text() });
          await first.text();
          return json(201, { id: 'r1', version: 1 });
        },
      },
    });
    await client.createRisk(
      { kind: 'AiSystem', namespace: 'default', name: 'x' },
      {
        title: 'Drift',
        category: 'robustness',
        lifecycleStage: 'operation',
        likelihood: 2,
        impact: 3,
      },
    );
    expect(typeof seen[0].input).toBe('string');
    expect(JSON.parse(seen[0].body)).toMatchObject({ title: 'Drift' });
  });

  it('uploads the exact bytes of a binary file', async () => {
    const sentBytes: Uint8Array[] = [];
    const client = new AiGovernanceApiClient({
      discoveryApi: { getBaseUrl: async () => BASE },
      fetchApi: {
        fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
          sentBytes.push(
            new Uint8Array(await new Request(input, init).arrayBuffer()),
          );
          return json(200, { id: 'e1' });
        },
      },
    });
    const bytes = new Uint8Array(
      Array.from({ length: 512 }, (_, i) => (i * 7) % 256),
    );
    await client.uploadEvidenceContent('e1', new Blob([bytes]));
    expect(Buffer.compare(Buffer.from(sentBytes[0]), Buffer.from(bytes))).toBe(
      0,
    );
  });

  it('starts assessments and creates a baseline', async () => {
    const { client, sent } = setup();
    const assessment: AssessmentCreate = {
      type: 'risk',
      answers: { scope: 'x' },
    };
    await client.createAssessment(entity, assessment);
    await client.updateAssessment('a1', 1, { status: 'in-review' });
    const baseline: Parameters<AiGovernanceApiClient['createBaseline']>[1] = {
      requestId: 'scaffolder:t1:aisystem:default/credit-scoring',
      assessment,
      risks: [],
      controls: [{ controlId: 'A.6.2.6', applicable: true, status: 'planned' }],
    };
    await client.createBaseline(entity, baseline);
    expect(sent.map(s => [s.method, s.url, s.headers['if-match']])).toEqual([
      ['POST', `${ENTITY_URL}/assessments`, undefined],
      ['PATCH', `${BASE}/assessments/a1`, '"1"'],
      ['POST', `${ENTITY_URL}/baseline`, undefined],
    ]);
    expect(JSON.parse(sent[2].body)).toEqual(baseline);
  });

  it('sends a token given per call, else the one getToken gives', async () => {
    const getToken = jest.fn(async () => 'service-token');
    const { client, sent } = setup({ getToken });
    await client.getRisk('r1', { token: 'user-token' });
    await client.getRisk('r1');
    expect(sent.map(s => s.headers.authorization)).toEqual([
      'Bearer user-token',
      'Bearer service-token',
    ]);
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('passes the abort signal on', async () => {
    const { client, sent } = setup();
    const controller = new AbortController();
    await client.getRisk('r1', { signal: controller.signal });
    expect(sent[0].signal.aborted).toBe(false);
    controller.abort();
    expect(sent[0].signal.aborted).toBe(true);
  });

  // Checked by yarn tsc, not at run time: every body the spec allows, the
  // client takes; what it answers fits the hand-written record types.
  it('has spec types that fit the zod inputs and the record types', () => {
    const fits = (s: AiGovernanceSchemas) => {
      const bodies: [RiskCreate, RiskPatch, ControlPut, EvidenceCreate] = [
        s.RiskCreate,
        s.RiskPatch,
        s.ControlPut,
        s.EvidenceCreate,
      ];
      const records: [
        Risk,
        EntityControl,
        Evidence,
        Assessment,
        HistoryEvent,
        BaselineResult,
        EntityScorecard,
        TeamScorecard,
      ] = [
        s.Risk,
        s.EntityControl,
        s.Evidence,
        s.Assessment,
        s.HistoryEvent,
        s.Baseline,
        s.EntityScorecard,
        s.TeamScorecard,
      ];
      return { bodies, records };
    };
    expect(typeof fits).toBe('function');
  });
});
