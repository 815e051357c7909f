import type { Entity } from '@backstage/catalog-model';
import { alice, as, bob, testEntities } from '../../__testUtils__/backend';
import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';

/*
 * The answers of the policies and procedures of the management system
 * held to the spec: every operation with a success and the errors it lists.
 */

jest.setTimeout(60_000);

const member = (name: string, group: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: [group] },
  relations: [{ type: 'memberOf', targetRef: `group:default/${group}` }],
});
const board: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'board', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

describe('the policies and procedures', () => {
  // Bob sits on the board, which holds top-management; Alice writes.
  const harness = useConformanceBackend({
    entities: [
      ...testEntities,
      board,
      member('alice', 'risk'),
      member('bob', 'board'),
      member('carol', 'lending'),
    ],
  });
  const { call } = harness;
  const carol = as('user:default/carol');
  const asOf = (who: Record<string, string>, version: string) => ({
    headers: { ...who, 'If-Match': version },
  });

  it('creates, changes, versions, submits, approves and rejects, and answers the errors the spec lists', async () => {
    await call('put', '/aims/roles', 200, {
      ...asOf(alice, '"0"'),
      body: {
        roles: [{ role: 'top-management', holders: ['group:default/board'] }],
      },
    });
    const body = {
      kind: 'policy',
      topic: 'ai-policy',
      title: 'AI policy',
      owner: 'group:default/risk',
      content: { format: 'markdown', markdown: '# AI policy' },
    };
    const created = await call('post', '/aims/policies', 201, { body });
    await call('post', '/aims/policies', 400, { body: { ...body, kind: 'x' } });
    await call('get', '/aims/policies?kind=policy', 200);
    await call('get', '/aims/policies?kind=x', 400);
    const url = `/aims/policies/${created.body.id}`;
    await call('get', url, 200);
    await call(
      'get',
      '/aims/policies/0f3c7a52-5b8e-4d6a-9c2f-7e1d4b6a8c01',
      404,
    );
    await call('get', '/aims/policies/x', 400);

    await call('patch', url, 428, { body: { reviewMonths: 6 } });
    await call('patch', url, 412, {
      ...asOf(alice, '"7"'),
      body: { reviewMonths: 6 },
    });
    await call('patch', url, 400, { ...asOf(alice, '"1"'), body: {} });
    await call('patch', url, 409, {
      ...asOf(alice, '"1"'),
      body: { kind: 'procedure' },
    });
    await call('patch', url, 200, {
      ...asOf(alice, '"1"'),
      body: { reviewMonths: 6 },
    });

    const v1 = `${url}/versions/1`;
    await call('post', `${v1}/approve`, 409, asOf(bob, '"2"'));
    await call('post', `${v1}/submit`, 428);
    await call('post', `${v1}/submit`, 412, asOf(alice, '"1"'));
    await call('post', `${url}/versions/9/submit`, 404, asOf(alice, '"2"'));
    await call('post', `${url}/versions/0/submit`, 400, asOf(alice, '"2"'));
    await call('post', `${v1}/submit`, 200, asOf(alice, '"2"'));
    await call('post', `${v1}/approve`, 428, { headers: bob });
    await call('post', `${v1}/approve`, 403, asOf(carol, '"3"'));
    await call('post', `${v1}/approve`, 412, asOf(bob, '"1"'));
    await call('post', `${v1}/approve`, 400, {
      ...asOf(bob, '"3"'),
      body: { effectiveFrom: 'soon' },
    });
    await call('post', `${v1}/approve`, 200, {
      ...asOf(bob, '"3"'),
      body: { effectiveFrom: '2027-01-01' },
    });

    const draft = {
      content: { format: 'url', url: 'https://intranet.example.com/ai' },
      changeSummary: 'Moved to the intranet',
    };
    await call('post', `${url}/versions`, 400, { body: { content: {} } });
    await call('post', `${url}/versions`, 412, {
      ...asOf(alice, '"1"'),
      body: draft,
    });
    await call('post', `${url}/versions`, 201, { body: draft });
    await call('post', `${url}/versions`, 409, { body: draft });
    await call(
      'post',
      '/aims/policies/0f3c7a52-5b8e-4d6a-9c2f-7e1d4b6a8c01/versions',
      404,
      {
        body: draft,
      },
    );
    const v2 = `${url}/versions/2`;
    await call('post', `${v2}/reject`, 409, {
      ...asOf(bob, '"5"'),
      body: { reason: 'Not yet submitted' },
    });
    await call('post', `${v2}/submit`, 200, asOf(alice, '"5"'));
    await call('post', `${v2}/reject`, 428, {
      headers: bob,
      body: { reason: 'x' },
    });
    await call('post', `${v2}/reject`, 400, asOf(bob, '"6"'));
    await call('post', `${v2}/reject`, 403, {
      ...asOf(carol, '"6"'),
      body: { reason: 'x' },
    });
    await call('post', `${v2}/reject`, 412, {
      ...asOf(bob, '"1"'),
      body: { reason: 'x' },
    });
    await call('post', `${url}/versions/9/reject`, 404, {
      ...asOf(bob, '"6"'),
      body: { reason: 'x' },
    });
    await call('post', `${url}/versions/9/approve`, 404, asOf(bob, '"6"'));
    await call(
      'patch',
      '/aims/policies/0f3c7a52-5b8e-4d6a-9c2f-7e1d4b6a8c01',
      404,
      {
        ...asOf(alice, '"1"'),
        body: { title: 'x' },
      },
    );
    const rejected = await call('post', `${v2}/reject`, 200, {
      ...asOf(bob, '"6"'),
      body: { reason: 'Keep the text in the portal' },
    });
    expect(rejected.body.currentVersion).toBe(1);
  });

  it('exercised every operation of its tag with a success', () => {
    expect(unexercisedOperations(harness, { tags: ['AIMS policies'] })).toEqual(
      [],
    );
  });
});
