import {
  fieldErrorsOf,
  isConflictError,
} from '@aigov/plugin-ai-governance-common';
import { ResponseError } from '@backstage/errors';
import { AiGovernanceClient } from './AiGovernanceClient';

const BASE = 'http://localhost:7007/api/ai-governance';
const entity = { kind: 'AiSystem', namespace: 'default', name: 'credit' };

/** A client whose fetch answers `response` and records the request, as the FetchApi sees it. */
function clientAnswering(response: Response) {
  const fetch = jest.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) => response,
  );
  const client = new AiGovernanceClient({
    discoveryApi: { getBaseUrl: async id => `http://localhost:7007/api/${id}` },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return {
    client,
    request: () =>
      new Request(...(fetch.mock.calls[0] as [string, RequestInit])),
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('AiGovernanceClient', () => {
  it('sends the request through the fetchApi to the discovered base URL', async () => {
    const { client, request } = clientAnswering(json(200, { items: [] }));

    await expect(client.listControls(entity)).resolves.toEqual([]);
    expect(request().url).toBe(
      `${BASE}/entities/aisystem/default/credit/controls`,
    );
  });

  it('throws a ResponseError whose field problems fieldErrorsOf reads', async () => {
    const { client } = clientAnswering(
      json(400, {
        error: {
          name: 'InputError',
          message: 'Invalid request body',
          details: [{ path: 'title', message: 'must not be empty' }],
        },
      }),
    );

    const error = await client
      .createRisk(entity, { title: '', likelihood: 1, impact: 1 } as any)
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.cause.message).toBe('Invalid request body');
    expect(fieldErrorsOf(error)).toEqual([
      { path: 'title', message: 'must not be empty' },
    ]);
  });

  it('sends the version as If-Match, and a 412 is a conflict', async () => {
    const { client, request } = clientAnswering(
      json(412, {
        error: { name: 'PreconditionFailedError', message: 'changed' },
      }),
    );

    const error = await client
      .updateRisk('r1', 3, { title: 'New' })
      .catch(e => e);
    expect(request().headers.get('If-Match')).toBe('"3"');
    expect(isConflictError(error)).toBe(true);
  });
});
