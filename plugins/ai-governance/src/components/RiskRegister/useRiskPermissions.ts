import {
  riskAcceptPermission,
  riskCreatePermission,
  riskUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import {
  type CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { usePermission } from '@backstage/plugin-permission-react';
import { DENIED } from './constants';

type Result = ReturnType<typeof usePermission>;

/** Why the user may not do something, or undefined when they may. */
function reason(result: Result, denied: string): string | undefined {
  if (result.allowed) return undefined;
  if (result.loading) return DENIED.checking;
  if (result.error) return DENIED.failed;
  return denied;
}

/** What the user may do with this entity's risks, each as a disabled-reason. */
export function useRiskPermissions(entityRef: CompoundEntityRef) {
  const resourceRef = stringifyEntityRef(entityRef);
  const create = usePermission({
    permission: riskCreatePermission,
    resourceRef,
  });
  const update = usePermission({
    permission: riskUpdatePermission,
    resourceRef,
  });
  const accept = usePermission({
    permission: riskAcceptPermission,
    resourceRef,
  });
  return {
    create: reason(create, DENIED.create),
    update: reason(update, DENIED.update),
    accept: reason(accept, DENIED.accept),
  };
}
