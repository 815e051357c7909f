import {
  type BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Response } from 'supertest';
import { alice, as, CREDIT_PATH } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { minimalRisk } from '../__testUtils__/fixtures';

jest.setTimeout(60_000);

/*
 * Client input a fuzz run answered with 500, each now a structured 4xx that
 * names what is wrong and writes nothing. Through HTTP only, so the tests
 * hold whatever the routes and stores look like inside.
 */

const API = '/api/ai-governance';

/*
 * The auth backend keeps what each signed-in user owns, and the permission
 * backend asks it before every decision. For a user it has no record of (a
 * validly signed token, but no user entity in the catalog) that lookup is a
 * 404, as the real user-info service reports it, and so every decision for
 * the user fails. Only alice is known here.
 */
const KNOWN_USERS = new Set(['user:default/alice']);
const userRefOf = (credentials: BackstageCredentials) =>
  (credentials.principal as { userEntityRef?: string }).userEntityRef;

const authBackendUserInfo = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials: BackstageCredentials) {
      const userEntityRef = userRefOf(credentials);
      if (!userEntityRef || !KNOWN_USERS.has(userEntityRef)) {
        throw await ResponseError.fromResponse(
          new Response('User info not found', {
            status: 404,
            statusText: 'Not Found',
          }) as any,
        );
      }
      return { userEntityRef, ownershipEntityRefs: [userEntityRef] };
    },
  }),
});

/** Allows everything, after looking up a user's ownership as the permission backend does. */
const permissionBackendLike = createServiceFactory({
  service: coreServices.permissions,
  deps: { userInfo: coreServices.userInfo },
  factory: ({ userInfo }) => {
    const decide = async (
      requests: unknown[],
      options: { credentials: BackstageCredentials },
    ) => {
      if ((options.credentials.principal as { type: string }).type === 'user') {
        await userInfo.getUserInfo(options.credentials);
      }
      return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
    };
    return { authorize: decide, authorizeConditional: decide } as any;
  },
});

const deeplyNested = (levels: number) =>
  JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);

