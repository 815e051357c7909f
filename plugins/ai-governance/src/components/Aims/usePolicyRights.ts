import { useMemo } from 'react';
import {
  AIMS_ENTITY_REF,
  aimsPolicyUpdatePermission,
  type AimsDocument,
  type DocumentVersion,
} from '@aigov/plugin-ai-governance-common';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { aiGovernanceApiRef } from '../../api';
import { disabledReason, usePermissionGuard, type Guard } from '../shared';
import {
  NOT_TOP_MANAGEMENT,
  OWN_VERSION,
  POLICY_UPDATE_DENIED,
  documentWriteDenied,
} from './policyLabels';

/** Who may do what on the Policies page, and why not. */
export interface PolicyRights {
  /** Creating a document: the governance office. */
  create: Guard;
  /** Why writing versions of `doc` is disabled; undefined when allowed. */
  writeReason(doc: Pick<AimsDocument, 'owner'>): string | undefined;
  /** Why approving or rejecting `version` is disabled; undefined when allowed. */
  decideReason(
    version: DocumentVersion,
    approving: boolean,
  ): string | undefined;
}

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * The rights the API applies, as the page can tell them beforehand: the
 * update permission (unconditional, or the document's owner among the
 * caller's ownership refs) and the AIMS role top-management (the roles
 * record's holders among the caller's user and groups), never for one's
 * own version.
 */
export function usePolicyRights(): PolicyRights {
  const api = useApi(aiGovernanceApiRef);
  const identityApi = useApi(identityApiRef);
  const create = usePermissionGuard(
    aimsPolicyUpdatePermission,
    AIMS_ENTITY_REF,
    POLICY_UPDATE_DENIED,
  );
  const who = useAsync(async () => {
    const [identity, roles] = await Promise.all([
      identityApi.getBackstageIdentity(),
      api.getAimsRoles(),
    ]);
    const mine = new Set(
      [identity.userEntityRef, ...identity.ownershipEntityRefs].map(lower),
    );
    const holders =
      roles.roles.find(r => r.role === 'top-management')?.holders ?? [];
    return {
      user: lower(identity.userEntityRef),
      mine,
      topManagement: holders.some(h => mine.has(lower(h))),
    };
  }, [api, identityApi]);

  return useMemo(
    () => ({
      create,
      writeReason: doc => {
        if (create.allowed) return undefined;
        if (who.value?.mine.has(lower(doc.owner))) return undefined;
        return create.pending || who.loading
          ? disabledReason(create)
          : documentWriteDenied(doc.owner);
      },
      decideReason: (version, approving) => {
        if (!who.value)
          return disabledReason({ allowed: false, pending: true });
        if (!who.value.topManagement) return NOT_TOP_MANAGEMENT;
        if (approving && lower(version.author) === who.value.user) {
          return OWN_VERSION;
        }
        return undefined;
      },
    }),
    [create, who.value, who.loading],
  );
}
