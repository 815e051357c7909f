import { AiGovernanceApiClient } from '../AiGovernanceApiClient';

/** A client over a fake fetch that records what would go over the wire. */

export const BASE = 'http://localhost:7007/api/ai-governance';
export const entity = {
  kind: 'AiSystem',
  namespace: 'default',
  name: 'credit-scoring',
};
export const ENTITY_URL = `${BASE}/entities/aisystem/default/credit-scoring`;

export interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
}

export function setup(
  options: { getToken?: () => Promise<string | undefined> } = {},
) {
  const sent: Sent[] = [];
  const answers: Response[] = [];
  const fetch = jest.fn(
    async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      sent.push({
        url: request.url,
        method: request.method,
        headers: Object.fromEntries(request.headers.entries()),
        body: await request.text(),
        signal: request.signal,
      });
      return answers.shift() ?? json(200, {});
    },
  );
  const client = new AiGovernanceApiClient({
    discoveryApi: {
      getBaseUrl: async pluginId => `http://localhost:7007/api/${pluginId}`,
    },
    fetchApi: { fetch: fetch as typeof globalThis.fetch },
    ...options,
  });
  const answer = (...responses: Response[]) => answers.push(...responses);
  return { client, sent, answer, fetch };
}

/**
 * A client whose fetch answers `response` (with `token` from `getToken`
 * when given); `request()` is the first request it sent, built anew each
 * time so its body can be read again.
 */
export function clientAnswering(response: Response, token?: string) {
  const { client, fetch, answer } = setup(
    token ? { getToken: async () => token } : {},
  );
  answer(response);
  return {
    client,
    request: () =>
      new Request(...(fetch.mock.calls[0] as [string, RequestInit])),
  };
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad Request',
  412: 'Precondition Failed',
};

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return new Response(JSON.stringify(body), {
    status,
    statusText: STATUS_TEXT[status],
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/** The API's error answer `{ error: { name, message, details } }` with `status`. */
export function apiError(
  status: number,
  name: string,
  message: string,
  details?: Array<{ path: string; message: string }>,
) {
  return json(status, { error: { name, message, details } });
}
