import { useState } from 'react';
import {
  fieldErrorsOf,
  type Audit,
  type FieldProblem,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, describe } from '../shared';

/** Completes an in-progress audit with its conclusion, at the version read. */
export function CompleteAuditDialog(props: {
  audit: Audit;
  onClose: () => void;
  onSaved: (audit: Audit) => void;
  onReload: () => void;
}) {
  const { audit } = props;
  const api = useApi(aiGovernanceApiRef);
  const [summary, setSummary] = useState(audit.summary);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const problem = problems.find(p => p.path === 'summary')?.message;

  const submit = async () => {
    setSaveError(undefined);
    if (!summary.trim()) {
      setProblems([
        { path: 'summary', message: "must give the audit's conclusion" },
      ]);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      props.onSaved(
        await api.updateAudit(audit.id, audit.version, {
          status: 'completed',
          summary,
        }),
      );
    } catch (e) {
      setSaveError(e);
      setProblems(fieldErrorsOf(e));
      setSaving(false);
    }
  };

  return (
    <FormDialog
      form
      titleId="complete-audit-title"
      title={`Complete ${audit.title}`}
      maxWidth="sm"
      onClose={props.onClose}
      dirty={summary !== audit.summary}
      onSave={submit}
      saveLabel="Complete audit"
      saving={saving}
      saveError={saveError}
      onReload={props.onReload}
    >
      <TextField
        id="complete-audit-summary"
        label="Conclusion"
        required
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        value={summary}
        onChange={e => setSummary(e.target.value)}
        error={!!problem}
        helperText={
          describe('Conclusion', problem) ??
          'Whether the management system conforms and operates, and the findings in short'
        }
      />
    </FormDialog>
  );
}
