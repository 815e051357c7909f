import {
  auditCreateSchema,
  type Audit,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, useCheckedForm } from '../shared';
import { listOf } from './auditLabels';

/**
 * Plans an internal audit of `year`: its title, scope (clauses, Annex A
 * controls and AI systems, comma-separated), auditors and lead auditor, and
 * planned dates. The API's refusal of an auditor whose team owns a system in
 * scope is shown as the save error, naming both.
 */
export function PlanAuditDialog(props: {
  year: number;
  onClose: () => void;
  onSaved: (audit: Audit) => void;
}) {
  const api = useApi(aiGovernanceApiRef);
  const form = useCheckedForm(
    {
      title: '',
      clauses: '',
      controls: '',
      systems: '',
      auditors: '',
      leadAuditor: '',
      plannedStart: '',
      plannedEnd: '',
    },
    'plan-audit',
  );
  const fields = form.values;

  const submit = async () => {
    const auditors = listOf(fields.auditors);
    const body = {
      year: props.year,
      title: fields.title,
      scope: {
        clauses: listOf(fields.clauses),
        controls: listOf(fields.controls),
        systems: listOf(fields.systems),
      },
      auditors,
      leadAuditor: fields.leadAuditor.trim() || auditors[0] || '',
      plannedStart: fields.plannedStart,
      plannedEnd: fields.plannedEnd,
    };
    await form.save(auditCreateSchema.safeParse(body), async () => {
      props.onSaved(await api.createAudit(body));
    });
  };

  return (
    <FormDialog
      form
      titleId="plan-audit-dialog-title"
      title={`Plan an internal audit for ${props.year}`}
      maxWidth="sm"
      onClose={props.onClose}
      dirty={Object.values(fields).some(Boolean)}
      onSave={submit}
      saveLabel="Plan audit"
      saving={form.saving}
      saveError={form.saveError}
    >
      <TextField
        {...form.text(
          'title',
          'Title',
          'What the audit covers, in a few words',
        )}
        required
      />
      <TextField
        {...form.text(
          'clauses',
          'Clauses',
          'Clause ids, e.g. 8.2, 9.1',
          'scope.clauses',
        )}
      />
      <TextField
        {...form.text(
          'controls',
          'Annex A controls',
          'Control ids, e.g. A.6.2.8',
          'scope.controls',
        )}
      />
      <TextField
        {...form.text(
          'systems',
          'AI systems',
          'Entity refs, e.g. aisystem:default/customer-support-assistant',
          'scope.systems',
        )}
      />
      <TextField
        {...form.text(
          'auditors',
          'Auditors',
          'User refs, e.g. user:default/james.whitfield; none may belong to a team that owns a system in scope',
        )}
        required
      />
      <TextField
        {...form.text(
          'leadAuditor',
          'Lead auditor',
          'One of the auditors; the first by default',
        )}
      />
      <TextField
        {...form.text('plannedStart', 'Planned start', '')}
        type="date"
        required
        InputLabelProps={{ shrink: true }}
      />
      <TextField
        {...form.text('plannedEnd', 'Planned end', '')}
        type="date"
        required
        InputLabelProps={{ shrink: true }}
      />
    </FormDialog>
  );
}
