import { useState } from 'react';
import {
  INCIDENT_HARM_CATEGORIES,
  INCIDENT_SEVERITIES,
  SERIOUS_INCIDENT_CATEGORIES,
  type FieldProblem,
  type Incident,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Grid from '@material-ui/core/Grid';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import { fieldErrorsOf } from '@aigov/plugin-ai-governance-common';
import { aiGovernanceApiRef } from '../../api';
import {
  FormDialog,
  describe,
  selectOptions,
  type RecordDialogProps,
} from '../shared';
import {
  emptyIncidentForm,
  toIncidentCreate,
  type IncidentForm,
} from './incidentForm';
import {
  HARM_LABELS,
  SERIOUS_CATEGORY_LABELS,
  SEVERITY_LABELS,
} from './labels';

/**
 * Reports an incident on an AI system. Anyone signed in may, so the form
 * asks only what a reporter knows; the owner triages the rest. A serious
 * incident starts the Art. 73 clock from "aware at", hence its category.
 */
export function ReportIncidentDialog(props: RecordDialogProps<Incident>) {
  const api = useApi(aiGovernanceApiRef);
  const [initial] = useState(() => emptyIncidentForm());
  const [form, setForm] = useState<IncidentForm>(initial);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof IncidentForm>(key: K, value: IncidentForm[K]) =>
    setForm(f => ({ ...f, [key]: value }));
  const problem = (field: string) =>
    problems.find(p => p.path === field || p.path.startsWith(`${field}.`))
      ?.message;
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);

  const submit = async () => {
    const checked = toIncidentCreate(form);
    setSaveError(undefined);
    if ('problems' in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      props.onSaved(await api.createIncident(props.entityRef, checked.body));
    } catch (e) {
      setSaveError(e);
      setProblems(fieldErrorsOf(e));
      setSaving(false);
    }
  };

  const text = (
    key: 'title' | 'description' | 'detectedAt' | 'awareAt',
    label: string,
    hint: string,
    extra: Record<string, unknown> = {},
  ) => (
    <TextField
      id={`incident-${key}`}
      label={label}
      fullWidth
      margin="normal"
      value={form[key]}
      onChange={e => set(key, e.target.value)}
      error={!!problem(key)}
      helperText={describe(label, problem(key)) ?? hint}
      {...extra}
    />
  );

  const toggleHarm = (harm: (typeof INCIDENT_HARM_CATEGORIES)[number]) =>
    set(
      'harmCategories',
      form.harmCategories.includes(harm)
        ? form.harmCategories.filter(h => h !== harm)
        : [...form.harmCategories, harm],
    );

  return (
    <FormDialog
      form
      titleId="report-incident-title"
      title="Report an incident"
      maxWidth="md"
      onClose={props.onClose}
      dirty={dirty}
      onSave={submit}
      saveLabel="Report incident"
      saving={saving}
      saveError={saveError}
    >
      {text('title', 'Title', 'What happened, in a few words', {
        required: true,
      })}
      {text('description', 'Description', 'What was seen, where and by whom', {
        multiline: true,
        minRows: 3,
      })}
      <Grid container spacing={2}>
        <Grid item xs={12} sm={6}>
          {text(
            'detectedAt',
            'Detected at',
            'When it happened or was noticed',
            {
              required: true,
              type: 'datetime-local',
              InputLabelProps: { shrink: true },
            },
          )}
        </Grid>
        <Grid item xs={12} sm={6}>
          {text(
            'awareAt',
            'Aware at',
            'When the organisation became aware: the reporting clock starts here',
            {
              required: true,
              type: 'datetime-local',
              InputLabelProps: { shrink: true },
            },
          )}
        </Grid>
      </Grid>
      <TextField
        id="incident-severity"
        select
        SelectProps={{ native: true }}
        label="Severity"
        required
        fullWidth
        margin="normal"
        InputLabelProps={{ shrink: true }}
        value={form.severity}
        onChange={e =>
          set('severity', e.target.value as IncidentForm['severity'])
        }
        error={!!problem('severity')}
        helperText={describe('Severity', problem('severity')) ?? ' '}
      >
        <option value="">Choose…</option>
        {selectOptions(INCIDENT_SEVERITIES, SEVERITY_LABELS)}
      </TextField>
      <FormControl component="fieldset" margin="normal">
        <FormLabel component="legend">Harm categories</FormLabel>
        <FormGroup row>
          {INCIDENT_HARM_CATEGORIES.map(harm => (
            <FormControlLabel
              key={harm}
              control={
                <Checkbox
                  checked={form.harmCategories.includes(harm)}
                  onChange={() => toggleHarm(harm)}
                />
              }
              label={HARM_LABELS[harm]}
            />
          ))}
        </FormGroup>
      </FormControl>
      <Grid container spacing={2}>
        <Grid item xs={12} sm={4}>
          <TextField
            id="incident-affected-count"
            label="People affected"
            type="number"
            fullWidth
            margin="normal"
            inputProps={{ min: 0 }}
            value={form.affectedCount}
            onChange={e => set('affectedCount', e.target.value)}
            error={!!problem('affectedPeople.count')}
            helperText={
              describe('People affected', problem('affectedPeople.count')) ??
              'Leave empty when unknown'
            }
          />
        </Grid>
        <Grid item xs={12} sm={8}>
          <TextField
            id="incident-affected-groups"
            label="Groups affected"
            fullWidth
            margin="normal"
            value={form.affectedGroups}
            onChange={e => set('affectedGroups', e.target.value)}
            error={!!problem('affectedPeople.groups')}
            helperText={
              describe('Groups affected', problem('affectedPeople.groups')) ??
              'Comma separated, e.g. loan applicants, staff'
            }
          />
        </Grid>
      </Grid>
      <FormControlLabel
        control={
          <Switch
            checked={form.serious}
            onChange={e => set('serious', e.target.checked)}
          />
        }
        label="Serious incident (EU AI Act Art. 73)"
      />
      {form.serious && (
        <TextField
          id="incident-serious-category"
          select
          SelectProps={{ native: true }}
          label="Serious incident category"
          required
          fullWidth
          margin="normal"
          InputLabelProps={{ shrink: true }}
          value={form.seriousCategory}
          onChange={e =>
            set(
              'seriousCategory',
              e.target.value as IncidentForm['seriousCategory'],
            )
          }
          error={!!problem('seriousCategory')}
          helperText={
            describe('Serious incident category', problem('seriousCategory')) ??
            'Sets the deadline to report it, counted from "Aware at"'
          }
        >
          <option value="">Choose…</option>
          {selectOptions(SERIOUS_INCIDENT_CATEGORIES, SERIOUS_CATEGORY_LABELS)}
        </TextField>
      )}
      {!form.serious && (
        <FormHelperText>
          Serious: it led to a death or serious harm to health, a serious and
          irreversible disruption of critical infrastructure, an infringement of
          fundamental rights, or serious harm to property or the environment.
        </FormHelperText>
      )}
    </FormDialog>
  );
}
