import {
  APPROVER,
  OWNER,
  VIEWER,
  inProcessPermissions as deciding,
  roleDecision,
} from '../__testUtils__/inProcessPermissions';
import {
  as,
  catalogSyncAtStartup,
  testEntities,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(120_000);

/*
 * The permission matrix of the management reviews, with the roles of
 * __testUtils__/inProcessPermissions.ts: the owner's conditional decisions
 * do not cover the management system's org-level records.
 */
const API = '/api/ai-governance';
const REVIEWS = `${API}/management-reviews`;

const inProcessPermissions = deciding(roleDecision);

describeOnEachDatabase('management review permissions on %s', setup => {
  const { api, count } = setup.governanceBackend({
    entities: testEntities,
    config: { permission: { enabled: true } },
    extraFeatures: [inProcessPermissions, catalogSyncAtStartup()],
  });

  it('lets unconditional readers read reviews and minutes, and only unconditional updaters plan and change them', async () => {
    expect((await api(as(VIEWER)).get(REVIEWS)).status).toBe(200);
    // "Only what you own" does not cover the organisation's own records.
    expect((await api(as(OWNER)).get(REVIEWS)).status).toBe(403);

    const plan = {
      title: 'Management review 2026',
      plannedAt: '2026-12-10',
      chair: APPROVER,
    };
    const before = await count('history');
    for (const user of [VIEWER, OWNER]) {
      const refused = await api(as(user)).post(REVIEWS).send(plan);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain(
        'ai-governance.management-review.update',
      );
    }
    expect(await count('history')).toBe(before);
    const { body: review } = await api(as(APPROVER))
      .post(REVIEWS)
      .send(plan)
      .expect(201);
    for (const path of ['', '/minutes.md', '/minutes.pdf']) {
      const url = `${REVIEWS}/${review.id}${path}`;
      expect((await api(as(OWNER)).get(url)).status).toBe(403);
      expect((await api(as(VIEWER)).get(url)).status).toBe(200);
    }

    const change = (user: string) =>
      api(as(user))
        .patch(`${REVIEWS}/${review.id}`)
        .set('If-Match', '"1"')
        .send({ decisions: ['Keep the scope as it is'] });
    expect((await change(VIEWER)).status).toBe(403);
    expect((await change(OWNER)).status).toBe(403);
    await change(APPROVER).expect(200);
  });
});
