import { randomUUID } from 'node:crypto';
import { alice, bob, CREDIT } from '../../__testUtils__/backend';
import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';
import { addRisks, ENTITY, fullRisk } from '../__testUtils__/records';

/*
 * The answers of the assessments of an AI system held to the spec, with
 * what is scored from them (the scorecards, the heat map, what is overdue)
 * and the baseline the onboarding templates create, and the errors the
 * spec lists.
 */

jest.setTimeout(60_000);

describe('the answers of the ai-governance API', () => {
  const harness = useConformanceBackend();
  const { call } = harness;
  // The heat map places open risks only.
  beforeAll(() => addRisks(harness, 1));

  describe('assessments', () => {
    it('is started, reviewed and approved by someone else', async () => {
      const created = await call('post', `${ENTITY}/assessments`, 201, {
        body: {
          type: 'risk',
          answers: { scope: 'Retail lending', affected: ['applicants'] },
        },
      });
      const url = `/assessments/${created.body.id}`;
      expect(created.body).toMatchObject({ status: 'draft', result: null });
      await call('get', url, 200, { headers: bob });
      await call('get', `${ENTITY}/assessments`, 200);

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

      const impact = await call('post', `${ENTITY}/assessments`, 201, {
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

      await call('post', `${ENTITY}/assessments`, 400, {
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
      const card = await call('get', `${ENTITY}/scorecard`, 200);
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
        risks: [{ ...fullRisk, owner: 'group:default/risk' }],
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

  it('exercised every operation of its tags with a success', () => {
    expect(
      unexercisedOperations(harness, {
        tags: ['Assessments', 'Scorecards', 'Onboarding'],
      }),
    ).toEqual([]);
  });
});
