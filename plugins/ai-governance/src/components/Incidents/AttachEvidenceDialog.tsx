import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import { aiGovernanceApiRef } from '../../api';
import { EvidencePicker } from '../Tasks/EvidencePicker';
import { FormDialog } from '../shared';

/**
 * Attaches the AI system's evidence (logs, screenshots, a post-mortem) to an
 * incident's timeline, one entry per item, as the API takes them.
 */
export function AttachEvidenceDialog(props: {
  incidentId: string;
  entityRef: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const api = useApi(aiGovernanceApiRef);
  const [selected, setSelected] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();

  const save = async () => {
    setSaving(true);
    setSaveError(undefined);
    try {
      for (const evidenceId of selected) {
        await api.addIncidentEntry(props.incidentId, {
          kind: 'attachment',
          evidenceId,
        });
      }
      props.onSaved();
    } catch (e) {
      setSaveError(e);
      setSaving(false);
    }
  };

  return (
    <FormDialog
      titleId="attach-evidence-title"
      title="Attach evidence to the timeline"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={selected.length > 0}
      onSave={save}
      saveLabel="Attach"
      saving={saving || selected.length === 0}
      saveError={saveError}
    >
      <DialogContentText>
        Evidence is added in the Controls section; pick what documents this
        incident.
      </DialogContentText>
      <EvidencePicker
        entityRef={props.entityRef}
        selected={selected}
        onChange={setSelected}
      />
    </FormDialog>
  );
}
