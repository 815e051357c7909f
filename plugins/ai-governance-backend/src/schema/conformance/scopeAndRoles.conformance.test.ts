import { alice, testEntities } from '../../__testUtils__/backend';
import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';

/*
 * The answers of the AIMS scope and roles held to the spec: the default
 * records, recording each at version 0 and then at the version read, and
 * the errors the spec lists. (The 403 of a user without the permission is
 * in service/aimsScope.test.ts and service/aimsRoles.test.ts.)
 */

jest.setTimeout(60_000);

/** No credentials. */
const NOBODY = { Authorization: 'Bearer mock-none-token' };

const scope = {
  statement: 'Every AI system of the lending business.',
  boundaries: 'Retail lending only.',
  filter: {
    exclusions: [
      {
        entityRef: 'aisystem:default/fraud',
        justification: 'Run by the payments business, with its own AIMS.',
      },
    ],
  },
  issues: [{ kind: 'external', description: 'EU AI Act obligations' }],
  interestedParties: [
    {
      name: 'Applicants',
      requirements: ['Explanations of credit decisions'],
      feedback: [{ date: '2026-11-02', text: 'Asked why a loan was refused' }],
    },
  ],
  organisationRoles: ['deployer'],
};

describe('AIMS scope and roles', () => {
  const harness = useConformanceBackend({ entities: testEntities });
  const { call } = harness;

  it('answers the scope, records it under If-Match, and the errors the spec lists', async () => {
    const first = await call('get', '/aims/scope', 200);
    expect(first.body).toMatchObject({ version: 0, defined: false });
    expect(first.body.systems).toHaveLength(2);
    await call('get', '/aims/scope', 401, { headers: NOBODY });

    const put = (expected: number, ifMatch?: string, body: unknown = scope) =>
      call('put', '/aims/scope', expected, {
        headers: {
          ...(ifMatch === undefined ? {} : { 'If-Match': ifMatch }),
          ...alice,
        },
        body,
      });
    const saved = await put(200, '"0"');
    expect(saved.body.systems).toContainEqual(
      expect.objectContaining({
        entityRef: 'aisystem:default/fraud',
        inScope: false,
      }),
    );
    await put(412, '"0"');
    await put(428);
    await put(400, '"1"', { statement: '' });
    await put(413, '"1"', { statement: 'x'.repeat(1_100_000) });
    await call('put', '/aims/scope', 401, {
      headers: { ...NOBODY, 'If-Match': '"1"' },
      body: scope,
    });
  });

  it('answers the roles, records them under If-Match, and the errors the spec lists', async () => {
    const first = await call('get', '/aims/roles', 200);
    expect(first.body).toMatchObject({ version: 0, defined: false });
    await call('get', '/aims/roles', 401, { headers: NOBODY });

    const body = {
      roles: [{ role: 'risk-owner', holders: ['group:default/lending'] }],
    };
    const put = (expected: number, ifMatch?: string, sent: unknown = body) =>
      call('put', '/aims/roles', expected, {
        headers: {
          ...(ifMatch === undefined ? {} : { 'If-Match': ifMatch }),
          ...alice,
        },
        body: sent,
      });
    const saved = await put(200, '"0"');
    expect(saved.body.version).toBe(1);
    await put(412, '"0"');
    await put(428);
    await put(400, '"1"', {
      roles: [{ role: 'risk-owner', holders: ['group:default/nowhere'] }],
    });
    await put(413, '"1"', {
      roles: [{ role: 'risk-owner', responsibilities: 'x'.repeat(1_100_000) }],
    });
    await call('put', '/aims/roles', 401, {
      headers: { ...NOBODY, 'If-Match': '"1"' },
      body,
    });
  });

  it('exercised every operation of its tag with a success', () => {
    expect(
      unexercisedOperations(harness, { tags: ['AIMS scope and roles'] }),
    ).toEqual([]);
  });
});
