import { ANNEX_A_CONTROL_IDS } from '@aigov/plugin-ai-governance-common';
import { CREDIT } from '../../__testUtils__/backend';
import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';
import { addRisks, ENTITY } from '../__testUtils__/records';

/*
 * The answers of the change history (its pages, its verification and its
 * signed checkpoints), the catalog changes detected on an AI system and the
 * CSV exports held to the spec, with the errors it lists.
 */

jest.setTimeout(60_000);

describe('the answers of the ai-governance API', () => {
  const harness = useConformanceBackend({
    config: {
      aiGovernance: {
        integrity: {
          checkpoints: { secret: 'a conformance test secret of 32+ bytes' },
        },
      },
    },
  });
  const { call } = harness;
  // More than ten events, so the history has pages to turn.
  beforeAll(() => addRisks(harness, 11));

  describe('catalog changes', () => {
    // The catalog here never changes, so the page is empty; answers with
    // change records are checked against the spec in service/changes.test.ts.
    it('lists the changes detected on an entity and answers the errors the spec lists', async () => {
      const page = await call('get', `${ENTITY}/changes?limit=5`, 200);
      expect(page.body).toEqual({ items: [] });
      await call('get', `${ENTITY}/changes?limit=0`, 400);
      await call('get', `${ENTITY}/changes?cursor=nonsense`, 400);
      await call('get', '/entities/aisystem/default/nowhere/changes', 404);
      await call('get', `${ENTITY}/changes`, 401, {
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

  it('exercised every operation of its tags with a success', () => {
    expect(
      unexercisedOperations(harness, {
        tags: ['History', 'Changes', 'Exports'],
      }),
    ).toEqual([]);
  });
});
