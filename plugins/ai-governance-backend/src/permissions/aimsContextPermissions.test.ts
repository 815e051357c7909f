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
 * The permission matrix of the AIMS scope and roles, with the roles of
 * __testUtils__/inProcessPermissions.ts: the owner's conditional decisions
 * do not cover the management system's org-level records.
 */
const API = '/api/ai-governance';

const inProcessPermissions = deciding(roleDecision);

describeOnEachDatabase('AIMS scope and roles permissions on %s', setup => {
  const { api, count } = setup.governanceBackend({
    entities: testEntities,
    config: { permission: { enabled: true } },
    extraFeatures: [inProcessPermissions, catalogSyncAtStartup()],
  });

  it.each([
    ['scope', { statement: 'Every AI system of the lending business.' }],
    [
      'roles',
      { roles: [{ role: 'risk-owner', holders: ['group:default/risk'] }] },
    ],
  ])(
    'lets unconditional readers read the %s and only unconditional updaters change it',
    async (record, body) => {
      const path = `${API}/aims/${record}`;
      expect((await api(as(VIEWER)).get(path)).status).toBe(200);
      // "Only what you own" does not cover the organisation's own records.
      expect((await api(as(OWNER)).get(path)).status).toBe(403);

      const before = await count('history');
      for (const user of [VIEWER, OWNER]) {
        const refused = await api(as(user))
          .put(path)
          .set('If-Match', '"0"')
          .send(body);
        expect(refused.status).toBe(403);
        expect(refused.body.error.message).toContain(
          'ai-governance.aims.context.update',
        );
      }
      expect(await count('history')).toBe(before);
      await api(as(APPROVER))
        .put(path)
        .set('If-Match', '"0"')
        .send(body)
        .expect(200);
      expect(await count('history')).toBe(before + 1);
    },
  );
});
