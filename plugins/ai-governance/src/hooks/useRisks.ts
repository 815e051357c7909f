import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { aiGovernanceApiRef } from '../api';
import { useEntityLoad } from './useEntityLoad';

/** Every risk of an entity; `retry` reloads after a save. */
export function useRisks(entityRef: CompoundEntityRef) {
  return useEntityLoad(entityRef, (api, e) => api.listAllRisks(e));
}

/** The risk library's scenarios for a system type, narrowed by tier. */
export function useRiskScenarios(systemType: string, tier?: string) {
  const api = useApi(aiGovernanceApiRef);
  return useAsync(
    () => api.getRiskScenarios(systemType, tier),
    [api, systemType, tier],
  );
}
