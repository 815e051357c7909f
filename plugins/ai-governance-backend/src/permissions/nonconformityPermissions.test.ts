import type { Entity } from '@backstage/catalog-model';
import { isPermission } from '@backstage/plugin-permission-common';
import { nonconformityReviewPermission } from '@aigov/plugin-ai-governance-common';
import {
  APPROVER,
  OWNER,
  VIEWER,
  permissionsBackend,
  roleDecision,
} from '../__testUtils__/inProcessPermissions';
import { as } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(120_000);

/*
 * The permission matrix of nonconformities, with the roles of
 * __testUtils__/inProcessPermissions.ts; the owner may also review any
 * system's corrective actions, leaving who may to the API's four-eyes rule
 * (no action owner or teammate).
 */
const API = '/api/ai-governance';

const decide = (permission: any, who: string | undefined) =>
  roleDecision(permission, who, p =>
    isPermission(p, nonconformityReviewPermission),
  );

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
  const { api, count } = permissionsBackend(setup, {
    decide,
    entities: [olgasSystem],
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
