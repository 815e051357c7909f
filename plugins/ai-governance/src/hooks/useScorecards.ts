import type { EntityScorecard } from '@aigov/plugin-ai-governance-common';
import {
  type CompoundEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../api';
import { normalizeEntityRef } from '../components/shared/format';
import { useEntityLoad } from './useEntityLoad';

/** The governance scorecard of one AI system. */
export function useScorecard(entityRef: CompoundEntityRef) {
  return useEntityLoad(entityRef, (api, e) => api.getScorecard(e));
}

/** One AI system's scorecard, or why it could not be had. */
export type ScorecardResult<T> = T & {
  scorecard?: EntityScorecard;
  error?: unknown;
};

/**
 * The scorecards of several AI systems, fetched in parallel and settled one
 * by one: a system the user may not read (or that the backend doesn't know
 * yet) carries its own error instead of failing the whole list.
 */
export function useScorecards<T extends { entityRef: string }>(systems: T[]) {
  const api = useApi(aiGovernanceApiRef);
  // Keyed by the refs: callers build the array anew on every render.
  const key = systems.map(s => s.entityRef).join('\n');
  return useAsyncRetry(async () => {
    const results = await Promise.allSettled(
      systems.map(s => api.getScorecard(parseEntityRef(s.entityRef))),
    );
    return systems.map((system, i): ScorecardResult<T> => {
      const result = results[i];
      return result.status === 'fulfilled'
        ? { ...system, scorecard: result.value }
        : { ...system, error: result.reason };
    });
  }, [api, key]);
}

/** Per-team scorecards, one row per owning group and each of its ancestors. */
export function useTeamScorecards() {
  const api = useApi(aiGovernanceApiRef);
  return useAsyncRetry(() => api.getTeamScorecards(), [api]);
}

/** The scorecard row of one group, or null when the backend has none for it. */
export function useTeamScorecard(groupRef: string) {
  const api = useApi(aiGovernanceApiRef);
  const wanted = normalizeEntityRef(groupRef);
  return useAsyncRetry(async () => {
    const rows = await api.getTeamScorecards();
    return rows.find(r => normalizeEntityRef(r.groupRef) === wanted) ?? null;
  }, [api, wanted]);
}
