import { useState } from 'react';
import {
  correctiveActionSchema,
  fieldProblems,
  type CorrectiveActionInput,
  type FieldProblem,
} from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { OWNER_HINT, OwnerPicker, describe } from '../shared';

/** A row of fields that plans one more corrective action: what, who (a group or user) and by when. */
export function AddCorrectiveAction(props: {
  id: string;
  disabled?: boolean;
  onAdd: (action: CorrectiveActionInput) => Promise<boolean>;
}) {
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const problem = (f: string) => problems.find(p => p.path === f)?.message;

  const add = async () => {
    const action = { description, owner, dueDate, status: 'planned' as const };
    const checked = correctiveActionSchema.safeParse(action);
    if (!checked.success) {
      setProblems(fieldProblems(checked.error));
      return;
    }
    setProblems([]);
    if (await props.onAdd(action)) {
      setDescription('');
      setOwner('');
      setDueDate('');
    }
  };

  return (
    <Box display="flex" gridGap={8} alignItems="flex-start" flexWrap="wrap">
      <Box flex="2 1 240px">
        <TextField
          id={`${props.id}-description`}
          label="Corrective action"
          required
          fullWidth
          value={description}
          onChange={e => setDescription(e.target.value)}
          error={!!problem('description')}
          helperText={
            describe('Corrective action', problem('description')) ?? ' '
          }
        />
      </Box>
      <Box flex="1 1 200px">
        <OwnerPicker
          id={`${props.id}-owner`}
          label="Owner"
          required
          value={owner}
          onChange={setOwner}
          error={!!problem('owner')}
          helperText={describe('Owner', problem('owner')) ?? OWNER_HINT}
        />
      </Box>
      <TextField
        id={`${props.id}-due`}
        label="Due"
        type="date"
        required
        InputLabelProps={{ shrink: true }}
        value={dueDate}
        onChange={e => setDueDate(e.target.value)}
        error={!!problem('dueDate')}
        helperText={describe('Due', problem('dueDate')) ?? ' '}
      />
      <Button variant="outlined" disabled={props.disabled} onClick={add}>
        Add action
      </Button>
    </Box>
  );
}
