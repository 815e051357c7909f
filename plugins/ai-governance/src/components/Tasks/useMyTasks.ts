import { useMyOpenTasks } from '../../hooks';
import { type MyTaskSections, splitMyTasks } from './myTasks';

/**
 * The signed-in user's open tasks, their teams' and the approvals waiting
 * for them, each most urgent first; undefined until both the tasks and who
 * the user is are known. `retry` loads them again.
 */
export function useMyTasks() {
  const { tasks, userRef, error, retry } = useMyOpenTasks();
  const sections: MyTaskSections | undefined =
    tasks && userRef ? splitMyTasks(tasks, userRef) : undefined;
  return { sections, error, retry };
}
