import {
  AI_RISK_TIERS,
  AI_SYSTEM_KIND,
} from '@aigov/plugin-ai-governance-common';
import type { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { loadOwnedAiSystems } from './ownedAiSystems';

/** Key for AI systems without a `spec.riskTier`. */
const NOT_SET = '';

/** Counts AI systems per tier: known tiers strictest first, then any other value, then "not set" (''). */
export function countByTier(
  entities: Array<{ spec?: { riskTier?: unknown } }>,
): Array<{ tier: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of entities) {
    const tier =
      typeof e.spec?.riskTier === 'string' ? e.spec.riskTier : NOT_SET;
    counts.set(tier, (counts.get(tier) ?? 0) + 1);
  }
  const known: string[] = [...AI_RISK_TIERS];
  const others = [...counts.keys()]
    .filter(t => t !== NOT_SET && !known.includes(t))
    .sort();
  return [...known, ...others, NOT_SET].map(tier => ({
    tier,
    count: counts.get(tier) ?? 0,
  }));
}

/** How many AI systems the catalog holds, and how many per EU AI Act tier. */
export function useAiSystemTiers() {
  const catalogApi = useApi(catalogApiRef);
  return useAsyncRetry(async () => {
    // Only the tier is needed; the catalog sends nothing else.
    const { items } = await catalogApi.getEntities({
      filter: { kind: AI_SYSTEM_KIND },
      fields: ['spec.riskTier'],
    });
    return { total: items.length, tiers: countByTier(items) };
  }, [catalogApi]);
}

/** The AI systems a group or one of its descendant groups owns, from the catalog. */
export function useOwnedAiSystems(group: Entity) {
  const catalogApi = useApi(catalogApiRef);
  return useAsyncRetry(
    () => loadOwnedAiSystems(catalogApi, group),
    [catalogApi, group],
  );
}
