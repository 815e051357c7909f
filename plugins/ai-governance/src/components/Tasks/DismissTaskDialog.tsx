import {
  fieldProblems,
  taskDismissSchema,
  type Task,
} from '@aigov/plugin-ai-governance-common';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { FormDialog, describe } from '../shared';
import { TaskSummary } from './TaskSummary';
import { useTaskSave } from './useTaskSave';

/** Closes a task that needs no action; the reason stays on record for auditors. */
export function DismissTaskDialog(props: {
  task: Task;
  /** `stale` when the API said the task was closed meanwhile: reload the list. */
  onClose: (stale: boolean) => void;
  onSaved: (task: Task) => void;
}) {
  const { task, onClose, onSaved } = props;
  const [reason, setReason] = useState('');
  const save = useTaskSave(task, onSaved);

  const submit = () => {
    const checked = taskDismissSchema.safeParse({ reason });
    if (!checked.success) {
      save.reject(fieldProblems(checked.error));
      return;
    }
    save.send(version =>
      save.api.dismissTask(task.id, version, checked.data.reason),
    );
  };

  return (
    <FormDialog
      form
      titleId="dismiss-task-title"
      title="Dismiss task"
      maxWidth="sm"
      onClose={() => onClose(save.stale)}
      dirty={reason.trim() !== ''}
      onSave={submit}
      saveLabel="Dismiss task"
      saving={save.saving}
      saveError={save.saveError}
      onReload={save.reload}
      errorPlacement="above"
      alerts={
        save.notice && (
          <Alert severity="info" role="status">
            {save.notice}
          </Alert>
        )
      }
    >
      <TaskSummary task={task} />
      <DialogContentText>
        Dismiss a task only when it needs no action, e.g. a change that does not
        affect how the system behaves. The reason is kept in the history.
      </DialogContentText>
      <TextField
        id="dismiss-task-reason"
        label="Reason"
        required
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        value={reason}
        onChange={e => setReason(e.target.value)}
        error={!!save.problemFor('reason')}
        helperText={
          describe('Reason', save.problemFor('reason')) ??
          'Why the task needs no action'
        }
      />
    </FormDialog>
  );
}
