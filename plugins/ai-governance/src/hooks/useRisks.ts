import {
  type CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../api';

/** Every risk of an entity; `retry` reloads after a save. */
export function useRisks(entityRef: CompoundEntityRef) {
  const api = useApi(aiGovernanceApiRef);
  // The ref object may be new on every render; its string form is stable.
  const ref = stringifyEntityRef(entityRef);
  return useAsyncRetry(() => api.listAllRisks(entityRef), [api, ref]);
}

/** The risk library's scenarios for a system type, narrowed by tier. */
export function useRiskScenarios(systemType: string, tier?: string) {
  const api = useApi(aiGovernanceApiRef);
  return useAsync(
    () => api.getRiskScenarios(systemType, tier),
    [api, systemType, tier],
  );
}
