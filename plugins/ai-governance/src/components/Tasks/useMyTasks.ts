import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { allPages } from '../shared';
import { useCurrentUserRef } from '../../hooks/useCurrentUserRef';
import { type MyTaskSections, splitMyTasks } from './myTasks';

/**
 * The signed-in user's open tasks, their teams' and the approvals waiting
 * for them, each most urgent first; undefined until both the tasks and who
 * the user is are known. `retry` loads them again.
 */
export function useMyTasks() {
  const api = useApi(aiGovernanceApiRef);
  const userRef = useCurrentUserRef();
  const tasks = useAsyncRetry(
    () =>
      allPages(cursor =>
        api.listTasks({ assignee: 'me', status: 'open', cursor, limit: 100 }),
      ),
    [api],
  );
  const sections: MyTaskSections | undefined =
    tasks.value && userRef ? splitMyTasks(tasks.value, userRef) : undefined;
  return { sections, error: tasks.error, retry: tasks.retry };
}
