import { randomUUID } from 'node:crypto';
import { ANNEX_A_CONTROL_IDS } from '@aigov/plugin-ai-governance-common';
import { alice, bob, CREDIT } from '../__testUtils__/backend';
import { corruptStoredFile } from '../__testUtils__/evidence';
import {
  riskWrongInFiveFields,
  validRisk as aValidRisk,
} from '../__testUtils__/fixtures';
import {
  unexercisedOperations,
  missingConformanceFiles,
  TAGS_WITH_OWN_FILE,
  useConformanceBackend,
} from './__testUtils__/conformance';
import { requestBodyProblems } from './__testUtils__/spec';

/*
 * Holds the answers of the ai-governance API to src/schema/openapi.yaml over
 * a realistic sequence of requests, successes and errors: statuses, media
 * types and headers here, JSON bodies in the router itself (response
 * validation of the generated router, on in the test backend), and every
 * operation of the spec exercised with a success. The tags listed in
 * TAGS_WITH_OWN_FILE have their own files under src/schema/conformance/.
 */

jest.setTimeout(60_000);

const MAX_EVIDENCE_BYTES = 4096;

describe('the answers of the ai-governance API', () => {
  const harness = useConformanceBackend({
    config: {
      aiGovernance: {
        evidence: { maxBytes: MAX_EVIDENCE_BYTES },
        integrity: {
          checkpoints: { secret: 'a conformance test secret of 32+ bytes' },
        },
      },
    },
  });
  const { call } = harness;

  const entity = '/entities/aisystem/default/credit-scoring';

  // Every optional field a client can set, so the spec sees them all.
  const validRisk = {
    ...aValidRisk,
    source: 'bias-unfair-outcomes',
    owner: 'group:default/lending',
    dueDate: '2027-03-31',
  };
  let riskId: string;

  describe('health and authentication', () => {
    it('answers /health without credentials', async () => {
      const res = await call('get', '/health', 200, { headers: {} });
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('answers 401 without valid credentials', async () => {
      const res = await call('get', '/controls', 401, {
        headers: { Authorization: 'Bearer mock-none-token' },
      });
      expect(res.body.error.name).toBe('AuthenticationError');
    });

    it('answers 403 when a service without a user changes records', async () => {
      const refused = await call('post', `${entity}/risks`, 403, {
        headers: { Authorization: 'Bearer mock-service-token' },
        body: validRisk,
      });
      expect(refused.body.error.name).toBe('NotAllowedError');
      // ...but lets it read.
      const read = await call('get', `${entity}/risks`, 200, {
        headers: { Authorization: 'Bearer mock-service-token' },
      });
      expect(read.body).toEqual({ items: [] });
    });
  });

  describe('library', () => {
    it('serves the Annex A controls and the risk scenarios', async () => {
      const controls = await call('get', '/controls', 200);
      expect(controls.body.items).toHaveLength(ANNEX_A_CONTROL_IDS.length);
      const scenarios = await call(
        'get',
        '/library/risk-scenarios?systemType=classifier&tier=high',
        200,
      );
      expect(scenarios.body.items.length).toBeGreaterThan(0);
      await call('get', '/library/risk-scenarios?systemType=classifier', 200);
      await call('get', '/library/risk-scenarios', 400);
      await call(
        'get',
        '/library/risk-scenarios?systemType=classifier&tier=extreme',
        400,
      );
    });
  });

  describe('risks', () => {
    it('creates, reads, changes and lists risks', async () => {
      const created = await call('post', `${entity}/risks`, 201, {
        body: validRisk,
      });
      riskId = created.body.id;
      expect(created.headers.etag).toBe('"1"');
      expect(created.headers.location).toBe(
        `/api/ai-governance/risks/${riskId}`,
      );
      const got = await call('get', `/risks/${riskId}`, 200, { headers: bob });
      expect(got.body).toEqual(created.body);

      const patched = await call('patch', `/risks/${riskId}`, 200, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: {
          likelihood: 5,
          status: 'treating',
          residualLikelihood: 2,
          residualImpact: 2,
          nextReviewDate: '2027-01-15',
        },
      });
      expect(patched.body).toMatchObject({ version: 2, residualLevel: 'low' });
      await call('patch', `/risks/${riskId}`, 200, {
        headers: { ...alice, 'If-Match': 'W/"2"' },
        body: { owner: null, dueDate: null, source: null },
      });

      for (let i = 0; i < 2; i++) {
        await call('post', `${entity}/risks`, 201, {
          body: {
            title: `Minimal ${i}`,
            category: 'privacy',
            lifecycleStage: 'data',
            likelihood: 1,
            impact: 2,
          },
        });
      }
      const first = await call('get', `${entity}/risks?limit=2`, 200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await call(
        'get',
        `${entity}/risks?limit=2&cursor=${first.body.nextCursor}`,
        200,
      );
      expect(second.body.nextCursor).toBeUndefined();
    });

    it('answers the errors the spec lists', async () => {
      const bad = riskWrongInFiveFields;
      const invalid = await call('post', `${entity}/risks`, 400, { body: bad });
      expect(invalid.body.error.details.length).toBeGreaterThanOrEqual(5);
      expect(
        requestBodyProblems(
          'POST /entities/{kind}/{namespace}/{name}/risks',
          bad,
        ),
      ).toEqual(expect.any(String));
      await call('post', `${entity}/risks`, 400, {
        raw: { bytes: Buffer.from('{"title": '), type: 'application/json' },
      });
      await call('post', `${entity}/risks`, 413, {
        raw: {
          bytes: Buffer.from(
            JSON.stringify({
              ...validRisk,
              description: 'x'.repeat(1_100_000),
            }),
          ),
          type: 'application/json',
        },
      });
      await call('post', '/entities/aisystem/default/ghost/risks', 404, {
        body: validRisk,
      });
      await call('get', '/entities/aisystem/default/ghost/risks', 404);
      await call('get', `${entity}/risks?cursor=nonsense`, 400);
      await call('get', `${entity}/risks?limit=0`, 400);
      await call('get', `${entity}/risks?limit=201`, 400);
      await call('get', `${entity}/risks?sort=title`, 400);
      await call('get', '/risks/not-an-id', 400);
      await call('get', `/risks/${randomUUID()}`, 404);
      await call('patch', `/risks/${randomUUID()}`, 404, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { impact: 1 },
      });
      await call('patch', `/risks/${riskId}`, 428, { body: { impact: 1 } });
      await call('patch', `/risks/${riskId}`, 412, {
        headers: { ...bob, 'If-Match': '"1"' },
        body: { impact: 1 },
      });
      const badEtag = await call('patch', `/risks/${riskId}`, 400, {
        headers: { ...alice, 'If-Match': 'yesterday' },
        body: { impact: 1 },
      });
      expect(badEtag.body.error.details).toEqual([
        { path: 'If-Match', message: expect.any(String) },
      ]);
      await call('patch', `/risks/${riskId}`, 400, {
        headers: { ...alice, 'If-Match': '"3"' },
        body: { status: 'accepted' },
      });
      await call('patch', `/risks/${riskId}`, 400, {
        headers: { ...alice, 'If-Match': '"3"' },
        body: {},
      });
    });

    it('lets only someone else accept a risk', async () => {
      await call('post', `/risks/${riskId}/accept`, 428, {
        body: { expiresAt: '2099-01-01' },
      });
      await call('post', `/risks/${riskId}/accept`, 403, {
        headers: { ...alice, 'If-Match': '"3"' },
        body: { expiresAt: '2099-01-01' },
      });
      await call('post', `/risks/${riskId}/accept`, 400, {
        headers: { ...bob, 'If-Match': '"3"' },
        body: { expiresAt: '2001-01-01' },
      });
      await call('post', `/risks/${riskId}/accept`, 400, {
        headers: { ...bob, 'If-Match': '"3"' },
        body: {},
      });
      await call('post', `/risks/${riskId}/accept`, 412, {
        headers: { ...bob, 'If-Match': '"2"' },
        body: { expiresAt: '2099-01-01' },
      });
      const accepted = await call('post', `/risks/${riskId}/accept`, 200, {
        headers: { ...bob, 'If-Match': '"3"' },
        body: { expiresAt: '2099-01-01', note: 'Within appetite for now.' },
      });
      expect(accepted.body).toMatchObject({
        status: 'accepted',
        treatment: 'accept',
        acceptance: { approvedBy: 'user:default/bob', expiresAt: '2099-01-01' },
      });
      await call('post', `/risks/${randomUUID()}/accept`, 404, {
        headers: { ...bob, 'If-Match': '"1"' },
        body: { expiresAt: '2099-01-01' },
      });

      const closed = await call('post', `${entity}/risks`, 201, {
        body: { ...validRisk, title: 'Closed one', status: 'closed' },
      });
      await call('post', `/risks/${closed.body.id}/accept`, 409, {
        headers: { ...bob, 'If-Match': '"1"' },
        body: { expiresAt: '2099-01-01' },
      });
    });

    it('confirms and dismisses proposed risks', async () => {
      const proposed = await call('post', `${entity}/risks`, 201, {
        body: { ...validRisk, title: 'Proposed one', status: 'proposed' },
      });
      const ids = [proposed.body.id];
      await call('post', `${entity}/risks/decisions`, 400, {
        body: { ids, decision: 'dismiss' },
      });
      const confirmed = await call('post', `${entity}/risks/decisions`, 200, {
        body: { ids, decision: 'confirm' },
      });
      expect(confirmed.body.items[0].status).toBe('open');
      await call('post', `${entity}/risks/decisions`, 409, {
        body: { ids, decision: 'dismiss', reason: 'A duplicate' },
      });
    });
  });

  describe('controls', () => {
    it('reads and records the Statement of Applicability', async () => {
      const list = await call('get', `${entity}/controls`, 200);
      expect(list.body.items).toHaveLength(ANNEX_A_CONTROL_IDS.length);
      const fresh = await call('get', `${entity}/controls/A.10.3`, 200);
      expect(fresh.headers.etag).toBe('"0"');
      expect(fresh.body).toMatchObject({ recorded: false, version: 0 });

      await call('put', `${entity}/controls/A.10.3`, 400, {
        body: { applicable: false },
      });
      const created = await call('put', `${entity}/controls/A.10.3`, 200, {
        body: {
          applicable: false,
          justification: 'No third-party suppliers are involved.',
        },
      });
      expect(created.body).toMatchObject({ recorded: true, version: 1 });
      await call('put', `${entity}/controls/A.10.3`, 428, {
        body: { applicable: true },
      });
      await call('put', `${entity}/controls/A.10.3`, 412, {
        headers: { ...alice, 'If-Match': '"7"' },
        body: { applicable: true },
      });
      const updated = await call('put', `${entity}/controls/A.10.3`, 200, {
        headers: { ...alice, 'If-Match': created.headers.etag },
        body: {
          applicable: true,
          status: 'planned',
          owner: 'user:default/alice',
          dueDate: '2020-01-01',
          justification: 'Suppliers arrive next year.',
        },
      });
      expect(updated.body).toMatchObject({ overdue: true, version: 2 });
      await call('put', `${entity}/controls/A.7.4`, 200, {
        headers: { ...alice, 'If-Match': '"0"' },
        body: { applicable: true, status: 'implemented' },
      });

      await call('get', `${entity}/controls/A.6.2.9`, 404);
      await call('put', `${entity}/controls/A.6.2.9`, 404, {
        body: { applicable: true },
      });
      await call('get', '/entities/aisystem/default/ghost/controls', 404);
      await call('put', `${entity}/controls/A.7.5`, 400, {
        body: { applicable: true, status: 'done' },
      });
    });
  });

  describe('evidence', () => {
    const bytes = Buffer.from(
      Array.from({ length: MAX_EVIDENCE_BYTES }, (_, i) => (i * 7) % 256),
    );
    let fileId: string;
    let linkId: string;

    it('adds link and file evidence and serves the file back', async () => {
      const link = await call('post', `${entity}/evidence`, 201, {
        body: {
          title: 'Fairness dashboard',
          kind: 'test-result',
          url: 'https://dashboards.example.com/fairness',
          collectedAt: '2026-10-01T09:30:00+02:00',
          expiresAt: '2099-12-31',
          controlIds: ['A.7.4'],
          riskIds: [riskId],
        },
      });
      linkId = link.body.id;
      const file = await call('post', `${entity}/evidence`, 201, {
        body: {
          title: 'Bias review Q3',
          kind: 'report',
          fileName: 'bias review Q3.pdf',
          mediaType: 'application/pdf',
          collectedAt: '2026-10-01',
          controlIds: ['A.7.4', 'A.10.3'],
        },
      });
      fileId = file.body.id;
      expect(file.body.file).toMatchObject({ uploaded: false, sha256: null });

      await call('put', `/evidence/${fileId}/content`, 400, {
        raw: { bytes: Buffer.alloc(0), type: 'application/pdf' },
      });
      await call('put', `/evidence/${fileId}/content`, 413, {
        raw: {
          bytes: Buffer.alloc(MAX_EVIDENCE_BYTES + 1),
          type: 'application/octet-stream',
        },
      });
      const uploaded = await call('put', `/evidence/${fileId}/content`, 200, {
        raw: { bytes, type: 'application/pdf' },
      });
      expect(uploaded.body.file).toMatchObject({
        uploaded: true,
        size: bytes.length,
      });
      expect(uploaded.headers.etag).toBe('"2"');
      await call('put', `/evidence/${fileId}/content`, 409, {
        raw: { bytes, type: 'application/octet-stream' },
      });
      await call('put', `/evidence/${linkId}/content`, 409, {
        raw: { bytes, type: 'application/octet-stream' },
      });

      await call('get', `/evidence/${fileId}`, 200, { headers: bob });
      const page = await call('get', `${entity}/evidence?limit=1`, 200);
      expect(page.body.nextCursor).toEqual(expect.any(String));
      await call(
        'get',
        `${entity}/evidence?limit=1&cursor=${page.body.nextCursor}`,
        200,
      );
      const controls = await call('get', `${entity}/controls/A.7.4`, 200);
      expect(controls.body.evidence).toHaveLength(2);

      const download = await call('get', `/evidence/${fileId}/content`, 200, {
        headers: bob,
        binary: true,
      });
      expect(Buffer.compare(download.body, bytes)).toBe(0);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers.digest).toBe(
        `sha-256=${Buffer.from(uploaded.body.file.sha256, 'hex').toString(
          'base64',
        )}`,
      );
      expect(download.headers['content-disposition']).toBe(
        "attachment; filename*=UTF-8''bias%20review%20Q3.pdf",
      );
    });

    it('answers the errors the spec lists', async () => {
      const neither = await call('post', `${entity}/evidence`, 400, {
        body: { title: 'x', kind: 'log', collectedAt: '2026-10-01' },
      });
      expect(neither.body.error.details).toEqual([
        { path: 'url', message: 'give either url or fileName' },
      ]);
      // A risk of no (or another) entity: an InputError naming the item.
      const foreign = await call('post', `${entity}/evidence`, 400, {
        body: {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          collectedAt: '2026-10-01',
          riskIds: [randomUUID()],
        },
      });
      expect(foreign.body.error).toMatchObject({
        name: 'InputError',
        details: [
          {
            path: 'riskIds[0]',
            message: expect.stringContaining('is not a risk of'),
          },
        ],
      });
      await call('post', '/entities/aisystem/default/ghost/evidence', 404, {
        body: {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          collectedAt: '2026-10-01',
        },
      });
      const badId = await call('get', '/evidence/nope', 400);
      expect(badId.body.error.details).toEqual([
        { path: 'id', message: 'must be an id this API returned' },
      ]);
      await call('get', `/evidence/${randomUUID()}`, 404);
      await call('get', `/evidence/${randomUUID()}/content`, 404);
      await call('get', `/evidence/${linkId}/content`, 404);
      await call('put', `/evidence/${randomUUID()}/content`, 404, {
        raw: { bytes, type: 'application/octet-stream' },
      });
      await call('get', `${entity}/evidence?cursor=nonsense`, 400);
    });

    it('refuses to serve a file whose bytes no longer match their SHA-256', async () => {
      const created = await call('post', `${entity}/evidence`, 201, {
        body: {
          title: 'Access log',
          kind: 'log',
          fileName: 'access.log',
          collectedAt: '2026-10-02',
        },
      });
      const uploaded = await call(
        'put',
        `/evidence/${created.body.id}/content`,
        200,
        {
          raw: {
            bytes: Buffer.from(`GET /score ${randomUUID()}\n`),
            type: 'text/plain',
          },
        },
      );
      expect(uploaded.body.file.mediaType).toBe('application/octet-stream');
      await corruptStoredFile(harness.knex(), uploaded.body.file.sha256, 0);
      const res = await call(
        'get',
        `/evidence/${created.body.id}/content`,
        500,
      );
      expect(res.body.error.name).toBe('EvidenceIntegrityError');
    });
  });

  describe('assessments', () => {
    it('is started, reviewed and approved by someone else', async () => {
      const created = await call('post', `${entity}/assessments`, 201, {
        body: {
          type: 'risk',
          answers: { scope: 'Retail lending', affected: ['applicants'] },
        },
      });
      const url = `/assessments/${created.body.id}`;
      expect(created.body).toMatchObject({ status: 'draft', result: null });
      await call('get', url, 200, { headers: bob });
      await call('get', `${entity}/assessments`, 200);

      await call('post', `${url}/approve`, 409, {
        headers: { ...bob, 'If-Match': '"1"' },
        body: {},
      });
      const review = await call('patch', url, 200, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { status: 'in-review', result: { level: 'high' } },
      });
      await call('patch', url, 412, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { answers: {} },
      });
      await call('patch', url, 428, { body: { answers: {} } });
      await call('patch', url, 400, {
        headers: { ...alice, 'If-Match': review.headers.etag },
        body: { status: 'approved' },
      });
      await call('post', `${url}/approve`, 428, { headers: bob });
      await call('post', `${url}/approve`, 403, {
        headers: { ...alice, 'If-Match': review.headers.etag },
      });
      await call('post', `${url}/approve`, 400, {
        headers: { ...bob, 'If-Match': review.headers.etag },
        body: { approvedBy: 'user:default/bob' },
      });
      const approved = await call('post', `${url}/approve`, 200, {
        headers: { ...bob, 'If-Match': review.headers.etag },
      });
      expect(approved.body).toMatchObject({
        status: 'approved',
        approvedBy: 'user:default/bob',
      });
      await call('patch', url, 409, {
        headers: { ...alice, 'If-Match': approved.headers.etag },
        body: { answers: {} },
      });

      const impact = await call('post', `${entity}/assessments`, 201, {
        body: { type: 'impact', result: null },
      });
      await call('patch', `/assessments/${impact.body.id}`, 200, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { status: 'in-review' },
      });
      await call('post', `/assessments/${impact.body.id}/approve`, 200, {
        headers: { ...bob, 'If-Match': '"2"' },
        body: { note: 'Reviewed with legal.' },
      });

      await call('post', `${entity}/assessments`, 400, {
        body: { type: 'audit' },
      });
      await call('get', '/assessments/x', 400);
      await call('get', `/assessments/${randomUUID()}`, 404);
      await call('post', `/assessments/${randomUUID()}/approve`, 404, {
        headers: { ...bob, 'If-Match': '"1"' },
      });
      await call('get', '/entities/aisystem/default/ghost/assessments', 404);
    });
  });

  describe('scorecards', () => {
    it('scores an entity and rolls teams up', async () => {
      const card = await call('get', `${entity}/scorecard`, 200);
      expect(card.body).toMatchObject({
        entityRef: CREDIT,
        assessments: { riskApproved: true, impactApproved: true },
      });
      await call('get', '/entities/aisystem/default/fraud/scorecard', 200);
      await call('get', '/entities/aisystem/default/ghost/scorecard', 404);
      const teams = await call('get', '/scorecards?groupBy=owner', 200);
      expect(teams.body.items.length).toBeGreaterThan(0);
      await call('get', '/scorecards?groupBy=colour', 400);
      await call('get', '/scorecards', 400);
    });

    it('maps open risks and lists what is overdue', async () => {
      const map = await call('get', '/heatmap', 200);
      expect(map.body.inherent.length).toBeGreaterThan(0);
      await call(
        'get',
        `/heatmap?entityRef=${encodeURIComponent(CREDIT)}`,
        200,
      );
      await call('get', '/heatmap?entityRef=nonsense', 400);
      const overdue = await call('get', '/overdue?limit=10', 200);
      expect(Array.isArray(overdue.body.items)).toBe(true);
      await call('get', '/overdue?limit=0', 400);
    });
  });

  describe('catalog changes', () => {
    // The catalog here never changes, so the page is empty; answers with
    // change records are checked against the spec in service/changes.test.ts.
    it('lists the changes detected on an entity and answers the errors the spec lists', async () => {
      const page = await call('get', `${entity}/changes?limit=5`, 200);
      expect(page.body).toEqual({ items: [] });
      await call('get', `${entity}/changes?limit=0`, 400);
      await call('get', `${entity}/changes?cursor=nonsense`, 400);
      await call('get', '/entities/aisystem/default/nowhere/changes', 404);
      await call('get', `${entity}/changes`, 401, {
        headers: { Authorization: 'Bearer mock-none-token' },
      });
    });
  });

  describe('history', () => {
    it('lists the history newest first and verifies the chain', async () => {
      const first = await call(
        'get',
        `/history?entityRef=${encodeURIComponent(CREDIT)}&limit=3`,
        200,
      );
      expect(first.body.items).toHaveLength(3);
      const seqs = first.body.items.map((e: { seq: number }) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
      await call(
        'get',
        `/history?entityRef=${encodeURIComponent(CREDIT)}&limit=3&cursor=${
          first.body.nextCursor
        }`,
        200,
      );
      const all = await call('get', '/history?limit=200', 200, {
        headers: { Authorization: 'Bearer mock-service-token' },
      });
      expect(all.body.items.length).toBeGreaterThan(10);
      await call('get', '/history', 200);
      await call('get', '/history?cursor=nonsense', 400);
      await call('get', '/history?limit=1000', 400);
      await call('get', '/history?entityRef=', 400);
      const verify = await call('get', '/history/verify', 200);
      expect(verify.body).toEqual({ ok: true, checked: expect.any(Number) });
    });

    it('signs checkpoints of the head, lists them and verifies against them', async () => {
      const created = await call('post', '/history/checkpoints', 201);
      expect(created.body.algorithm).toBe('hmac-sha256');
      await call('post', '/history/checkpoints', 200, { body: {} });
      await call('post', '/history/checkpoints', 400, { body: { seq: 1 } });
      await call('post', '/history/checkpoints', 403, {
        headers: { Authorization: 'Bearer mock-service-token' },
      });
      const list = await call('get', '/history/checkpoints?limit=1', 200);
      expect(list.body.items).toEqual([created.body]);
      await call('get', '/history/checkpoints?cursor=nonsense', 400);
      const verify = await call('get', '/history/verify', 200);
      expect(verify.body).toMatchObject({
        ok: true,
        checkpoint: { seq: created.body.seq, keyId: created.body.keyId },
      });
    });
  });

  describe('exports', () => {
    it('exports the risk register and the Statement of Applicability as CSV', async () => {
      const risks = await call(
        'get',
        `/exports/risk-register.csv?entityRef=${encodeURIComponent(CREDIT)}`,
        200,
      );
      expect(risks.text.split('\r\n')[0]).toContain('"Risk id"');
      await call('get', '/exports/risk-register.csv', 200);
      const soa = await call(
        'get',
        `/exports/soa.csv?entityRef=${encodeURIComponent(CREDIT)}`,
        200,
      );
      expect(soa.text.trim().split('\r\n')).toHaveLength(
        ANNEX_A_CONTROL_IDS.length + 1,
      );
      await call('get', '/exports/soa.csv', 200);
      await call(
        'get',
        '/exports/soa.csv?entityRef=aisystem%3Adefault%2Fghost',
        404,
      );
      await call('get', '/exports/risk-register.csv?format=xlsx', 400);
      // With content in conformance/incidents.conformance.test.ts.
      await call('get', '/exports/incidents.csv', 200);
      await call('get', '/exports/corrective-actions.csv', 200);
    });
  });

  describe('onboarding', () => {
    it('creates a baseline once, replays it, and refuses a second one', async () => {
      const fraud = '/entities/aisystem/default/fraud';
      const baseline = {
        requestId: 'scaffolder:task-1:aisystem:default/fraud',
        assessment: {
          type: 'eu-ai-act-classification',
          answers: { annexIIIArea: 'none' },
          result: { tier: 'minimal', reasons: [], obligations: [] },
        },
        risks: [{ ...validRisk, owner: 'group:default/risk' }],
        controls: [
          { controlId: 'A.6.2.6', applicable: true, status: 'planned' },
          {
            controlId: 'A.10.3',
            applicable: false,
            justification: 'No AI supplier is involved.',
          },
        ],
      };
      const created = await call('post', `${fraud}/baseline`, 201, {
        body: baseline,
      });
      expect(created.body.risks).toHaveLength(1);
      await call('post', `${fraud}/baseline`, 200, { body: baseline });
      await call('post', `${fraud}/baseline`, 409, {
        body: { ...baseline, requestId: 'scaffolder:task-2' },
      });
      await call('post', `${fraud}/baseline`, 400, {
        body: { ...baseline, controls: [{ controlId: 'A.99' }] },
      });
      await call('post', '/entities/aisystem/default/ghost/baseline', 404, {
        body: baseline,
      });
    });
  });

  it('exercised every operation of the other tags with a success', () => {
    expect(
      unexercisedOperations(harness, {
        exceptTags: Object.keys(TAGS_WITH_OWN_FILE),
      }),
    ).toEqual([]);
  });

  it('has a conformance file for every tag said to have its own', () => {
    expect(missingConformanceFiles()).toEqual([]);
  });
});
