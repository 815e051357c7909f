import type { CompoundEntityRef } from '@backstage/catalog-model';
import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../api';
import { allPages } from '../components/shared/allPages';
import { useCurrentUserRef } from './useCurrentUserRef';

/**
 * The open tasks of the signed-in user and of the groups they belong to
 * (the API's `assignee=me`), with who the user is, to tell the two apart;
 * `tasks` is undefined until loaded.
 */
export function useMyOpenTasks() {
  const api = useApi(aiGovernanceApiRef);
  const userRef = useCurrentUserRef();
  const tasks = useAsyncRetry(
    () =>
      allPages(cursor =>
        api.listTasks({ assignee: 'me', status: 'open', cursor, limit: 100 }),
      ),
    [api],
  );
  return {
    tasks: tasks.value,
    userRef,
    error: tasks.error,
    retry: tasks.retry,
  };
}

/** Every task of an entity, open and closed; pass a stable ref (see useStableEntityRef). */
export function useEntityTasks(entityRef: CompoundEntityRef) {
  const api = useApi(aiGovernanceApiRef);
  return useAsyncRetry(
    () =>
      allPages(cursor =>
        api.listEntityTasks(entityRef, { cursor, limit: 100 }),
      ),
    [api, entityRef],
  );
}

/** Every evidence item of the entity `entityRef` names, e.g. to link to a completed task. */
export function useEntityEvidence(entityRef: string) {
  const api = useApi(aiGovernanceApiRef);
  return useAsyncRetry(() => {
    const entity = parseEntityRef(entityRef);
    return allPages(cursor => api.listEvidence(entity, { cursor, limit: 100 }));
  }, [api, entityRef]);
}

/** The change log the catalog sync wrote for an entity, newest first; pass a stable ref. */
export function useChanges(entityRef: CompoundEntityRef) {
  const api = useApi(aiGovernanceApiRef);
  return useAsyncRetry(
    () =>
      allPages(cursor => api.listChanges(entityRef, { cursor, limit: 100 })),
    [api, entityRef],
  );
}
