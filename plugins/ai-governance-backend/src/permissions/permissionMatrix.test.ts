import {
  type BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  assessmentApprovePermission,
  incidentCreatePermission,
  riskAcceptPermission,
} from '@aigov/plugin-ai-governance-common';
import {
  as,
  catalogSyncAtStartup,
  CREDIT_PATH,
  testEntities,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { minimalRisk } from '../__testUtils__/fixtures';
import {
  aiGovernanceConditions,
  createAiGovernanceConditionalDecision,
} from './rules';

jest.setTimeout(120_000);

/*
 * A test policy, as a role × endpoint matrix:
 *   viewer   reads everything, writes nothing
 *   owner    (olga) reads and writes only what she owns — reads too are
 *            conditional, so list endpoints must filter in SQL
 *   approver (ada) may do everything
 */
const VIEWER = 'user:default/viewer';
const OWNER = 'user:default/olga';
const APPROVER = 'user:default/ada';
const AUTHOR = 'user:default/author';

class MatrixPolicy {
  async handle(
    query: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = query;
    const who = user?.info.userEntityRef;
    if (!permission.name.startsWith('ai-governance.'))
      return { result: AuthorizeResult.ALLOW };
    if (who === APPROVER || who === AUTHOR)
      return { result: AuthorizeResult.ALLOW };
    // Reporting an incident is open to every signed-in user, as in the demo.
    if (isPermission(permission, incidentCreatePermission))
      return { result: AuthorizeResult.ALLOW };
    const read = permission.attributes.action === 'read';
    if (who === VIEWER)
      return { result: read ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
    if (
      who === OWNER &&
      isResourcePermission(permission, 'ai-governance-entity')
    ) {
      if (
        isPermission(permission, riskAcceptPermission) ||
        isPermission(permission, assessmentApprovePermission)
      ) {
        return { result: AuthorizeResult.DENY };
      }
      return createAiGovernanceConditionalDecision(
        permission,
        aiGovernanceConditions.isEntityOwner({
          claims: user!.info.ownershipEntityRefs,
        }),
      );
    }
    return { result: AuthorizeResult.DENY };
  }
}

/*
 * The policy runs in-process behind the permissions service: the mock auth
 * of the test backend cannot carry a user through the permission backend's
 * HTTP round trip, and that transport is Backstage's, not this plugin's.
 * Everything the plugin does with the decisions — ALLOW, DENY, conditions
 * applied to one entity or turned into SQL for lists — is real.
 */
const inProcessPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => {
    const policy = new MatrixPolicy();
    const userOf = (
      credentials: BackstageCredentials,
    ): PolicyQueryUser | undefined => {
      const principal = credentials.principal as {
        type: string;
        userEntityRef?: string;
      };
      if (principal.type !== 'user' || !principal.userEntityRef)
        return undefined;
      const userEntityRef = principal.userEntityRef;
      return {
        credentials,
        info: { userEntityRef, ownershipEntityRefs: [userEntityRef] },
      } as PolicyQueryUser;
    };
    return {
      async authorizeConditional(
        requests: any[],
        options: { credentials: BackstageCredentials },
      ) {
        return Promise.all(
          requests.map(r =>
            policy.handle(
              { permission: r.permission },
              userOf(options.credentials),
            ),
          ),
        );
      },
      async authorize(): Promise<never> {
        throw new Error(
          'the plugin decides single resources with authorizeConditional',
        );
      },
    } as any;
  },
});

const olgasSystem: Entity = {
  apiVersion: 'aigov.dev/v1alpha1',
  kind: 'AiSystem',
  metadata: { name: 'olgas-forecast', namespace: 'default' },
  spec: {
    type: 'forecasting',
    lifecycle: 'production',
    owner: OWNER,
    purpose: 'Forecast cash demand.',
    riskTier: 'minimal',
  },
};
const OLGA_PATH = '/api/ai-governance/entities/aisystem/default/olgas-forecast';

