import { useState } from 'react';
import type { CorrectiveAction } from '@aigov/plugin-ai-governance-common';
import DialogContentText from '@material-ui/core/DialogContentText';
import { EvidencePicker } from '../Tasks/EvidencePicker';
import { FormDialog } from '../shared';

/** Links the AI system's evidence to a corrective action, showing it was done. */
export function ActionEvidenceDialog(props: {
  entityRef: string;
  action: CorrectiveAction;
  onClose: () => void;
  onSave: (evidenceIds: string[]) => Promise<boolean>;
}) {
  const { action } = props;
  const [selected, setSelected] = useState(action.evidenceIds);
  const [saving, setSaving] = useState(false);
  const dirty =
    [...selected].sort().join() !== [...action.evidenceIds].sort().join();

  const save = async () => {
    setSaving(true);
    if (!(await props.onSave(selected))) setSaving(false);
  };

  return (
    <FormDialog
      titleId="action-evidence-title"
      title="Evidence of the corrective action"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={dirty}
      onSave={save}
      saveLabel="Save evidence"
      saving={saving}
    >
      <DialogContentText>{action.description}</DialogContentText>
      <EvidencePicker
        entityRef={props.entityRef}
        selected={selected}
        onChange={setSelected}
      />
    </FormDialog>
  );
}
