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

  it("asks for the caller's open tasks with the filter as the query", async () => {
    const { client, request } = clientAnswering(json(200, { items: [] }));

    await expect(
      client.listTasks({ assignee: 'me', status: 'open', limit: 100 }),
    ).resolves.toEqual({ items: [] });
    const url = new URL(request().url);
    expect(url.pathname).toBe('/api/ai-governance/tasks');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      assignee: 'me',
      status: 'open',
      limit: '100',
    });
  });

  it('reads the tasks and the change log of one entity', async () => {
    const tasks = clientAnswering(json(200, { items: [] }));
    await tasks.client.listEntityTasks(entity);
    expect(tasks.request().url).toBe(
      `${BASE}/entities/aisystem/default/credit/tasks`,
    );

    const changes = clientAnswering(json(200, { items: [] }));
    await changes.client.listChanges(entity, { limit: 50 });
    expect(changes.request().url).toBe(
      `${BASE}/entities/aisystem/default/credit/changes?limit=50`,
    );
  });

  it('completes a task at its version with the outcome and evidence', async () => {
    const { client, request } = clientAnswering(json(200, { id: 't1' }));

    await client.completeTask('t1', 2, {
      outcome: 'Revalidated',
      evidenceIds: ['e1'],
    });
    const sent = request();
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe(`${BASE}/tasks/t1/complete`);
    expect(sent.headers.get('If-Match')).toBe('"2"');
    expect(await sent.json()).toEqual({
      outcome: 'Revalidated',
      evidenceIds: ['e1'],
    });
  });

  it('dismisses a task at its version for a reason', async () => {
    const { client, request } = clientAnswering(json(200, { id: 't1' }));

    await client.dismissTask('t1', 4, 'Not material');
    const sent = request();
    expect(sent.url).toBe(`${BASE}/tasks/t1/dismiss`);
    expect(sent.headers.get('If-Match')).toBe('"4"');
    expect(await sent.json()).toEqual({ reason: 'Not material' });
  });

  it('passes the incident calls on to the client of -common', async () => {
    const { client, request } = clientAnswering(
      json(200, { items: [{ id: 'i1' }] }),
    );

    const page = await client.listIncidents({ serious: true });
    expect(page.items).toEqual([{ id: 'i1' }]);
    expect(request().url).toBe(`${BASE}/incidents?serious=true`);
  });
});
