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
 * The permission matrix of the objectives, with the roles of
 * __testUtils__/inProcessPermissions.ts: the owner's conditional decisions
 * do not cover the management system's org-level records.
 */
const API = '/api/ai-governance';
const OBJECTIVES = `${API}/aims/objectives`;

const inProcessPermissions = deciding(roleDecision);

describeOnEachDatabase('objective permissions on %s', setup => {
  const { api, count } = setup.governanceBackend({
    entities: testEntities,
    config: { permission: { enabled: true } },
    extraFeatures: [inProcessPermissions, catalogSyncAtStartup()],
  });

  it('lets unconditional readers read the objectives and only unconditional updaters set and change them', async () => {
    expect((await api(as(VIEWER)).get(OBJECTIVES)).status).toBe(200);
    // "Only what you own" does not cover the organisation's own records.
    expect((await api(as(OWNER)).get(OBJECTIVES)).status).toBe(403);

    const objective = {
      title: 'No open critical risks',
      owner: 'group:default/risk',
      measure: 'open-critical-risks',
      target: { value: 0, direction: 'at-most' },
      dueDate: '2099-06-30',
    };
    const before = await count('history');
    for (const user of [VIEWER, OWNER]) {
      const refused = await api(as(user)).post(OBJECTIVES).send(objective);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain(
        'ai-governance.aims.objective.update',
      );
    }
    expect(await count('history')).toBe(before);
    expect(await count('aims_objectives')).toBe(0);
    const { body: created } = await api(as(APPROVER))
      .post(OBJECTIVES)
      .send(objective)
      .expect(201);
    const one = `${OBJECTIVES}/${created.id}`;
    expect((await api(as(OWNER)).get(one)).status).toBe(403);
    expect((await api(as(VIEWER)).get(one)).status).toBe(200);

    const change = (user: string) =>
      api(as(user))
        .patch(one)
        .set('If-Match', '"1"')
        .send({ dueDate: '2099-12-31' });
    expect((await change(VIEWER)).status).toBe(403);
    expect((await change(OWNER)).status).toBe(403);
    await change(APPROVER).expect(200);
  });
});
