import { createBackendModule } from '@backstage/backend-plugin-api';
import { coreServices } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  catalogEntityDeletePermission,
  catalogEntityRefreshPermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  AI_GOVERNANCE_RESOURCE_TYPE,
  assessmentApprovePermission,
  nonconformityReviewPermission,
  incidentCreatePermission,
  riskAcceptPermission,
} from '@aigov/plugin-ai-governance-common';
import {
  aiGovernanceConditions,
  createAiGovernanceConditionalDecision,
} from '@aigov/plugin-ai-governance-backend';

/** Group whose members administer the portal when config names none. */
export const DEFAULT_GOVERNANCE_OFFICE = 'group:default/ai-governance-office';

/**
 * The demo portal's policy: every signed-in user reads everything; owners
 * change and delete their own entities and record their AI systems'
 * governance records; members of the governance office administer the
 * catalog and alone approve assessments and risk acceptances.
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  constructor(private readonly governanceOffice: string) {}

  static fromConfig(config: Config): PortalPermissionPolicy {
    return new PortalPermissionPolicy(
      config.getOptionalString('aiGovernance.governanceOfficeGroup') ??
        DEFAULT_GOVERNANCE_OFFICE,
    );
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (permission.attributes.action === 'read') {
      return { result: AuthorizeResult.ALLOW };
    }
    const claims = user?.info.ownershipEntityRefs ?? [];
    if (claims.includes(this.governanceOffice)) {
      return { result: AuthorizeResult.ALLOW };
    }

    if (
      isPermission(permission, catalogEntityDeletePermission) &&
      isResourcePermission(permission, 'catalog-entity')
    ) {
      return createCatalogConditionalDecision(
        permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    if (
      isPermission(permission, catalogLocationCreatePermission) ||
      isPermission(permission, catalogLocationDeletePermission) ||
      isPermission(permission, catalogEntityRefreshPermission)
    ) {
      // Registering or refreshing needs a team: anyone who belongs to one.
      return {
        result: claims.some(ref => ref.startsWith('group:'))
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    if (permission.name.startsWith('scaffolder.')) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (isResourcePermission(permission, AI_GOVERNANCE_RESOURCE_TYPE)) {
      // Approvals belong to the governance office (handled above); the
      // owning team records risks, controls, evidence and assessments,
      // and completes or dismisses its tasks (task.update).
      if (
        isPermission(permission, riskAcceptPermission) ||
        isPermission(permission, assessmentApprovePermission)
      ) {
        return { result: AuthorizeResult.DENY };
      }
      // Reporting an incident must never be blocked: any signed-in user
      // may report one on any AI system; triage stays with the owners.
      if (isPermission(permission, incidentCreatePermission)) {
        return { result: AuthorizeResult.ALLOW };
      }
      // Reviewing corrective actions is for another team than theirs: any
      // team member may ask, and the API refuses action owners and teammates.
      if (isPermission(permission, nonconformityReviewPermission)) {
        return {
          result: claims.some(ref => ref.startsWith('group:'))
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
        };
      }
      return createAiGovernanceConditionalDecision(
        permission,
        aiGovernanceConditions.isEntityOwner({ claims }),
      );
    }
    return { result: AuthorizeResult.DENY };
  }
}

/** Installs {@link PortalPermissionPolicy} in the permission backend. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'portal-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ policy, config }) {
        policy.setPolicy(PortalPermissionPolicy.fromConfig(config));
      },
    });
  },
});
