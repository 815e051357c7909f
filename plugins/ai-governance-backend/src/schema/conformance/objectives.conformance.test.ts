import { alice } from '../../__testUtils__/backend';
import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';

/*
 * The answers of the objectives of the management system held to the
 * spec: set, read with their value and trend, changed under If-Match, and
 * the errors the spec lists.
 */

jest.setTimeout(60_000);

/** No credentials. */
const NOBODY = { Authorization: 'Bearer mock-none-token' };

const objective = {
  title: 'Ready for the stage 1 audit',
  owner: 'group:default/risk',
  measure: 'clause-readiness',
  target: { value: 80, direction: 'at-least' },
  dueDate: '2099-03-31',
};

describe('the objectives of the management system', () => {
  const harness = useConformanceBackend();
  const { call } = harness;

  it('sets, lists and reads objectives, and answers the errors the spec lists', async () => {
    const created = await call('post', '/aims/objectives', 201, {
      body: objective,
    });
    expect(created.body.trend).toHaveLength(1);
    await call('post', '/aims/objectives', 400, {
      body: { ...objective, target: { value: 120, direction: 'at-least' } },
    });
    await call('post', '/aims/objectives', 401, {
      headers: NOBODY,
      body: objective,
    });
    const list = await call('get', '/aims/objectives?since=2026-01-01', 200);
    expect(list.body.items).toHaveLength(1);
    await call('get', '/aims/objectives?since=soon', 400);
    await call('get', '/aims/objectives', 401, { headers: NOBODY });

    const url = `/aims/objectives/${created.body.id}`;
    await call('get', url, 200);
    await call('get', `${url}?since=2026-01-01`, 200);
    await call('get', '/aims/objectives/not-a-uuid', 400);
    await call(
      'get',
      '/aims/objectives/00000000-0000-4000-8000-000000000000',
      404,
    );
    await call('get', url, 401, { headers: NOBODY });
  });

  it('changes an objective under If-Match and answers the errors the spec lists', async () => {
    const { body } = await call('post', '/aims/objectives', 201, {
      body: {
        ...objective,
        title: 'Fewer overdue tasks',
        measure: 'overdue-tasks',
        target: { value: 3, direction: 'at-most' },
      },
    });
    const url = `/aims/objectives/${body.id}`;
    const at = (version: string) => ({ ...alice, 'If-Match': version });
    await call('patch', url, 428, { body: { title: 'No If-Match' } });
    await call('patch', url, 412, {
      headers: at('"7"'),
      body: { title: 'Stale' },
    });
    await call('patch', url, 400, {
      headers: at('"1"'),
      body: { target: { value: 2.5, direction: 'at-most' } },
    });
    await call(
      'patch',
      '/aims/objectives/00000000-0000-4000-8000-000000000000',
      404,
      {
        headers: at('"1"'),
        body: { title: 'Nobody' },
      },
    );
    await call('patch', url, 401, {
      headers: NOBODY,
      body: { title: 'Anonymous' },
    });
    const changed = await call('patch', url, 200, {
      headers: at('"1"'),
      body: { dueDate: '2099-06-30' },
    });
    expect(changed.headers.etag).toBe('"2"');
  });

  it('exercised every operation of its tag with a success', () => {
    expect(
      unexercisedOperations(harness, { tags: ['AIMS objectives'] }),
    ).toEqual([]);
  });
});
