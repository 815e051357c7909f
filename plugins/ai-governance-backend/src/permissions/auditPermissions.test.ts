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
 * The permission matrix of the internal audit programme, with the roles of
 * __testUtils__/inProcessPermissions.ts: the owner's conditional decisions
 * do not cover the management system's org-level records.
 */
const API = '/api/ai-governance';

const inProcessPermissions = deciding(roleDecision);

describeOnEachDatabase('audit permissions on %s', setup => {
  const { api, count } = setup.governanceBackend({
    entities: testEntities,
    config: { permission: { enabled: true } },
    extraFeatures: [inProcessPermissions, catalogSyncAtStartup()],
  });

  it('lets unconditional readers read the programme and only unconditional updaters plan, change and add findings', async () => {
    const AUDITS = `${API}/audits`;
    expect((await api(as(VIEWER)).get(AUDITS)).status).toBe(200);
    // "Only what you own" does not cover the organisation's own records.
    expect((await api(as(OWNER)).get(AUDITS)).status).toBe(403);

    const plan = {
      year: 2026,
      title: 'Lending systems',
      scope: { systems: ['aisystem:default/credit-scoring'] },
      auditors: [APPROVER],
      leadAuditor: APPROVER,
      plannedStart: '2026-12-07',
      plannedEnd: '2026-12-11',
    };
    const before = await count('history');
    for (const user of [VIEWER, OWNER]) {
      const refused = await api(as(user)).post(AUDITS).send(plan);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain(
        'ai-governance.audit.update',
      );
    }
    expect(await count('history')).toBe(before);
    const { body: audit } = await api(as(APPROVER))
      .post(AUDITS)
      .send(plan)
      .expect(201);
    expect((await api(as(OWNER)).get(`${AUDITS}/${audit.id}`)).status).toBe(
      403,
    );
    expect((await api(as(VIEWER)).get(`${AUDITS}/${audit.id}`)).status).toBe(
      200,
    );

    const start = (user: string) =>
      api(as(user))
        .patch(`${AUDITS}/${audit.id}`)
        .set('If-Match', '"1"')
        .send({ status: 'in-progress' });
    expect((await start(VIEWER)).status).toBe(403);
    expect((await start(OWNER)).status).toBe(403);
    await start(APPROVER).expect(200);

    const find = (user: string) =>
      api(as(user)).post(`${AUDITS}/${audit.id}/findings`).send({
        kind: 'observation',
        reference: '9.2',
        description: 'The audit programme is not yet approved',
      });
    expect((await find(VIEWER)).status).toBe(403);
    expect((await find(OWNER)).status).toBe(403);
    await find(APPROVER).expect(201);
  });
});
