import { useState } from 'react';
import type { Incident } from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog } from '../shared';

/** Rejects an incident (not an incident, a duplicate); the reason is required and kept on record. */
export function RejectIncidentDialog(props: {
  incident: Incident;
  onClose: () => void;
  onSaved: (incident: Incident) => void;
}) {
  const { incident } = props;
  const api = useApi(aiGovernanceApiRef);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setSaving(true);
    setSaveError(undefined);
    try {
      props.onSaved(
        await api.updateIncident(incident.id, incident.version, {
          status: 'rejected',
          rejectionReason: reason.trim(),
        }),
      );
    } catch (e) {
      setSaveError(e);
      setSaving(false);
    }
  };

  return (
    <FormDialog
      form
      titleId="reject-incident-title"
      title="Reject incident"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={reason.trim() !== ''}
      onSave={submit}
      saveLabel="Reject incident"
      saving={saving}
      saveError={saveError}
    >
      <DialogContentText>
        Reject “{incident.title}” only when it is not an AI incident or
        duplicates another. The reason stays on its timeline.
      </DialogContentText>
      <TextField
        id="reject-incident-reason"
        label="Reason"
        required
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        value={reason}
        onChange={e => setReason(e.target.value)}
        error={missing}
        helperText={
          missing ? 'Reason must not be empty' : 'Why this is not an incident'
        }
      />
    </FormDialog>
  );
}
