import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogLocationCreatePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  createPermission,
  type Permission,
} from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { mockServices } from '@backstage/backend-test-utils';
import {
  assessmentApprovePermission,
  controlUpdatePermission,
  evidenceCreatePermission,
  riskAcceptPermission,
  riskCreatePermission,
  riskReadPermission,
  riskUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import {
  DEFAULT_GOVERNANCE_OFFICE,
  PortalPermissionPolicy,
} from './permissionPolicy';

function user(...ownershipEntityRefs: string[]): PolicyQueryUser {
  return {
    identity: {
      type: 'user',
      userEntityRef: ownershipEntityRefs[0],
      ownershipEntityRefs,
    },
    info: { userEntityRef: ownershipEntityRefs[0], ownershipEntityRefs },
    credentials: {} as PolicyQueryUser['credentials'],
    token: 'token',
  } as PolicyQueryUser;
}

const engineer = user('user:default/ada', 'group:default/lending-decisioning');
const officer = user('user:default/grace', DEFAULT_GOVERNANCE_OFFICE);
const loner = user('user:default/nobody');
const policy = new PortalPermissionPolicy(DEFAULT_GOVERNANCE_OFFICE);
const decide = (permission: Permission, who: PolicyQueryUser) =>
  policy.handle({ permission }, who);

describe('PortalPermissionPolicy', () => {
  it('lets everyone read', async () => {
    for (const who of [engineer, officer, loner]) {
      expect(await decide(catalogEntityReadPermission, who)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });

  it('lets the governance office do anything', async () => {
    const anything = createPermission({
      name: 'ai-governance.assessment.approve',
      attributes: { action: 'update' },
    });
    expect(await decide(anything, officer)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(await decide(catalogEntityDeletePermission, officer)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('lets others delete only the entities they own', async () => {
    expect(await decide(catalogEntityDeletePermission, engineer)).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: {
          claims: ['user:default/ada', 'group:default/lending-decisioning'],
        },
      },
    });
  });

  it('lets members of a team register and refresh, but not someone in no team', async () => {
    for (const permission of [
      catalogLocationCreatePermission,
      catalogEntityRefreshPermission,
    ]) {
      expect(await decide(permission, engineer)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
      expect(await decide(permission, loner)).toEqual({
        result: AuthorizeResult.DENY,
      });
    }
  });

  it('denies writes it has no rule for', async () => {
    const write = createPermission({
      name: 'other.thing.update',
      attributes: { action: 'update' },
    });
    expect(await decide(write, engineer)).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it('lets the owning team record governance records, and only the office approve', async () => {
    for (const permission of [
      riskCreatePermission,
      riskUpdatePermission,
      controlUpdatePermission,
      evidenceCreatePermission,
    ]) {
      expect(await decide(permission, engineer)).toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'ai-governance',
        resourceType: 'ai-governance-entity',
        conditions: {
          rule: 'IS_ENTITY_OWNER',
          resourceType: 'ai-governance-entity',
          params: {
            claims: ['user:default/ada', 'group:default/lending-decisioning'],
          },
        },
      });
    }
    for (const permission of [
      riskAcceptPermission,
      assessmentApprovePermission,
    ]) {
      expect(await decide(permission, engineer)).toEqual({
        result: AuthorizeResult.DENY,
      });
      expect(await decide(permission, officer)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
    expect(await decide(riskReadPermission, loner)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('reads the governance office group from config', async () => {
    const custom = PortalPermissionPolicy.fromConfig(
      mockServices.rootConfig({
        data: {
          aiGovernance: {
            governanceOfficeGroup: 'group:default/risk-committee',
          },
        },
      }),
    );
    const member = user('user:default/li', 'group:default/risk-committee');
    expect(
      await custom.handle(
        { permission: catalogEntityDeletePermission },
        member,
      ),
    ).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(
      (
        await custom.handle(
          { permission: catalogEntityDeletePermission },
          officer,
        )
      ).result,
    ).toBe(AuthorizeResult.CONDITIONAL);
  });
});
