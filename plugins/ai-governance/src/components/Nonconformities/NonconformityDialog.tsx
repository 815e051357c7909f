import { useState } from 'react';
import {
  fieldErrorsOf,
  fieldProblems,
  nonconformityCreateSchema,
  type FieldProblem,
  type Incident,
  type Nonconformity,
  type NonconformityCreate,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, describe } from '../shared';

type Field = 'description' | 'correction' | 'rootCause';

/**
 * Opens a nonconformity (clause 10.2) from an incident: its source is the
 * incident, by id, so the two stay linked; corrective actions are planned
 * on the nonconformity afterwards.
 */
export function NonconformityDialog(props: {
  incident: Incident;
  onClose: () => void;
  onSaved: (nonconformity: Nonconformity) => void;
}) {
  const { incident } = props;
  const api = useApi(aiGovernanceApiRef);
  const [values, setValues] = useState<Record<Field, string>>({
    description: '',
    correction: incident.containment ?? '',
    rootCause: incident.rootCause ?? '',
  });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const problem = (f: string) => problems.find(p => p.path === f)?.message;

  const submit = async () => {
    const body: NonconformityCreate = {
      entityRef: incident.entityRef,
      source: 'incident',
      sourceId: incident.id,
      description: values.description,
      correction: values.correction.trim() || null,
      rootCause: values.rootCause.trim() || null,
    };
    const checked = nonconformityCreateSchema.safeParse(body);
    setSaveError(undefined);
    if (!checked.success) {
      setProblems(fieldProblems(checked.error));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      props.onSaved(await api.createNonconformity(body));
    } catch (e) {
      setSaveError(e);
      setProblems(fieldErrorsOf(e));
      setSaving(false);
    }
  };

  const field = (key: Field, label: string, hint: string, required = false) => (
    <TextField
      id={`nonconformity-${key}`}
      label={label}
      required={required}
      multiline
      minRows={2}
      fullWidth
      margin="normal"
      value={values[key]}
      onChange={e => setValues(v => ({ ...v, [key]: e.target.value }))}
      error={!!problem(key)}
      helperText={describe(label, problem(key)) ?? hint}
    />
  );

  return (
    <FormDialog
      form
      titleId="nonconformity-title"
      title="Open a nonconformity"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={values.description.trim() !== ''}
      onSave={submit}
      saveLabel="Open nonconformity"
      saving={saving}
      saveError={saveError}
    >
      <DialogContentText>
        Source: incident “{incident.title}” ({incident.id})
      </DialogContentText>
      {field(
        'description',
        'Description',
        'Which requirement was not met',
        true,
      )}
      {field('correction', 'Correction', 'What was done at once to contain it')}
      {field('rootCause', 'Root cause', 'Why it happened, if known')}
    </FormDialog>
  );
}
