import { useState } from 'react';
import {
  CONTROL_STATUSES,
  type EntityControl,
  getAnnexAControl,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import {
  CONTROL_STATUS_LABELS,
  FormDialog,
  type RecordDialogProps,
  findLatest,
  OWNER_HINT,
  OwnerPicker,
  ownerPickerProps,
  selectOptions,
} from '../shared';
import { ControlMappings } from './ControlMappings';
import {
  controlToForm,
  formToBody,
  isControlFormDirty,
  validateControl,
} from './controlForm';
import { useDialogForm } from './useDialogForm';

/**
 * Edits one Statement of Applicability row. The version the form was opened
 * at is sent as If-Match; after a 412 "Reload latest" takes the fresh version
 * but leaves the user's input in the form, so nothing typed is lost.
 */
export function ControlEditDialog(
  props: RecordDialogProps<EntityControl> & { control: EntityControl },
) {
  const { entityRef, control, onClose, onSaved } = props;
  const api = useApi(aiGovernanceApiRef);
  const id = control.controlId;
  const form = useDialogForm(() => controlToForm(control), `control-${id}`);
  const { values, set, field } = form;
  const [version, setVersion] = useState(control.version);
  // What the form was loaded from: the opened row, then the reloaded one.
  const [baseline, setBaseline] = useState(() => controlToForm(control));
  const [reloaded, setReloaded] = useState<EntityControl>();
  const guidance = getAnnexAControl(id)?.guidance;

  const save = () => {
    const body = formToBody(values);
    return form.save(validateControl(body), async () => {
      form.setSaveError(undefined);
      onSaved(await api.putControl(entityRef, id, version, body));
    });
  };

  const reloadLatest = async () => {
    try {
      const fresh = await findLatest(
        api.listControls(entityRef),
        c => c.controlId === id,
        `Control ${id} is no longer listed`,
      );
      setVersion(fresh.version);
      setReloaded(fresh);
      // Fields the user left alone show the latest version; edits stay.
      const latest = controlToForm(fresh);
      for (const key of Object.keys(latest) as Array<keyof typeof latest>) {
        if (values[key] === baseline[key]) set(key, latest[key]);
      }
      setBaseline(latest);
      form.setSaveError(undefined);
    } catch (e) {
      form.setSaveError(e);
    }
  };

  return (
    <FormDialog
      titleId={form.fieldId('title')}
      title={`Edit ${id} ${control.title}`}
      maxWidth="sm"
      onClose={onClose}
      dirty={isControlFormDirty(baseline, values)}
      onSave={save}
      saveLabel="Save"
      saving={form.saving}
      saveError={form.saveError}
      onReload={reloadLatest}
    >
      {guidance && <DialogContentText>{guidance}</DialogContentText>}
      <ControlMappings controlId={id} variant="body2" />
      {reloaded && <Alert severity="info">{reloadedNotice(reloaded)}</Alert>}
      <FormControlLabel
        control={
          <Switch
            checked={values.applicable}
            onChange={e => set('applicable', e.target.checked)}
            color="primary"
          />
        }
        label="Applies to this AI system"
      />
      <TextField
        {...field(
          'justification',
          'Justification',
          values.applicable
            ? 'How the control applies (optional)'
            : 'Why the control is excluded for this AI system',
        )}
        required={!values.applicable}
        multiline
        minRows={2}
      />
      <TextField
        {...field('status', 'Status')}
        select
        SelectProps={{ native: true }}
      >
        {selectOptions(CONTROL_STATUSES, CONTROL_STATUS_LABELS)}
      </TextField>
      <OwnerPicker
        {...ownerPickerProps(field('owner', 'Owner', OWNER_HINT))}
        onChange={owner => set('owner', owner)}
      />
      <TextField
        {...field('dueDate', 'Due date')}
        type="date"
        InputLabelProps={{ shrink: true }}
      />
    </FormDialog>
  );
}

/** Says what the latest version holds, so the user can compare before saving. */
function reloadedNotice(fresh: EntityControl): string {
  const by = fresh.updatedBy ? ` (changed by ${fresh.updatedBy})` : '';
  const status = CONTROL_STATUS_LABELS[fresh.status].toLocaleLowerCase('en-US');
  const applicability = fresh.applicable ? 'applicable' : 'not applicable';
  return `Loaded the latest version${by}: ${applicability}, ${status}. Your changes are still in the form — check them and save again.`;
}
