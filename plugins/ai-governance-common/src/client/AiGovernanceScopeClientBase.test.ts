import { isConflictError } from './errors';
import { apiError, BASE, clientAnswering, json } from './__testUtils__/fakeApi';

/*
 * The scope and roles calls of the client against a fake fetch: what goes
 * over the wire, and how a refusal comes back.
 */

const scope = {
  id: 'scope',
  version: 0,
  defined: false,
  statement: '',
  systems: [{ entityRef: 'aisystem:default/chat', inScope: false }],
};
const roles = {
  id: 'roles',
  version: 3,
  defined: true,
  roles: [{ role: 'top-management', holders: ['group:default/board'] }],
};

describe('AiGovernanceApiClient AIMS scope and roles', () => {
  it('reads the scope and records it at the version read', async () => {
    const read = clientAnswering(json(200, scope));
    const got = await read.client.getAimsScope();
    expect(read.request().url).toBe(`${BASE}/aims/scope`);
    expect(got.defined).toBe(false);
    expect(got.systems[0].inScope).toBe(false);

    const body = {
      statement: 'All AI systems of retail banking',
      organisationRoles: ['deployer' as const],
    };
    const put = clientAnswering(json(200, { ...scope, version: 1 }));
    expect((await put.client.updateAimsScope(0, body)).version).toBe(1);
    expect(put.request().method).toBe('PUT');
    expect(put.request().headers.get('If-Match')).toBe('"0"');
    expect(await put.request().json()).toEqual(body);
  });

  it('reads the roles and records them at the version read', async () => {
    const read = clientAnswering(json(200, roles));
    expect((await read.client.getAimsRoles()).roles[0].holders).toEqual([
      'group:default/board',
    ]);
    expect(read.request().url).toBe(`${BASE}/aims/roles`);

    const body = {
      roles: [{ role: 'risk-owner' as const, holders: ['user:default/ada'] }],
    };
    const put = clientAnswering(json(200, { ...roles, version: 4 }));
    await put.client.updateAimsRoles(3, body);
    expect(put.request().url).toBe(`${BASE}/aims/roles`);
    expect(put.request().headers.get('If-Match')).toBe('"3"');
    expect(await put.request().json()).toEqual(body);
  });

  it('throws a stale change as a conflict and a bad holder with the field it names', async () => {
    const stale = clientAnswering(
      apiError(412, 'PreconditionFailedError', 'The AIMS roles were changed'),
    );
    const error = await stale.client
      .updateAimsRoles(1, { roles: [] })
      .catch(e => e);
    expect(isConflictError(error)).toBe(true);

    const bad = clientAnswering(
      apiError(400, 'InputError', 'Invalid roles', [
        {
          path: 'roles[0].holders[0]',
          message: 'must be a user or group the catalog knows',
        },
      ]),
    );
    const refused = await bad.client
      .updateAimsRoles(1, {
        roles: [{ role: 'aims-owner', holders: ['user:default/ghost'] }],
      })
      .catch(e => e);
    expect(refused.response.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('roles[0].holders[0]');
  });
});
