import { ResponseError } from '@backstage/errors';
import { isConflictError } from './errors';
import { apiError, BASE, clientAnswering, json } from './__testUtils__/fakeApi';

/*
 * The objective calls of the client against a fake fetch: what goes over
 * the wire, and how a refusal comes back.
 */

const objective = {
  id: 'o1',
  title: 'No open critical risks',
  measure: 'open-critical-risks',
  version: 3,
  trend: [{ day: '2026-12-06', value: 2 }],
};

const body = {
  title: 'No open critical risks',
  owner: 'group:default/ai-governance-office',
  measure: 'open-critical-risks' as const,
  target: { value: 0, direction: 'at-most' as const },
  dueDate: '2027-06-30',
};

describe('AiGovernanceApiClient objectives', () => {
  it('lists the objectives with their trend from a day', async () => {
    const { client, request } = clientAnswering(
      json(200, { items: [objective] }),
    );
    const list = await client.listObjectives({ since: '2026-09-01' });
    expect(request().url).toBe(`${BASE}/aims/objectives?since=2026-09-01`);
    expect(list.map(o => o.trend)).toEqual([[{ day: '2026-12-06', value: 2 }]]);
  });

  it('reads, sets, and changes at the version read', async () => {
    const read = clientAnswering(json(200, objective));
    expect((await read.client.getObjective('o1')).version).toBe(3);
    expect(read.request().url).toBe(`${BASE}/aims/objectives/o1`);

    const set = clientAnswering(json(201, objective));
    await set.client.createObjective(body);
    expect(set.request().method).toBe('POST');
    expect(await set.request().json()).toEqual(body);

    const changed = clientAnswering(json(200, objective));
    await changed.client.updateObjective('o1', 3, { dueDate: '2027-12-31' });
    expect(changed.request().method).toBe('PATCH');
    expect(changed.request().url).toBe(`${BASE}/aims/objectives/o1`);
    expect(changed.request().headers.get('If-Match')).toBe('"3"');
    expect(await changed.request().json()).toEqual({ dueDate: '2027-12-31' });
  });

  it('throws a stale change as a conflict and a bad target with the field it names', async () => {
    const stale = clientAnswering(
      apiError(
        412,
        'PreconditionFailedError',
        'Objective o1 was changed by someone else',
      ),
    );
    const error = await stale.client
      .updateObjective('o1', 1, { title: 'x' })
      .catch(e => e);
    expect(isConflictError(error)).toBe(true);

    const refused = clientAnswering(
      apiError(400, 'InputError', 'Invalid objective', [
        {
          path: 'target.value',
          message: 'must be a percentage from 0 to 100 for this measure',
        },
      ]),
    );
    const bad = await refused.client
      .createObjective({
        ...body,
        measure: 'clause-readiness',
        target: { value: 120, direction: 'at-least' },
      })
      .catch(e => e);
    expect(bad).toBeInstanceOf(ResponseError);
    expect(bad.body.error.details[0].path).toBe('target.value');
  });
});
