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
  changeReadPermission,
  controlUpdatePermission,
  evidenceCreatePermission,
  incidentCreatePermission,
  incidentUpdatePermission,
  nonconformityCreatePermission,
  nonconformityReviewPermission,
  nonconformityUpdatePermission,
  riskAcceptPermission,
  riskCreatePermission,
  riskReadPermission,
  riskUpdatePermission,
  taskReadPermission,
  taskUpdatePermission,
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
const ALLOW = { result: AuthorizeResult.ALLOW };
const DENY = { result: AuthorizeResult.DENY };
/** An update the policy has no rule of its own for. */
const update = (name: string) =>
  createPermission({ name, attributes: { action: 'update' } });
/** Allowed on what the engineer or their team owns, and only that. */
const ownersOnly = (pluginId: string, resourceType: string) => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId,
  resourceType,
  conditions: {
    rule: 'IS_ENTITY_OWNER',
    resourceType,
    params: {
      claims: ['user:default/ada', 'group:default/lending-decisioning'],
    },
  },
});

describe('PortalPermissionPolicy', () => {
  it('lets everyone read', async () => {
    for (const who of [engineer, officer, loner]) {
      expect(await decide(catalogEntityReadPermission, who)).toEqual(ALLOW);
      // A read like the others: the changes detected from the catalog.
      expect(await decide(changeReadPermission, who)).toEqual(ALLOW);
      expect(await decide(taskReadPermission, who)).toEqual(ALLOW);
    }
  });

  it('lets the governance office do anything', async () => {
    const anything = update('ai-governance.assessment.approve');
    expect(await decide(anything, officer)).toEqual(ALLOW);
    expect(await decide(catalogEntityDeletePermission, officer)).toEqual(ALLOW);
  });

  it('lets others delete only the entities they own', async () => {
    expect(await decide(catalogEntityDeletePermission, engineer)).toEqual(
      ownersOnly('catalog', 'catalog-entity'),
    );
  });

  it('lets members of a team register and refresh, but not someone in no team', async () => {
    for (const permission of [
      catalogLocationCreatePermission,
      catalogEntityRefreshPermission,
    ]) {
      expect(await decide(permission, engineer)).toEqual(ALLOW);
      expect(await decide(permission, loner)).toEqual(DENY);
    }
  });

  it('denies writes it has no rule for', async () => {
    const write = update('other.thing.update');
    expect(await decide(write, engineer)).toEqual(DENY);
  });

  it('lets the owning team record governance records, and only the office approve', async () => {
    for (const permission of [
      riskCreatePermission,
      riskUpdatePermission,
      controlUpdatePermission,
      evidenceCreatePermission,
      // Completing or dismissing a task is the owning team's, like its records.
      taskUpdatePermission,
      nonconformityCreatePermission,
      nonconformityUpdatePermission,
      // Triage and closing of incidents stay with the owners.
      incidentUpdatePermission,
    ]) {
      expect(await decide(permission, engineer)).toEqual(
        ownersOnly('ai-governance', 'ai-governance-entity'),
      );
    }
    for (const permission of [
      riskAcceptPermission,
      assessmentApprovePermission,
    ]) {
      expect(await decide(permission, engineer)).toEqual(DENY);
      expect(await decide(permission, officer)).toEqual(ALLOW);
    }
    expect(await decide(riskReadPermission, loner)).toEqual(ALLOW);
  });

  it('lets a member of any team review corrective actions, leaving four eyes to the API', async () => {
    expect(await decide(nonconformityReviewPermission, engineer)).toEqual(
      ALLOW,
    );
    expect(await decide(nonconformityReviewPermission, officer)).toEqual(ALLOW);
    expect(await decide(nonconformityReviewPermission, loner)).toEqual(DENY);
  });

  it('lets anyone signed in report an incident on any AI system', async () => {
    for (const who of [engineer, officer, loner]) {
      expect(await decide(incidentCreatePermission, who)).toEqual(ALLOW);
    }
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
    ).toEqual(ALLOW);
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
