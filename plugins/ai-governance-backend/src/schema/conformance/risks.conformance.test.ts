import { randomUUID } from 'node:crypto';
import { ANNEX_A_CONTROL_IDS } from '@aigov/plugin-ai-governance-common';
import { alice, bob } from '../../__testUtils__/backend';
import { riskWrongInFiveFields } from '../../__testUtils__/fixtures';
import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';
import { ENTITY, fullRisk } from '../__testUtils__/records';
import { requestBodyProblems } from '../__testUtils__/spec';

/*
 * The answers of the Annex A library and the risk register of an AI system
 * held to the spec: risks created, changed, paged, accepted by someone else
 * and decided on, and the errors the spec lists.
 */

jest.setTimeout(60_000);

describe('the answers of the ai-governance API', () => {
  const harness = useConformanceBackend();
  const { call } = harness;
  let riskId: string;

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
      const created = await call('post', `${ENTITY}/risks`, 201, {
        body: fullRisk,
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
        await call('post', `${ENTITY}/risks`, 201, {
          body: {
            title: `Minimal ${i}`,
            category: 'privacy',
            lifecycleStage: 'data',
            likelihood: 1,
            impact: 2,
          },
        });
      }
      const first = await call('get', `${ENTITY}/risks?limit=2`, 200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await call(
        'get',
        `${ENTITY}/risks?limit=2&cursor=${first.body.nextCursor}`,
        200,
      );
      expect(second.body.nextCursor).toBeUndefined();
    });

    it('answers the errors the spec lists', async () => {
      const bad = riskWrongInFiveFields;
      const invalid = await call('post', `${ENTITY}/risks`, 400, { body: bad });
      expect(invalid.body.error.details.length).toBeGreaterThanOrEqual(5);
      expect(
        requestBodyProblems(
          'POST /entities/{kind}/{namespace}/{name}/risks',
          bad,
        ),
      ).toEqual(expect.any(String));
      await call('post', `${ENTITY}/risks`, 400, {
        raw: { bytes: Buffer.from('{"title": '), type: 'application/json' },
      });
      await call('post', `${ENTITY}/risks`, 413, {
        raw: {
          bytes: Buffer.from(
            JSON.stringify({
              ...fullRisk,
              description: 'x'.repeat(1_100_000),
            }),
          ),
          type: 'application/json',
        },
      });
      await call('post', '/entities/aisystem/default/ghost/risks', 404, {
        body: fullRisk,
      });
      await call('get', '/entities/aisystem/default/ghost/risks', 404);
      await call('get', `${ENTITY}/risks?cursor=nonsense`, 400);
      await call('get', `${ENTITY}/risks?limit=0`, 400);
      await call('get', `${ENTITY}/risks?limit=201`, 400);
      await call('get', `${ENTITY}/risks?sort=title`, 400);
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

      const closed = await call('post', `${ENTITY}/risks`, 201, {
        body: { ...fullRisk, title: 'Closed one', status: 'closed' },
      });
      await call('post', `/risks/${closed.body.id}/accept`, 409, {
        headers: { ...bob, 'If-Match': '"1"' },
        body: { expiresAt: '2099-01-01' },
      });
    });

    it('confirms and dismisses proposed risks', async () => {
      const proposed = await call('post', `${ENTITY}/risks`, 201, {
        body: { ...fullRisk, title: 'Proposed one', status: 'proposed' },
      });
      const ids = [proposed.body.id];
      await call('post', `${ENTITY}/risks/decisions`, 400, {
        body: { ids, decision: 'dismiss' },
      });
      const confirmed = await call('post', `${ENTITY}/risks/decisions`, 200, {
        body: { ids, decision: 'confirm' },
      });
      expect(confirmed.body.items[0].status).toBe('open');
      await call('post', `${ENTITY}/risks/decisions`, 409, {
        body: { ids, decision: 'dismiss', reason: 'A duplicate' },
      });
    });
  });

  it('exercised every operation of its tags with a success', () => {
    expect(
      unexercisedOperations(harness, { tags: ['Library', 'Risks'] }),
    ).toEqual([]);
  });
});
