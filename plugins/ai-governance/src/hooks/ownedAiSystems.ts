import { AI_SYSTEM_KIND } from '@aigov/plugin-ai-governance-common';
import {
  RELATION_CHILD_OF,
  RELATION_OWNED_BY,
  RELATION_PARENT_OF,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type { catalogApiRef } from '@backstage/plugin-catalog-react';
import { normalizeEntityRef as norm } from '../components/shared/format';

type CatalogApi = typeof catalogApiRef.T;

/** An AI system to list, with what the catalog already says about it. */
export type ListedAiSystem = {
  /** Full entity ref, e.g. `aisystem:default/card-fraud-detection`. */
  entityRef: string;
  /** Tier from the catalog, used when the scorecard could not be loaded. */
  riskTier?: string | null;
  /** The owning group, shown when the list spans several groups. */
  owner?: string;
};

/**
 * The group and every group below it, as normalised refs. Both directions
 * of the hierarchy are read (`parentOf` on the parent, `childOf` on the
 * child) because a partial catalog may carry only one side; the visited set
 * keeps a cyclic hierarchy from looping.
 */
export function groupAndDescendants(
  group: Entity,
  groups: Entity[],
): Set<string> {
  const children = new Map<string, Set<string>>();
  const addEdge = (parent: string, child: string) => {
    const set = children.get(norm(parent)) ?? new Set<string>();
    set.add(norm(child));
    children.set(norm(parent), set);
  };
  for (const g of [group, ...groups]) {
    const ref = stringifyEntityRef(g);
    for (const r of g.relations ?? []) {
      if (r.type === RELATION_PARENT_OF) addEdge(ref, r.targetRef);
      if (r.type === RELATION_CHILD_OF) addEdge(r.targetRef, ref);
    }
  }
  const found = new Set<string>();
  const queue = [norm(stringifyEntityRef(group))];
  while (queue.length > 0) {
    const ref = queue.shift()!;
    if (found.has(ref)) continue;
    found.add(ref);
    queue.push(...(children.get(ref) ?? []));
  }
  return found;
}

/**
 * AiSystems owned by the group or one of its descendant groups, read from
 * the catalog (only the fields needed, to keep the responses small).
 */
export async function loadOwnedAiSystems(
  catalogApi: CatalogApi,
  group: Entity,
): Promise<ListedAiSystem[]> {
  const [groups, systems] = await Promise.all([
    catalogApi.getEntities({
      filter: { kind: 'Group' },
      fields: ['kind', 'metadata.namespace', 'metadata.name', 'relations'],
    }),
    catalogApi.getEntities({
      filter: { kind: AI_SYSTEM_KIND },
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'spec.riskTier',
        'relations',
      ],
    }),
  ]);
  const teams = groupAndDescendants(group, groups.items);
  return systems.items
    .flatMap((system): ListedAiSystem[] => {
      const owner = system.relations?.find(
        r => r.type === RELATION_OWNED_BY && teams.has(norm(r.targetRef)),
      );
      if (!owner) return [];
      const tier = system.spec?.riskTier;
      return [
        {
          entityRef: stringifyEntityRef(system),
          riskTier: typeof tier === 'string' ? tier : null,
          owner: owner.targetRef,
        },
      ];
    })
    .sort((a, b) => a.entityRef.localeCompare(b.entityRef));
}
