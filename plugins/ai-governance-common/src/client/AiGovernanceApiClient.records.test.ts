import type { AssessmentCreate, ControlPut, EvidenceCreate } from '..';
import { AiGovernanceApiClient } from './AiGovernanceApiClient';
import { BASE, entity, ENTITY_URL, json, setup } from './__testUtils__/fakeApi';

/*
 * The client's calls for controls, assessments, evidence, the baseline and
 * the org-wide views against a fake fetch: URL, method, If-Match and body,
 * and the lists it unwraps.
 */

describe('AiGovernanceApiClient', () => {
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
});
