import {
  fieldProblems,
  taskCompleteSchema,
  type Task,
} from '@aigov/plugin-ai-governance-common';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { FormDialog, describe } from '../shared';
import { EvidencePicker } from './EvidencePicker';
import { TaskSummary } from './TaskSummary';
import { useTaskSave } from './useTaskSave';

/** Closes a task as done: what was done, and the evidence that shows it. */
export function CompleteTaskDialog(props: {
  task: Task;
  /** `stale` when the API said the task was closed meanwhile: reload the list. */
  onClose: (stale: boolean) => void;
  onSaved: (task: Task) => void;
}) {
  const { task, onClose, onSaved } = props;
  const [outcome, setOutcome] = useState('');
  const [evidenceIds, setEvidenceIds] = useState<string[]>([]);
  const save = useTaskSave(task, onSaved);

  const submit = () => {
    const checked = taskCompleteSchema.safeParse({ outcome, evidenceIds });
    if (!checked.success) {
      save.reject(fieldProblems(checked.error));
      return;
    }
    save.send(version => save.api.completeTask(task.id, version, checked.data));
  };

  return (
    <FormDialog
      form
      titleId="complete-task-title"
      title="Complete task"
      maxWidth="sm"
      onClose={() => onClose(save.stale)}
      dirty={outcome.trim() !== '' || evidenceIds.length > 0}
      onSave={submit}
      saveLabel="Complete task"
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
      <TextField
        id="complete-task-outcome"
        label="Outcome"
        required
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        value={outcome}
        onChange={e => setOutcome(e.target.value)}
        error={!!save.problemFor('outcome')}
        helperText={
          describe('Outcome', save.problemFor('outcome')) ??
          'What was done, e.g. what the revalidation found'
        }
      />
      <EvidencePicker
        entityRef={task.entityRef}
        selected={evidenceIds}
        onChange={setEvidenceIds}
        error={describe('Evidence', save.problemFor('evidenceIds'))}
      />
    </FormDialog>
  );
}
