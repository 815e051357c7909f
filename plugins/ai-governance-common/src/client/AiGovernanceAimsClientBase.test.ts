import { ResponseError } from '@backstage/errors';
import { apiError, BASE, clientAnswering, json } from './__testUtils__/fakeApi';

/*
 * The clause gap assessment calls of the client against a fake fetch: what
 * goes over the wire and how a stale assessment comes back.
 */

describe('AiGovernanceApiClient clause gap assessment', () => {
  it('lists the clauses with their readiness', async () => {
    const readiness = { overall: { counted: 0 }, clauses: [] };
    const { client, request } = clientAnswering(
      json(200, { items: [{ id: '4', status: 'not-assessed' }], readiness }),
    );
    const list = await client.listAimsClauses();
    expect(request().url).toBe(`${BASE}/aims/clauses`);
    expect(list.items.map(c => c.id)).toEqual(['4']);
    expect(list.readiness).toEqual(readiness);
  });

  it('assesses a clause at the version read, and without If-Match the first time', async () => {
    const first = clientAnswering(json(200, { id: '6.1.2', version: 1 }));
    await first.client.putAimsClause('6.1.2', undefined, { status: 'gap' });
    const sent = first.request();
    expect(sent.method).toBe('PUT');
    expect(sent.url).toBe(`${BASE}/aims/clauses/6.1.2`);
    expect(sent.headers.get('If-Match')).toBeNull();
    expect(await sent.json()).toEqual({ status: 'gap' });

    const again = clientAnswering(json(200, { id: '6.1.2', version: 3 }));
    await again.client.putAimsClause('6.1.2', 2, { status: 'partial' });
    expect(again.request().headers.get('If-Match')).toBe('"2"');
  });

  it('throws a stale assessment as a ResponseError with the 412', async () => {
    const { client } = clientAnswering(
      apiError(412, 'PreconditionFailedError', 'Clause 5.2 was changed'),
    );
    const error = await client
      .putAimsClause('5.2', 1, { status: 'gap' })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.response.status).toBe(412);
  });
});
