import { useCallback } from 'react';
import type { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';

/** The sections of the Governance tab, in the order it shows them. @public */
export const GOVERNANCE_SECTIONS = [
  'risks',
  'controls',
  'assessments',
  'tasks',
  'incidents',
  'changes',
  'history',
] as const;

/** A section of the Governance tab. @public */
export type GovernanceSection = (typeof GOVERNANCE_SECTIONS)[number];

/** Where in the Governance tab a link leads: a section, and a record in it. @public */
export interface GovernanceTabTarget {
  section?: GovernanceSection;
  /** The id of the record to bring into view (a risk, a control id, a task). */
  record?: string;
}

/**
 * Path of an entity's Governance tab, optionally at one section and record
 * (`?section=controls&record=A.6.2.4`), so every link can lead to where the
 * work is. The entity page is resolved through the catalog's own
 * `entityRouteRef` (as `EntityRefLink` does) rather than a hard-coded
 * `/catalog/...`, so the link stays right wherever the app mounts the
 * catalog; the tab itself is the `governance` content path that the plugin
 * registers on AiSystem pages.
 */
export function useGovernanceTabPath(): (
  entityRef: Entity | CompoundEntityRef | string,
  target?: GovernanceTabTarget,
) => string {
  const entityPath = useEntityRefLink();
  return useCallback(
    (entityRef, target) => {
      const path = `${entityPath(entityRef).replace(/\/$/, '')}/governance`;
      const query = new URLSearchParams();
      if (target?.section) query.set('section', target.section);
      if (target?.record) query.set('record', target.record);
      const search = query.toString();
      return search ? `${path}?${search}` : path;
    },
    [entityPath],
  );
}
