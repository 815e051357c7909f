import { useState } from 'react';
import {
  CONTROL_STATUSES,
  type ControlStatus,
  type EntityControl,
  getAnnexAControl,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import {
  type FieldErrors,
  CONTROL_STATUS_LABELS,
  SaveErrorAlert,
  apiFieldErrors,
  describe,
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
      const fresh = (await api.listControls(entityRef)).find(
        c => c.controlId === id,
      );
      if (!fresh) throw new Error(`Control ${id} is no longer listed`);
      setVersion(fresh.version);
      setReloaded(fresh);
      setSaveError(undefined);
    } catch (e) {
      setSaveError(e);
    }
  };

  const fieldId = (name: string) => `control-${id}-${name}`;
  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={fieldId('title')}
    >
      <DialogTitle id={fieldId('title')}>
        Edit {id} {control.title}
      </DialogTitle>
      <DialogContent>
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
          {CONTROL_STATUSES.map(s => (
            <option key={s} value={s}>
              {CONTROL_STATUS_LABELS[s]}
            </option>
          ))}
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
        <SaveErrorAlert error={saveError} onReload={reloadLatest} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={save}
          disabled={saving}
        >
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Says what the latest version holds, so the user can compare before saving. */
function reloadedNotice(fresh: EntityControl): string {
  const by = fresh.updatedBy ? ` (changed by ${fresh.updatedBy})` : '';
  const status = CONTROL_STATUS_LABELS[fresh.status].toLocaleLowerCase('en-US');
  const applicability = fresh.applicable ? 'applicable' : 'not applicable';
  return `Loaded the latest version${by}: ${applicability}, ${status}. Your changes are still in the form — check them and save again.`;
}
