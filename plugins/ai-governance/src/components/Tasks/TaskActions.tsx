import {
  taskUpdatePermission,
  type Task,
} from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import {
  DENIED,
  ReasonButton,
  disabledReason,
  usePermissionGuard,
} from '../shared';
import { TASK_KIND_LABELS } from './labels';
import { isAimsTask } from './taskLink';
import { shortName } from '../../hooks';

/** What the user may do with a task, in words. */
export type TaskAction = 'complete' | 'dismiss';

/** Complete and Dismiss for an open task, disabled with the reason for whoever may not. */
export function TaskActions(props: {
  task: Task;
  onAction: (task: Task, action: TaskAction) => void;
}) {
  const { task, onAction } = props;
  const guard = usePermissionGuard(
    taskUpdatePermission,
    task.entityRef,
    DENIED.taskUpdate,
  );
  // A management system task is done on its page (approving the document's
  // new version, the review's action), which closes it.
  if (task.status !== 'open' || isAimsTask(task)) return null;
  const reason = disabledReason(guard);
  // Rows of several systems each have these buttons; the name says whose.
  const what = `${TASK_KIND_LABELS[task.kind] ?? task.kind} of ${shortName(
    task.entityRef,
  )}`;
  return (
    <Box display="flex" flexWrap="wrap" gridGap={4}>
      <ReasonButton
        size="small"
        color="primary"
        variant="outlined"
        disabledReason={reason}
        aria-label={`Complete ${what}`}
        onClick={() => onAction(task, 'complete')}
      >
        Complete
      </ReasonButton>
      <ReasonButton
        size="small"
        disabledReason={reason}
        aria-label={`Dismiss ${what}`}
        onClick={() => onAction(task, 'dismiss')}
      >
        Dismiss
      </ReasonButton>
    </Box>
  );
}
