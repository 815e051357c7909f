import { useState } from 'react';
import type { Audit } from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, useCheckedSave } from '../shared';

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
  const { fieldHelp, saveError, saving, save } = useCheckedSave();

  const submit = () =>
    save(
      // No schema checks this patch; its one rule, a conclusion, is below.
      { success: true, data: { status: 'completed' as const, summary } },
      async patch => {
        props.onSaved(await api.updateAudit(audit.id, audit.version, patch));
      },
      {
        more: summary.trim()
          ? []
          : [{ path: 'summary', message: "must give the audit's conclusion" }],
      },
    );

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
        {...fieldHelp(
          'summary',
          'Conclusion',
          'Whether the management system conforms and operates, and the findings in short',
        )}
      />
    </FormDialog>
  );
}
