import {
  type CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { type AiGovernanceApi, aiGovernanceApiRef } from '../api';

/**
 * Loads something of one entity from the governance API; `retry` reloads.
 * It loads again only when the entity's ref string changes: callers may pass
 * a new ref object, and a new `load`, on every render.
 */
export function useEntityLoad<T>(
  entityRef: CompoundEntityRef,
  load: (api: AiGovernanceApi, entityRef: CompoundEntityRef) => Promise<T>,
) {
  const api = useApi(aiGovernanceApiRef);
  const ref = stringifyEntityRef(entityRef);
  return useAsyncRetry(() => load(api, entityRef), [api, ref]);
}
