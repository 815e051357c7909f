import {
  type BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  AuthorizeResult,
  isPermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { nonconformityReviewPermission } from '@aigov/plugin-ai-governance-common';
import {
  as,
  catalogSyncAtStartup,
  testEntities,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import {
  aiGovernanceConditions,
  createAiGovernanceConditionalDecision,
} from './rules';

jest.setTimeout(120_000);

/*
 * The permission matrix of nonconformities, with the roles of
 * permissionMatrix.test.ts:
 *   viewer   reads everything, writes nothing
 *   owner    (olga) reads and writes only what she owns (reads conditional
 *            too, so the org-wide list filters in SQL); she may review any
 *            system's corrective actions, leaving who may to the API's
 *            four-eyes rule (no action owner or teammate)
 *   approver (ada) may do everything
 * decided in-process behind the permissions service, as there.
 */
const VIEWER = 'user:default/viewer';
const OWNER = 'user:default/olga';
const APPROVER = 'user:default/ada';
const API = '/api/ai-governance';

function decide(permission: any, who: string | undefined): PolicyDecision {
  if (who === APPROVER) return { result: AuthorizeResult.ALLOW };
  if (who === VIEWER) {
    return permission.attributes.action === 'read'
      ? { result: AuthorizeResult.ALLOW }
      : { result: AuthorizeResult.DENY };
  }
  if (who !== OWNER) return { result: AuthorizeResult.DENY };
  if (isPermission(permission, nonconformityReviewPermission)) {
    return { result: AuthorizeResult.ALLOW };
  }
  return createAiGovernanceConditionalDecision(
    permission,
    aiGovernanceConditions.isEntityOwner({ claims: [OWNER] }),
  );
}

const inProcessPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () =>
    ({
      async authorizeConditional(
        requests: Array<{ permission: unknown }>,
        options: { credentials: BackstageCredentials },
      ) {
        const who = (
          options.credentials.principal as { userEntityRef?: string }
        ).userEntityRef;
        return requests.map(r => decide(r.permission, who));
      },
      async authorize(): Promise<never> {
        throw new Error(
          'the plugin decides single resources with authorizeConditional',
        );
      },
    } as any),
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

describeOnEachDatabase('nonconformity permissions on %s', setup => {
  const { api, count } = setup.governanceBackend({
    entities: [...testEntities, olgasSystem],
    config: { permission: { enabled: true } },
    extraFeatures: [inProcessPermissions, catalogSyncAtStartup()],
  });

  it('lets the owner record and change nonconformities only on her own system, lists only those, and lets her review another team’s', async () => {
    const nonconformity = (entityRef: string) => ({
      entityRef,
      source: 'internal-audit',
      description: 'Monitoring thresholds were never agreed',
      correctiveActions: [
        {
          description: 'Agree and record thresholds',
          owner: 'group:default/lending',
          dueDate: '2099-01-01',
          status: 'done',
        },
      ],
    });
    const post = (user: string, entityRef: string) =>
      api(as(user))
        .post(`${API}/nonconformities`)
        .send(nonconformity(entityRef));
    const before = await count('nonconformities');
    expect((await post(VIEWER, 'aisystem:default/credit-scoring')).status).toBe(
      403,
    );
    expect((await post(OWNER, 'aisystem:default/credit-scoring')).status).toBe(
      403,
    );
    expect(await count('nonconformities')).toBe(before);
    const own = (
      await post(OWNER, 'aisystem:default/olgas-forecast').expect(201)
    ).body;
    const credit = (
      await post(APPROVER, 'aisystem:default/credit-scoring').expect(201)
    ).body;

    const listed = await api(as(OWNER))
      .get(`${API}/nonconformities`)
      .expect(200);
    expect(listed.body.items.map((n: any) => n.id)).toEqual([own.id]);
    expect(
      (await api(as(OWNER)).get(`${API}/nonconformities/${credit.id}`)).status,
    ).toBe(403);

    const patch = (user: string, id: string) =>
      api(as(user))
        .patch(`${API}/nonconformities/${id}`)
        .set('If-Match', '"1"')
        .send({ status: 'verifying' });
    expect((await patch(OWNER, credit.id)).status).toBe(403);
    expect((await patch(VIEWER, own.id)).status).toBe(403);
    await patch(APPROVER, credit.id).expect(200);

    const review = (user: string) =>
      api(as(user))
        .post(`${API}/nonconformities/${credit.id}/effectiveness`)
        .set('If-Match', '"2"')
        .send({ result: 'effective' });
    expect((await review(VIEWER)).status).toBe(403);
    // Olga owns none of the lending team's actions: she may judge them.
    expect((await review(OWNER)).status).toBe(200);
  });
});
