import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import type { JsonValue } from '@backstage/types';
import { createAssessmentCreateAction } from './assessmentCreate';

/*
 * The action against a small HTTP server standing in for the governance
 * records service, so what goes over the wire (path, token, body) is seen.
 */

const answers = {
  prohibitedPractices: [],
  annexIIIArea: 'essential-services',
  productSafetyComponent: false,
  art6Exemption: false,
  profilesNaturalPersons: true,
  transparency: [],
};
const input = {
  entityRef: 'aisystem:default/loan-assistant',
  systemType: 'classifier',
  owner: 'group:default/lending',
  answers,
};

interface Seen {
  method: string;
  url: string;
  authorization: string;
  body: any;
}

describe('ai-governance:assessment:create', () => {
  let server: http.Server;
  const seen: Seen[] = [];
  /** Statuses to answer, in order; 201 after they run out. */
  let script: number[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', c => {
        raw += c;
      });
      req.on('end', () => {
        const body = JSON.parse(raw || '{}');
        seen.push({
          method: req.method!,
          url: req.url!,
          authorization: String(req.headers.authorization),
          body,
        });
        const status = script.shift() ?? 201;
        res.setHeader('Content-Type', 'application/json');
        res.statusCode = status;
        if (status >= 400) {
          res.end(
            JSON.stringify({
              error: {
                name: status === 404 ? 'NotFoundError' : 'NotAllowedError',
                message:
                  status === 404
                    ? 'Entity aisystem:default/loan-assistant was not found in the catalog'
                    : 'You are not allowed ai-governance.risk.create on aisystem:default/loan-assistant',
              },
              request: { method: req.method, url: req.url },
              response: { statusCode: status },
            }),
          );
          return;
        }
        res.end(
          JSON.stringify({
            requestId: body.requestId,
            replayed: status === 200,
            createdAt: '2026-11-28T00:00:00.000Z',
            createdBy: 'user:default/alice',
            assessment: { id: 'a1' },
            risks: body.risks.map((_: unknown, i: number) => ({ id: `r${i}` })),
            controls: [],
          }),
        );
      });
    });
    await new Promise<void>(resolve => server.listen(0, resolve));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    seen.length = 0;
    script = [];
  });

  /**
   * The action against the stand-in server; it waits up to
   * `catalogWaitSeconds` for the catalog to have a just-registered entity.
   */
  const action = (catalogWaitSeconds = 5) =>
    createAssessmentCreateAction({
      auth: mockServices.auth(),
      discovery: {
        getBaseUrl: async () =>
          `http://localhost:${
            (server.address() as AddressInfo).port
          }/api/ai-governance`,
        getExternalBaseUrl: async () => 'http://unused',
      },
      catalogWaitSeconds,
      catalogPollMs: 10,
    });

  /** A context whose checkpoints are kept, like a task's state across a retry. */
  function context(overrides: Record<string, unknown> = {}) {
    const logger = mockServices.logger.mock();
    const ctx = createMockActionContext({
      input: { ...input, ...(overrides.input as object) },
    });
    const outputs: Record<string, unknown> = {};
    return {
      logger,
      outputs,
      ctx: {
        ...ctx,
        logger: {
          info: (m: string) => logger.info(m),
          warn: (m: string) => logger.warn(m),
          error: (m: string) => logger.error(m),
          debug: (m: string) => logger.debug(m),
          child: () => ctx.logger,
        },
        output: (name: string, value: unknown) => {
          outputs[name] = value;
        },
        task: { id: 'task-42' },
        ...Object.fromEntries(
          Object.entries(overrides).filter(([k]) => k !== 'input'),
        ),
      } as any,
    };
  }

  const logged = (logger: ReturnType<typeof mockServices.logger.mock>) =>
    [logger.info, logger.warn, logger.error, logger.debug]
      .flatMap(fn => (fn as jest.Mock).mock.calls)
      .map(args => args.join(' '))
      .join('\n');

  it('creates the records as the user running the template, once', async () => {
    const { ctx, outputs, logger } = context();
    await action().handler(ctx);

    expect(seen).toHaveLength(1);
    const [call] = seen;
    expect(call.method).toBe('POST');
    expect(call.url).toBe(
      '/api/ai-governance/entities/aisystem/default/loan-assistant/baseline',
    );
    // An on-behalf-of token for the initiating user, aimed at ai-governance.
    expect(call.authorization).toBe(
      `Bearer ${mockCredentials.service.token({
        onBehalfOf: mockCredentials.user(),
        targetPluginId: 'ai-governance',
      })}`,
    );
    expect(call.body.requestId).toBe(
      'scaffolder:task-42:aisystem:default/loan-assistant',
    );
    expect(call.body.assessment).toMatchObject({
      type: 'eu-ai-act-classification',
      answers,
      result: { tier: 'high' },
    });
    expect(call.body.risks.length).toBeGreaterThan(3);
    expect(call.body.controls).toHaveLength(38);

    expect(outputs).toMatchObject({
      entityRef: 'aisystem:default/loan-assistant',
      tier: 'high',
      dryRun: false,
      assessmentId: 'a1',
      riskCount: call.body.risks.length,
      governancePath: '/catalog/default/aisystem/loan-assistant/governance',
    });
    expect(logged(logger)).not.toContain(call.authorization.slice(7));
  });

  it('writes nothing in a dry run and says what it would create', async () => {
    const { ctx, outputs, logger } = context({ isDryRun: true });
    await action().handler(ctx);
    expect(seen).toHaveLength(0);
    expect(outputs).toMatchObject({ dryRun: true, tier: 'high' });
    expect(outputs.riskCount).toBeGreaterThan(3);
    expect(outputs.risks).toHaveLength(outputs.riskCount as number);
    expect(logged(logger)).toMatch(/Dry run: would create/);
  });

  it('does not create twice when a task is retried after the step succeeded', async () => {
    const state = new Map<string, JsonValue>();
    const checkpoint = async ({ key, fn }: any) => {
      if (!state.has(key)) state.set(key, await fn());
      return state.get(key);
    };
    const first = context({ checkpoint });
    await action().handler(first.ctx);
    const retry = context({ checkpoint });
    await action().handler(retry.ctx);
    expect(seen).toHaveLength(1);
    expect(retry.outputs.assessmentId).toBe('a1');
  });

  it('waits for the catalog to have a just-registered entity', async () => {
    script = [404, 404];
    const { ctx, outputs, logger } = context();
    await action().handler(ctx);
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map(s => s.body.requestId)).size).toBe(1);
    expect(outputs.assessmentId).toBe('a1');
    expect(logged(logger)).toMatch(/Waiting for the catalog/);
  });

  it('gives up when the catalog never gets the entity, naming it', async () => {
    script = Array(1000).fill(404);
    const { ctx } = context();
    const impatient = action(0.1);
    await expect(impatient.handler(ctx)).rejects.toThrow(
      /answered 404: Entity aisystem:default\/loan-assistant was not found/,
    );
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.length).toBeLessThan(1000);
  });

  it('reports what the service refused', async () => {
    script = [403];
    const { ctx } = context();
    await expect(action().handler(ctx)).rejects.toThrow(
      /not allowed ai-governance\.risk\.create/,
    );
    expect(seen).toHaveLength(1);
  });

  it('refuses to act without a user behind the task', async () => {
    const { ctx } = context({
      getInitiatorCredentials: async () => mockCredentials.service(),
    });
    await expect(action().handler(ctx)).rejects.toThrow(
      /on behalf of the person running the template/,
    );
    expect(seen).toHaveLength(0);
  });

  it('refuses a prohibited use case before anything is sent', async () => {
    const { ctx } = context({
      input: {
        answers: { ...answers, prohibitedPractices: ['social-scoring'] },
      },
    });
    await expect(action().handler(ctx)).rejects.toThrow(/Art\. 5/);
    expect(seen).toHaveLength(0);
  });

  it.each([
    ['component:default/loan-assistant', /must refer to an AiSystem/],
    ['aisystem:default/../../etc', /path separators|not an entity reference/],
    ['aisystem:default/a..b', /path separators/],
  ])('refuses entityRef %s', async (entityRef, message) => {
    const { ctx } = context({ input: { entityRef } });
    await expect(action().handler(ctx)).rejects.toThrow(message);
    expect(seen).toHaveLength(0);
  });

  it('makes the supplier controls applicable for a third-party service', async () => {
    const { ctx } = context({
      input: {
        sourcing: 'third-party-service',
        supplier: {
          name: 'Example Speech Ltd',
          contractStatus: 'signed',
          dataShared: ['call recordings'],
        },
      },
    });
    await action().handler(ctx);
    const controls = seen[0].body.controls as any[];
    const byId = Object.fromEntries(controls.map(c => [c.controlId, c]));
    expect(byId['A.10.3']).toMatchObject({
      applicable: true,
      status: 'in-progress',
    });
    expect(byId['A.10.2'].applicable).toBe(true);
    expect(byId['A.6.2.2'].applicable).toBe(false);
  });
});
