import type {
  Assessment,
  BaselineResult,
  ControlPut,
  EntityControl,
  EntityScorecard,
  Evidence,
  EvidenceCreate,
  HistoryEvent,
  Risk,
  RiskCreate,
  RiskPatch,
  TeamScorecard,
} from '..';
import type { AiGovernanceSchemas } from '../schema/openapi';
import { AiGovernanceApiClient } from './AiGovernanceApiClient';
import { BASE, json, setup } from './__testUtils__/fakeApi';

/*
 * How the client uses fetch whatever the call: a URL and init a FetchApi
 * can build its own Request from, a binary body byte for byte, the token
 * and the abort signal; and the spec's types it is written against.
 */

describe('AiGovernanceApiClient', () => {
  it('hands fetch a URL and init, so a FetchApi that builds its own Request can send the body', async () => {
    // Backstage's FetchApi middleware makes a new Request from its input
    // more than once; that fails for a Request whose body was read.
    const seen: Array<{ input: unknown; body: string }> = [];
    const client = new AiGovernanceApiClient({
      discoveryApi: { getBaseUrl: async () => BASE },
      fetchApi: {
        fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
          const first = new Request(input, init);
          const again = new Request(input, init);
          seen.push({ input, body: await again.text() });
          await first.text();
          return json(201, { id: 'r1', version: 1 });
        },
      },
    });
    await client.createRisk(
      { kind: 'AiSystem', namespace: 'default', name: 'x' },
      {
        title: 'Drift',
        category: 'robustness',
        lifecycleStage: 'operation',
        likelihood: 2,
        impact: 3,
      },
    );
    expect(typeof seen[0].input).toBe('string');
    expect(JSON.parse(seen[0].body)).toMatchObject({ title: 'Drift' });
  });

  it('uploads the exact bytes of a binary file', async () => {
    const sentBytes: Uint8Array[] = [];
    const client = new AiGovernanceApiClient({
      discoveryApi: { getBaseUrl: async () => BASE },
      fetchApi: {
        fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
          sentBytes.push(
            new Uint8Array(await new Request(input, init).arrayBuffer()),
          );
          return json(200, { id: 'e1' });
        },
      },
    });
    const bytes = new Uint8Array(
      Array.from({ length: 512 }, (_, i) => (i * 7) % 256),
    );
    await client.uploadEvidenceContent('e1', new Blob([bytes]));
    expect(Buffer.compare(Buffer.from(sentBytes[0]), Buffer.from(bytes))).toBe(
      0,
    );
  });

  it('sends a token given per call, else the one getToken gives', async () => {
    const getToken = jest.fn(async () => 'service-token');
    const { client, sent } = setup({ getToken });
    await client.getRisk('r1', { token: 'user-token' });
    await client.getRisk('r1');
    expect(sent.map(s => s.headers.authorization)).toEqual([
      'Bearer user-token',
      'Bearer service-token',
    ]);
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('passes the abort signal on', async () => {
    const { client, sent } = setup();
    const controller = new AbortController();
    await client.getRisk('r1', { signal: controller.signal });
    expect(sent[0].signal.aborted).toBe(false);
    controller.abort();
    expect(sent[0].signal.aborted).toBe(true);
  });

  // Checked by yarn tsc, not at run time: every body the spec allows, the
  // client takes; what it answers fits the hand-written record types.
  it('has spec types that fit the zod inputs and the record types', () => {
    const fits = (s: AiGovernanceSchemas) => {
      const bodies: [RiskCreate, RiskPatch, ControlPut, EvidenceCreate] = [
        s.RiskCreate,
        s.RiskPatch,
        s.ControlPut,
        s.EvidenceCreate,
      ];
      const records: [
        Risk,
        EntityControl,
        Evidence,
        Assessment,
        HistoryEvent,
        BaselineResult,
        EntityScorecard,
        TeamScorecard,
      ] = [
        s.Risk,
        s.EntityControl,
        s.Evidence,
        s.Assessment,
        s.HistoryEvent,
        s.Baseline,
        s.EntityScorecard,
        s.TeamScorecard,
      ];
      return { bodies, records };
    };
    expect(typeof fits).toBe('function');
  });
});
