import type { Entity } from '@backstage/catalog-model';
import { testEntities } from '../../__testUtils__/backend';
import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';

/*
 * The answers of the training operations held to the spec: the course
 * catalogue, alice recording and reading her training, coverage of the
 * organisation and of one team, and the errors the spec lists. (The 403s
 * of a conditional decision are in service/training.test.ts.)
 */

jest.setTimeout(60_000);

/** No credentials. */
const NOBODY = { Authorization: 'Bearer mock-none-token' };

/** Alice, of the lending team, is the catalog's one person. */
const alice: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'alice', namespace: 'default' },
  spec: { memberOf: ['lending'] },
  relations: [{ type: 'memberOf', targetRef: 'group:default/lending' }],
};
const ALICE = 'user:default/alice';

describe('training', () => {
  const harness = useConformanceBackend({
    entities: [...testEntities, alice],
  });
  const { call } = harness;

  it('answers the course catalogue', async () => {
    const { body } = await call('get', '/training/courses', 200);
    expect(body.items.length).toBeGreaterThan(0);
    await call('get', '/training/courses', 401, { headers: NOBODY });
  });

  it('records and lists training, and answers the errors the spec lists', async () => {
    const created = await call('post', '/training-records', 201, {
      body: {
        userRef: ALICE,
        courseId: 'ai-literacy',
        completedAt: '2026-01-15',
        evidence: 'https://lms.example.com/cert/1',
      },
    });
    expect(created.body).toMatchObject({ expiresAt: '2027-01-15' });
    await call('post', '/training-records', 201, {
      body: {
        userRef: ALICE,
        courseId: 'high-risk-obligations',
        completedAt: '2026-01-15',
        expiresAt: null,
      },
    });
    await call('post', '/training-records', 400, {
      body: { userRef: ALICE, courseId: 'knitting', completedAt: '2026-01-15' },
    });
    await call('post', '/training-records', 400, { body: { userRef: 'x' } });
    await call('post', '/training-records', 401, {
      headers: NOBODY,
      body: {
        userRef: ALICE,
        courseId: 'ai-literacy',
        completedAt: '2026-01-15',
      },
    });
    await call('post', '/training-records', 413, {
      body: { userRef: ALICE, evidence: 'x'.repeat(1_100_000) },
    });

    const mine = await call(
      'get',
      `/training-records?user=${ALICE}&course=ai-literacy&status=current`,
      200,
    );
    expect(mine.body.items).toHaveLength(1);
    await call('get', '/training-records?team=group:default/lending', 200);
    await call('get', '/training-records?status=later', 400);
    await call('get', '/training-records', 401, { headers: NOBODY });
  });

  it('answers coverage of the organisation and of one team', async () => {
    const all = await call('get', '/training/coverage', 200);
    expect(all.body.total).toMatchObject({ members: 1, covered: 1 });
    await call('get', '/training/coverage?team=group:default/lending', 200);
    await call('get', '/training/coverage?team=group:default/nope', 400);
    await call('get', '/training/coverage', 401, { headers: NOBODY });
  });

  it('exercised every operation of its tag with a success', () => {
    expect(unexercisedOperations(harness, { tags: ['Training'] })).toEqual([]);
  });
});
