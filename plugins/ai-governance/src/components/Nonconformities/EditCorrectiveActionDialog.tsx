import { useState } from 'react';
import {
  correctiveActionSchema,
  fieldErrorsOf,
  type CorrectiveAction,
  type Nonconformity,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, OWNER_HINT, OwnerPicker, useCheckedSave } from '../shared';
import { asInput } from './actionInput';

/**
 * Changes who owns a corrective action and when it is due, e.g. to hand it
 * from the only possible reviewer to another team. The API replaces the
 * whole list, so the other actions, and this one's status and evidence, are
 * sent as they are.
 */
export function EditCorrectiveActionDialog(props: {
  nonconformity: Nonconformity;
  action: CorrectiveAction;
  onClose: () => void;
  onSaved: (nonconformity: Nonconformity) => void;
  /** Reloads the nonconformity after a 412; the input stays in the form. */
  onReload?: () => void;
}) {
  const { nonconformity: nc, action } = props;
  const api = useApi(aiGovernanceApiRef);
  const [owner, setOwner] = useState(action.owner);
  const [dueDate, setDueDate] = useState(action.dueDate);
  const { fieldHelp, saveError, saving, save } = useCheckedSave();

  const submit = async () => {
    const edited = { ...asInput(action), owner, dueDate };
    // Read at save time: after a reload the list may hold other actions.
    const index = nc.correctiveActions.findIndex(a => a.id === action.id);
    // The API names this action's fields by its place in the list.
    const prefix = `correctiveActions[${index}].`;
    await save(
      correctiveActionSchema.safeParse(edited),
      async () => {
        props.onSaved(
          await api.updateNonconformity(nc.id, nc.version, {
            correctiveActions: nc.correctiveActions.map(a =>
              a.id === action.id
                ? { ...asInput(a), owner, dueDate }
                : asInput(a),
            ),
          }),
        );
      },
      {
        fieldsOf: e =>
          fieldErrorsOf(e).flatMap(p =>
            p.path.startsWith(prefix)
              ? [{ ...p, path: p.path.slice(prefix.length) }]
              : [],
          ),
      },
    );
  };

  return (
    <FormDialog
      titleId="edit-action-title"
      title="Change the corrective action"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={owner !== action.owner || dueDate !== action.dueDate}
      onSave={submit}
      saveLabel="Save"
      saving={saving}
      saveError={saveError}
      onReload={props.onReload}
    >
      <DialogContentText>{action.description}</DialogContentText>
      <OwnerPicker
        id="edit-action-owner"
        label="Owner"
        required
        margin="normal"
        value={owner}
        onChange={setOwner}
        {...fieldHelp('owner', 'Owner', OWNER_HINT)}
      />
      <TextField
        id="edit-action-due"
        label="Due"
        type="date"
        required
        fullWidth
        margin="normal"
        InputLabelProps={{ shrink: true }}
        value={dueDate}
        onChange={e => setDueDate(e.target.value)}
        {...fieldHelp('dueDate', 'Due', ' ')}
      />
    </FormDialog>
  );
}
