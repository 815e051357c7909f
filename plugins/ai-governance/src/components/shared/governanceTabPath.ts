import { useCallback } from 'react';
import type { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';

/**
 * Path of an entity's Governance tab. The entity page is resolved through the
 * catalog's own `entityRouteRef` (as `EntityRefLink` does) rather than a
 * hard-coded `/catalog/...`, so the link stays right wherever the app mounts
 * the catalog; the tab itself is the `governance` content path that the
 * plugin registers on AiSystem pages.
 */
export function useGovernanceTabPath(): (
  entityRef: Entity | CompoundEntityRef | string,
) => string {
  const entityPath = useEntityRefLink();
  return useCallback(
    entityRef => `${entityPath(entityRef).replace(/\/$/, '')}/governance`,
    [entityPath],
  );
}
