import { useState } from 'react';
import {
  auditCreateSchema,
  type Audit,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, describe, useCheckedSave } from '../shared';
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
  const [fields, setFields] = useState({
    title: '',
    clauses: '',
    controls: '',
    systems: '',
    auditors: '',
    leadAuditor: '',
    plannedStart: '',
    plannedEnd: '',
  });
  const { problem, saveError, saving, save } = useCheckedSave();
  const set = (f: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields({ ...fields, [f]: e.target.value });

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
    await save(auditCreateSchema.safeParse(body), async () => {
      props.onSaved(await api.createAudit(body));
    });
  };

  const field = (
    name: keyof typeof fields,
    label: string,
    hint: string,
    path: string = name,
    extra: object = {},
  ) => (
    <TextField
      id={`plan-audit-${name}`}
      label={label}
      fullWidth
      margin="normal"
      value={fields[name]}
      onChange={set(name)}
      error={!!problem(path)}
      helperText={describe(label, problem(path)) ?? hint}
      {...extra}
    />
  );

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
      saving={saving}
      saveError={saveError}
    >
      {field(
        'title',
        'Title',
        'What the audit covers, in a few words',
        'title',
        {
          required: true,
        },
      )}
      {field(
        'clauses',
        'Clauses',
        'Clause ids, e.g. 8.2, 9.1',
        'scope.clauses',
      )}
      {field(
        'controls',
        'Annex A controls',
        'Control ids, e.g. A.6.2.8',
        'scope.controls',
      )}
      {field(
        'systems',
        'AI systems',
        'Entity refs, e.g. aisystem:default/customer-support-assistant',
        'scope.systems',
      )}
      {field(
        'auditors',
        'Auditors',
        'User refs, e.g. user:default/james.whitfield; none may belong to a team that owns a system in scope',
        'auditors',
        { required: true },
      )}
      {field(
        'leadAuditor',
        'Lead auditor',
        'One of the auditors; the first by default',
      )}
      {field('plannedStart', 'Planned start', '', 'plannedStart', {
        type: 'date',
        required: true,
        InputLabelProps: { shrink: true },
      })}
      {field('plannedEnd', 'Planned end', '', 'plannedEnd', {
        type: 'date',
        required: true,
        InputLabelProps: { shrink: true },
      })}
    </FormDialog>
  );
}
