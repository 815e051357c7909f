import {
  fieldProblems,
  riskDecisionSchema,
  type Risk,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { useState } from 'react';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog } from '../shared';

/**
 * Dismisses proposed risks for one reason: they are closed, the reason added
 * to each treatment plan, so the history says why a suggestion never counted.
 */
export function DismissRisksDialog(props: {
  entityRef: CompoundEntityRef;
  risks: Risk[];
  onClose: () => void;
  onDismissed: (risks: Risk[]) => void;
}) {
  const { entityRef, risks, onClose, onDismissed } = props;
  const api = useApi(aiGovernanceApiRef);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();

  const submit = async () => {
    const checked = riskDecisionSchema.safeParse({
      ids: risks.map(r => r.id),
      decision: 'dismiss',
      reason,
    });
    if (!checked.success) {
      setProblem(
        fieldProblems(checked.error).find(p => p.path === 'reason')?.message,
      );
      return;
    }
    setProblem(undefined);
    setSaving(true);
    setSaveError(undefined);
    try {
      onDismissed(
        (await api.decideProposedRisks(entityRef, checked.data)).items,
      );
    } catch (e) {
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  };

  const title =
    risks.length === 1
      ? `Dismiss proposed risk: ${risks[0].title}`
      : `Dismiss ${risks.length} proposed risks`;
  return (
    <FormDialog
      form
      titleId="dismiss-risks-title"
      title={title}
      maxWidth="sm"
      onClose={onClose}
      dirty={reason !== ''}
      onSave={submit}
      saveLabel="Dismiss"
      saving={saving}
      saveError={saveError}
    >
      <DialogContentText>
        A template suggested {risks.length === 1 ? 'this risk' : 'these risks'}{' '}
        from the risk library. Dismissing closes{' '}
        {risks.length === 1 ? 'it' : 'them'} without ever counting on the
        scorecard; the reason is kept in the treatment plan and the history.
      </DialogContentText>
      <TextField
        id="dismiss-reason"
        label="Reason"
        required
        fullWidth
        margin="normal"
        value={reason}
        onChange={e => setReason(e.target.value)}
        error={!!problem}
        helperText={problem ?? 'Why the risk does not apply to this AI system'}
      />
    </FormDialog>
  );
}
