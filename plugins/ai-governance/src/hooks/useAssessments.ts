import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../api';

/** An entity's assessments, newest first; pass a stable ref (see useStableEntityRef). */
export function useAssessments(entityRef: CompoundEntityRef) {
  const api = useApi(aiGovernanceApiRef);
  return useAsyncRetry(() => api.listAssessments(entityRef), [api, entityRef]);
}
