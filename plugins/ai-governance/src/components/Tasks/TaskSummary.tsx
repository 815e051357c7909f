import type { Task } from '@aigov/plugin-ai-governance-common';
import DialogContentText from '@material-ui/core/DialogContentText';
import { TASK_KIND_LABELS } from './labels';
import { isOverdue } from './myTasks';

/** What a dialog closing a task says about it: what it asks, for which controls, by when. */
export function TaskSummary(props: { task: Task }) {
  const { task } = props;
  const controls =
    task.controlIds.length > 0
      ? ` (controls ${task.controlIds.join(', ')})`
      : '';
  return (
    <DialogContentText>
      {TASK_KIND_LABELS[task.kind] ?? task.kind}
      {controls}, due {task.dueAt}
      {isOverdue(task) ? ' — overdue' : ''}.
    </DialogContentText>
  );
}