describeOnEachDatabase('bad input on %s', setup => {
  const { api } = setup.governanceBackend({
    extraFeatures: [authBackendUserInfo, permissionBackendLike],
  });

  /** How many items a list endpoint shows alice. */
  const count = async (path: string) => {
    const res = await api(alice).get(path).expect(200);
    return res.body.items.length as number;
  };
  const risks = () => count(`${CREDIT_PATH}/risks?limit=200`);
  const assessments = () => count(`${CREDIT_PATH}/assessments`);
  const history = () => count(`${API}/history?limit=200`);

  /** A structured 400 whose details name `path`, with a message containing `text`. */
  const expectFieldError = (res: Response, path: string, text: string) => {
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        { path, message: expect.stringContaining(text) },
      ]),
    );
    expect(res.body.error.message).toContain(path);
  };

  it('refuses free-form JSON nested too deep or too large, naming the field', async () => {
    const created = await api(alice)
      .post(`${CREDIT_PATH}/assessments`)
      .send({ type: 'impact', answers: { scope: 'retail' } })
      .expect(201);
    const before = {
      assessments: await assessments(),
      history: await history(),
    };
    const deep = deeplyNested(2000);
    const bodies: Array<[object, string, string]> = [
      [{ type: 'impact', answers: { scope: deep } }, 'answers', '32 levels'],
      [{ type: 'impact', result: deep }, 'result', '32 levels'],
      [{ type: 'impact', result: deeplyNested(33) }, 'result', '32 levels'],
      [{ type: 'impact', result: 'x'.repeat(300_000) }, 'result', '256 KiB'],
    ];
    for (const [body, field, limit] of bodies) {
      const res = await api(alice)
        .post(`${CREDIT_PATH}/assessments`)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body));
      expectFieldError(res, field, limit);

      const { type: _type, ...patch } = body as Record<string, unknown>;
      const patched = await api(alice)
        .patch(`${API}/assessments/${created.body.id}`)
        .set('If-Match', '"1"')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(patch));
      expectFieldError(patched, field, limit);
    }
    // 32 levels is the limit, not one past it.
    await api(alice)
      .patch(`${API}/assessments/${created.body.id}`)
      .set('If-Match', '"1"')
      .send({ result: deeplyNested(32) })
      .expect(200);
    expect({
      assessments: await assessments(),
      history: await history(),
    }).toEqual({
      assessments: before.assessments,
      history: before.history + 1,
    });
  });

  it('refuses an entity name the catalog calls malformed, naming the ref', async () => {
    const before = { risks: await risks(), history: await history() };
    const cases: Array<[string, string, string]> = [
      ['aisystem/default/%F0%9F%94%A5', 'name', 'is not a valid entity name'],
      [
        `aisystem/default/${'a'.repeat(64)}`,
        'name',
        'is not a valid entity name',
      ],
      [
        'aisystem/no_such_namespace/fraud',
        'namespace',
        'is not a valid entity namespace',
      ],
      ['ai-system/default/fraud', 'kind', 'is not a valid entity kind'],
    ];
    for (const [ref, field, text] of cases) {
      const read = await api(alice).get(`${API}/entities/${ref}/risks`);
      expectFieldError(read, field, text);
      const [kind, namespace] = ref.split('/');
      expect(read.body.error.message).toContain(
        `Invalid entity reference "${kind}:${namespace}/`,
      );

      const write = await api(alice)
        .post(`${API}/entities/${ref}/risks`)
        .send(minimalRisk);
      expectFieldError(write, field, text);
    }
    const emoji = await api(alice).get(
      `${API}/entities/aisystem/default/%F0%9F%94%A5/risks`,
    );
    expect(emoji.body.error.message).toContain('"aisystem:default/🔥"');
    expect({ risks: await risks(), history: await history() }).toEqual(before);
  });

  it('answers 401 for a signed token of a user unknown to the catalog, on reads and writes', async () => {
    const nobody = as('user:default/nobody');
    await api(alice).get(`${CREDIT_PATH}/risks`).expect(200);
    const before = { risks: await risks(), history: await history() };
    const calls = [
      api(nobody).get(`${CREDIT_PATH}/risks`),
      api(nobody).get(`${CREDIT_PATH}/assessments`),
      api(nobody).post(`${CREDIT_PATH}/risks`).send(minimalRisk),
      api(nobody)
        .put(`${CREDIT_PATH}/controls/A.5.2`)
        .send({ applicable: true }),
      // Org-wide views decide permissions without one entity to look up.
      api(nobody).get('/api/ai-governance/scorecards?groupBy=owner'),
      api(nobody).get('/api/ai-governance/heatmap'),
      api(nobody).get('/api/ai-governance/history'),
      api(nobody).get('/api/ai-governance/exports/risk-register.csv'),
      // Anyone may report an incident, but only someone the catalog knows.
      api(nobody).post(`${CREDIT_PATH}/incidents`).send({
        title: 'x',
        detectedAt: '2026-09-01T08:00:00Z',
        awareAt: '2026-09-01T08:00:00Z',
        severity: 'low',
      }),
      api(nobody).get('/api/ai-governance/incidents'),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(401);
      expect(res.body.error.name).toBe('AuthenticationError');
      expect(res.body.error.message).toContain('user:default/nobody');
      expect(res.body.error.message).toContain('not known to the catalog');
    }
    expect({ risks: await risks(), history: await history() }).toEqual(before);
  });

  it('refuses an incident with times, categories or fields it cannot hold, naming the field, and writes nothing', async () => {
    const incidents = () => count(`${CREDIT_PATH}/incidents`);
    const before = { incidents: await incidents(), history: await history() };
    const valid = {
      title: 'Wrong denials',
      detectedAt: '2026-09-01T08:00:00Z',
      awareAt: '2026-09-01T10:00:00Z',
      severity: 'high',
    };
    const bodies: Array<[object, string, string]> = [
      [{ ...valid, awareAt: '1 September' }, 'awareAt', 'ISO 8601'],
      [{ ...valid, detectedAt: '2026-09-01' }, 'detectedAt', 'ISO 8601'],
      [
        { ...valid, awareAt: '2026-08-31T10:00:00Z' },
        'awareAt',
        'must not be before detectedAt',
      ],
      [{ ...valid, severity: 'dire' }, 'severity', 'must be one of'],
      [{ ...valid, serious: true }, 'seriousCategory', 'is required'],
      [{ ...valid, harmCategories: ['pride'] }, 'harmCategories[0]', 'one of'],
    ];
    for (const [body, field, text] of bodies) {
      const res = await api(alice).post(`${CREDIT_PATH}/incidents`).send(body);
      expectFieldError(res, field, text);
    }
    // A new incident is always reported: its status is not the reporter's.
    const withStatus = await api(alice)
      .post(`${CREDIT_PATH}/incidents`)
      .send({ ...valid, status: 'closed' });
    expect(withStatus.status).toBe(400);
    expect(JSON.stringify(withStatus.body.error)).toContain('status');
    expect({
      incidents: await incidents(),
      history: await history(),
    }).toEqual(before);
  });

  it('refuses a body that is not JSON, naming Content-Type, even a media type the spec router cannot look up', async () => {
    const before = { risks: await risks(), history: await history() };
    for (const type of [
      '%/#',
      'text/plain',
      'application/x-www-form-urlencoded',
    ]) {
      const res = await api(alice)
        .post(`${CREDIT_PATH}/risks`)
        .set('Content-Type', type)
        .send(type === '%/#' ? '' : 'title=Unreadable');
      expectFieldError(res, 'Content-Type', 'must be application/json');
    }
    // Case and parameters do not matter to the media type.
    await api(alice)
      .post(`${CREDIT_PATH}/risks`)
      .set('Content-Type', 'APPLICATION/JSON; charset=utf-8')
      .send(JSON.stringify({ ...minimalRisk, title: 'Sent in capitals' }))
      .expect(201);
    expect({ risks: await risks(), history: await history() }).toEqual({
      risks: before.risks + 1,
      history: before.history + 1,
    });
  });

  it('refuses a body that says it is gzip but is not', async () => {
    const before = { risks: await risks(), history: await history() };
    const res = await api(alice)
      .post(`${CREDIT_PATH}/risks`)
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send(JSON.stringify(minimalRisk));
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toMatch(/gzip|Content-Encoding/i);
    expect(res.body.error.details).toEqual([
      { path: '<body>', message: expect.any(String) },
    ]);
    expect({ risks: await risks(), history: await history() }).toEqual(before);
  });
});
