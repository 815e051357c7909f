import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../api';

/** Open risks by likelihood × impact across every AI system the user may see. */
export function useHeatMap() {
  const api = useApi(aiGovernanceApiRef);
  return useAsyncRetry(() => api.getHeatMap(), [api]);
}

/** The most overdue treatments, reviews, controls and expired evidence, up to `limit`. */
export function useOverdueItems(limit: number) {
  const api = useApi(aiGovernanceApiRef);
  return useAsyncRetry(() => api.listOverdue({ limit }), [api, limit]);
}
