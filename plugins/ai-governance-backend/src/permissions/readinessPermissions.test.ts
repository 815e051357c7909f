import { AuthorizeResult } from '@backstage/plugin-permission-common';
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
 * Who reads the certification readiness, with the roles of
 * __testUtils__/inProcessPermissions.ts: it covers the organisation, so an
 * owner's "only what you own" decision does not open it, and a denial of
 * readiness.read alone closes it.
 */
const API = '/api/ai-governance';
/** Reads everything but the readiness. */
const AUDITOR = 'user:default/ivan';

const decide = (permission: any, who: string | undefined) =>
  who === AUDITOR
    ? {
        result:
          permission.name === 'ai-governance.readiness.read'
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      }
    : roleDecision(permission, who);

describeOnEachDatabase('readiness permissions on %s', setup => {
  const { api } = permissionsBackend(setup, { decide });

  it('lets unconditional readers read readiness, and refuses a conditional decision or a denial naming the permission', async () => {
    const READINESS = `${API}/readiness`;
    for (const reader of [VIEWER, APPROVER]) {
      const res = await api(as(reader)).get(READINESS).expect(200);
      expect(res.body.stage2.inScope).toBe(2);
    }
    for (const refused of [OWNER, AUDITOR]) {
      const res = await api(as(refused)).get(READINESS);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        'Reading the certification readiness needs unconditional ai-governance.readiness.read access',
      );
    }
  });
});