describeOnEachDatabase('permissions on %s', setup => {
  const { api, count } = setup.governanceBackend({
    entities: [...testEntities, olgasSystem],
    config: { permission: { enabled: true } },
    extraFeatures: [inProcessPermissions, catalogSyncAtStartup()],
  });
  let creditRisk: any;
  let olgaRisk: any;

  beforeAll(async () => {
    // One risk on each system, by someone allowed everything.
    const createRisk = (systemPath: string) =>
      api(as(AUTHOR)).post(`${systemPath}/risks`).send(minimalRisk);
    creditRisk = (await createRisk(CREDIT_PATH).expect(201)).body;
    olgaRisk = (await createRisk(OLGA_PATH).expect(201)).body;
  });

  it.each([
    ['viewer', VIEWER, 'credit', 403],
    ['owner on her own system', OWNER, 'olga', 201],
    ['owner on another team’s system', OWNER, 'credit', 403],
    ['approver', APPROVER, 'credit', 201],
  ])('POST a risk as %s → %s', async (_, user, system, status) => {
    const before = await count('risks');
    const res = await api(as(user))
      .post(`${system === 'olga' ? OLGA_PATH : CREDIT_PATH}/risks`)
      .send(minimalRisk);
    expect(res.status).toBe(status);
    expect(await count('risks')).toBe(before + (status === 201 ? 1 : 0));
  });

  it.each([
    ['viewer', VIEWER, 'credit', 200],
    ['owner on her own system', OWNER, 'olga', 200],
    ['owner on another team’s system', OWNER, 'credit', 403],
  ])('GET a risk as %s → %s', async (_, user, system, status) => {
    const id = system === 'olga' ? olgaRisk.id : creditRisk.id;
    expect(
      (await api(as(user)).get(`/api/ai-governance/risks/${id}`)).status,
    ).toBe(status);
  });

  it.each([
    [
      'PATCH risk',
      (r: any) => [
        'patch',
        `/api/ai-governance/risks/${r.id}`,
        { title: 'Renamed' },
      ],
    ],
    [
      'PUT control',
      (_r: any, path: string) => [
        'put',
        `${path}/controls/A.2.2`,
        { applicable: true, status: 'planned' },
      ],
    ],
    [
      'POST evidence',
      (_r: any, path: string) => [
        'post',
        `${path}/evidence`,
        {
          title: 'Policy',
          kind: 'document',
          url: 'https://example.com/p',
          collectedAt: '2026-01-01',
        },
      ],
    ],
    [
      'POST assessment',
      (_r: any, path: string) => [
        'post',
        `${path}/assessments`,
        { type: 'risk' },
      ],
    ],
  ] as const)(
    '%s: owner only on her own system, viewer never',
    async (_, make) => {
      for (const [user, target, allowed] of [
        [VIEWER, 'credit', false],
        [OWNER, 'credit', false],
        [OWNER, 'olga', true],
      ] as const) {
        const [method, url, body] = make(
          target === 'olga' ? olgaRisk : creditRisk,
          target === 'olga' ? OLGA_PATH : CREDIT_PATH,
        ) as ['patch' | 'put' | 'post', string, object];
        const { body: fresh } = await api(as(APPROVER)).get(
          `/api/ai-governance/risks/${
            (target === 'olga' ? olgaRisk : creditRisk).id
          }`,
        );
        const before = await count('history');
        const res = await api(as(user))
          [method](url)
          .set('If-Match', method === 'put' ? '"0"' : `"${fresh.version}"`)
          .send(body);
        const written = (await count('history')) - before;
        expect({
          user,
          target,
          success: res.status < 300,
          denied: res.status === 403,
          written,
        }).toEqual({
          user,
          target,
          success: allowed,
          denied: !allowed,
          written: allowed ? 1 : 0,
        });
      }
    },
  );

  it('lets only who may change risks confirm proposed ones', async () => {
    const propose = async (path: string) =>
      (
        await api(as(AUTHOR))
          .post(`${path}/risks`)
          .send({ ...minimalRisk, status: 'proposed' })
          .expect(201)
      ).body.id;
    const credit = await propose(CREDIT_PATH);
    const olga = await propose(OLGA_PATH);
    const decide = (user: string, path: string, id: string) =>
      api(as(user))
        .post(`${path}/risks/decisions`)
        .send({ ids: [id], decision: 'confirm' });
    const before = await count('history');
    expect((await decide(VIEWER, CREDIT_PATH, credit)).status).toBe(403);
    expect((await decide(OWNER, CREDIT_PATH, credit)).status).toBe(403);
    expect(await count('history')).toBe(before);
    expect((await decide(OWNER, OLGA_PATH, olga)).status).toBe(200);
    expect(await count('history')).toBe(before + 1);
  });

  it('leaves approving a risk acceptance to the approver', async () => {
    const { body: fresh } = await api(as(APPROVER)).get(
      `/api/ai-governance/risks/${olgaRisk.id}`,
    );
    const accept = (user: string) =>
      api(as(user))
        .post(`/api/ai-governance/risks/${olgaRisk.id}/accept`)
        .set('If-Match', `"${fresh.version}"`)
        .send({ expiresAt: '2099-01-01' });
    expect((await accept(OWNER)).status).toBe(403);
    expect((await accept(APPROVER)).status).toBe(200);
  });

  it('filters org-wide lists in SQL for a conditional reader', async () => {
    const all = await api(as(VIEWER))
      .get('/api/ai-governance/scorecards?groupBy=owner')
      .expect(200);
    expect(all.body.items.map((r: any) => r.groupRef)).toEqual(
      expect.arrayContaining([
        'group:default/lending',
        'group:default/risk',
        OWNER,
      ]),
    );
    const own = await api(as(OWNER))
      .get('/api/ai-governance/scorecards?groupBy=owner')
      .expect(200);
    expect(own.body.items.map((r: any) => r.groupRef)).toEqual([OWNER]);

    const history = await api(as(OWNER))
      .get('/api/ai-governance/history?limit=200')
      .expect(200);
    expect(history.body.items.length).toBeGreaterThan(0);
    expect(new Set(history.body.items.map((e: any) => e.entityRef))).toEqual(
      new Set(['aisystem:default/olgas-forecast']),
    );

    const csv = await api(as(OWNER))
      .get('/api/ai-governance/exports/risk-register.csv')
      .expect(200);
    expect(csv.text).toContain('olgas-forecast');
    expect(csv.text).not.toContain('credit-scoring');

    const verify = await api(as(OWNER)).get(
      '/api/ai-governance/history/verify',
    );
    expect(verify.status).toBe(403);
  });
  it('lets unconditional readers read the clause gap assessment and only unconditional updaters assess a clause', async () => {
    const CLAUSES = '/api/ai-governance/aims/clauses';
    expect((await api(as(VIEWER)).get(CLAUSES)).status).toBe(200);
    // "Only what you own" does not cover the organisation's own records.
    expect((await api(as(OWNER)).get(CLAUSES)).status).toBe(403);

    const assess = (user: string) =>
      api(as(user)).put(`${CLAUSES}/9.1`).send({ status: 'partial' });
    const before = await count('history');
    expect((await assess(VIEWER)).status).toBe(403);
    expect((await assess(OWNER)).status).toBe(403);
    expect(await count('history')).toBe(before);
    expect((await assess(APPROVER)).status).toBe(200);
    expect(await count('history')).toBe(before + 1);
  });
  it('lets anyone report an incident but only the owner triage it, and lists only hers', async () => {
    const API = '/api/ai-governance';
    const incident = {
      title: 'Forecast far off',
      detectedAt: '2026-09-01T08:00:00Z',
      awareAt: '2026-09-01T09:00:00Z',
      severity: 'medium',
    };
    const report = (user: string, path: string) =>
      api(as(user)).post(`${path}/incidents`).send(incident);
    // A viewer who owns neither system reports on both.
    const onCredit = (await report(VIEWER, CREDIT_PATH).expect(201)).body;
    const onOlga = (await report(VIEWER, OLGA_PATH).expect(201)).body;
    await report(OWNER, CREDIT_PATH).expect(201);

    const triage = (user: string, id: string) =>
      api(as(user))
        .patch(`${API}/incidents/${id}`)
        .set('If-Match', '"1"')
        .send({ status: 'triaged' });
    const before = await count('history');
    expect((await triage(VIEWER, onOlga.id)).status).toBe(403);
    expect((await triage(OWNER, onCredit.id)).status).toBe(403);
    expect(
      (
        await api(as(OWNER))
          .post(`${API}/incidents/${onCredit.id}/entries`)
          .send({ kind: 'comment', text: 'Not mine' })
      ).status,
    ).toBe(403);
    expect(await count('history')).toBe(before);
    await triage(OWNER, onOlga.id).expect(200);
    await triage(APPROVER, onCredit.id).expect(200);

    const listed = await api(as(OWNER)).get(`${API}/incidents`).expect(200);
    expect(listed.body.items.map((i: any) => i.id)).toEqual([onOlga.id]);
    expect(
      (await api(as(OWNER)).get(`${API}/incidents/${onCredit.id}`)).status,
    ).toBe(403);
    const csv = await api(as(OWNER))
      .get(`${API}/exports/incidents.csv`)
      .expect(200);
    expect(csv.text).toContain(onOlga.id);
    expect(csv.text).not.toContain(onCredit.id);
  });
});
