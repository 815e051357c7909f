import { useState } from 'react';
import {
  CONTROL_STATUSES,
  type ControlStatus,
  type EntityControl,
  getAnnexAControl,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import {
  type FieldErrors,
  CONTROL_STATUS_LABELS,
  FormDialog,
  apiFieldErrors,
  describe,
  findLatest,
  selectOptions,
} from '../shared';
import {
  type ControlFormValues,
  controlToForm,
  formToBody,
  validateControl,
} from './controlForm';

/**
 * Edits one Statement of Applicability row. The version the form was opened
 * at is sent as If-Match; after a 412 "Reload latest" takes the fresh version
 * but leaves the user's input in the form, so nothing typed is lost.
 */
export function ControlEditDialog(props: {
  entityRef: CompoundEntityRef;
  control: EntityControl;
  onClose: () => void;
  onSaved: (control: EntityControl) => void;
}) {
  const { entityRef, control, onClose, onSaved } = props;
  const api = useApi(aiGovernanceApiRef);
  const [values, setValues] = useState<ControlFormValues>(() =>
    controlToForm(control),
  );
  const [version, setVersion] = useState(control.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<unknown>();
  const [reloaded, setReloaded] = useState<EntityControl>();
  const [saving, setSaving] = useState(false);
  const id = control.controlId;
  const guidance = getAnnexAControl(id)?.guidance;

  const set = <K extends keyof ControlFormValues>(
    key: K,
    value: ControlFormValues[K],
  ) => setValues(v => ({ ...v, [key]: value }));

  const save = async () => {
    const body = formToBody(values);
    const problems = validateControl(body);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      onSaved(await api.putControl(entityRef, id, version, body));
    } catch (e) {
      setErrors(apiFieldErrors(e));
      setSaveError(e);
    } finally {
      setSaving(false);
    }
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
      setSaveError(undefined);
    } catch (e) {
      setSaveError(e);
    }
  };

  const fieldId = (name: string) => `control-${id}-${name}`;
  return (
    <FormDialog
      titleId={fieldId('title')}
      title={`Edit ${id} ${control.title}`}
      maxWidth="sm"
      onClose={onClose}
      onSave={save}
      saveLabel="Save"
      saving={saving}
      saveError={saveError}
      onReload={reloadLatest}
    >
      {guidance && <DialogContentText>{guidance}</DialogContentText>}
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
        id={fieldId('justification')}
        label="Justification"
        value={values.justification}
        onChange={e => set('justification', e.target.value)}
        required={!values.applicable}
        error={!!errors.justification}
        helperText={
          describe('Justification', errors.justification) ??
          (values.applicable
            ? 'How the control applies (optional)'
            : 'Why the control is excluded for this AI system')
        }
        multiline
        minRows={2}
        fullWidth
        margin="normal"
      />
      <TextField
        id={fieldId('status')}
        select
        SelectProps={{ native: true }}
        label="Status"
        value={values.status}
        onChange={e => set('status', e.target.value as ControlStatus)}
        error={!!errors.status}
        helperText={describe('Status', errors.status)}
        fullWidth
        margin="normal"
      >
        {selectOptions(CONTROL_STATUSES, CONTROL_STATUS_LABELS)}
      </TextField>
      <TextField
        id={fieldId('owner')}
        label="Owner"
        value={values.owner}
        onChange={e => set('owner', e.target.value)}
        error={!!errors.owner}
        helperText={
          describe('Owner', errors.owner) ??
          'An entity reference, e.g. group:default/payments-risk'
        }
        fullWidth
        margin="normal"
      />
      <TextField
        id={fieldId('dueDate')}
        label="Due date"
        type="date"
        value={values.dueDate}
        onChange={e => set('dueDate', e.target.value)}
        error={!!errors.dueDate}
        helperText={describe('Due date', errors.dueDate)}
        InputLabelProps={{ shrink: true }}
        fullWidth
        margin="normal"
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
