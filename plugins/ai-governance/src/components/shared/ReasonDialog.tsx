import type { ReactNode } from 'react';
import { useState } from 'react';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { FormDialog } from './FormDialog';
import { useCheckedSave, type CheckedBody } from './useCheckedSave';

/**
 * A dialog that asks for the one reason an action needs (rejecting,
 * dismissing): the reason is checked with the API's own schema, the API's
 * refusal is shown on the field, and the reason stays on record.
 */
export function ReasonDialog<T>(props: {
  /** Prefix of the element ids, e.g. `reject-incident`. */
  id: string;
  title: string;
  saveLabel: string;
  /** What the action does, above the field. */
  intro: ReactNode;
  /** The field's hint while it has no problem. */
  hint: string;
  /** Whether the reason must be written on several lines. */
  multiline?: boolean;
  /** The body for the API from the reason, checked by its schema. */
  check: (reason: string) => CheckedBody<T>;
  /** Where the schema and the API name the reason (`reason` unless given). */
  reasonPath?: string;
  send: (body: T) => Promise<void>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const save = useCheckedSave();
  return (
    <FormDialog
      form
      titleId={`${props.id}-title`}
      title={props.title}
      maxWidth="sm"
      onClose={props.onClose}
      dirty={reason.trim() !== ''}
      onSave={() => save.save(props.check(reason), props.send)}
      saveLabel={props.saveLabel}
      saving={save.saving}
      saveError={save.saveError}
    >
      <DialogContentText>{props.intro}</DialogContentText>
      <TextField
        id={`${props.id}-reason`}
        label="Reason"
        required
        multiline={props.multiline}
        minRows={props.multiline ? 3 : undefined}
        fullWidth
        margin="normal"
        value={reason}
        onChange={e => setReason(e.target.value)}
        {...save.fieldHelp(props.reasonPath ?? 'reason', 'Reason', props.hint)}
      />
    </FormDialog>
  );
}
