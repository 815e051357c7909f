import type { Risk, RiskScenario } from '@aigov/plugin-ai-governance-common';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { useRiskScenarios } from '../../hooks';
import { FormDialog, type RecordDialogProps, errorMessage } from '../shared';
import { RiskFormFields } from './RiskFormFields';
import {
  EMPTY_RISK_FORM,
  formFromRisk,
  formFromScenario,
  isDirty,
  mergeReloaded,
  problemFor,
  unplacedProblems,
  validateCreate,
  validatePatch,
  type RiskFormValues,
} from './riskForm';
import { useRiskSave } from './useRiskSave';

/** Props of {@link RiskDialog}. */
export interface RiskDialogProps extends RecordDialogProps<Risk> {
  /** The risk to edit; without it the dialog records a new one. */
  risk?: Risk;
  /** The AI system's `spec.type`; with it, library scenarios are offered. */
  systemType?: string;
  /** The system's EU AI Act tier, to narrow the scenarios. */
  tier?: string;
}

/** Offers the risk library's scenarios as a starting point for a new risk. */
function ScenarioPicker(props: {
  systemType: string;
  tier?: string;
  onPick: (scenario: RiskScenario) => void;
}) {
  const { value, loading, error } = useRiskScenarios(
    props.systemType,
    props.tier,
  );
  let hint = 'Fills in title, description, scores and controls; edit freely';
  if (loading) hint = 'Loading the risk library…';
  else if (error) {
    hint = `Could not load the risk library: ${errorMessage(error)}`;
  }
  return (
    <TextField
      id="risk-scenario"
      select
      fullWidth
      label="Start from a library scenario (optional)"
      value=""
      disabled={loading || !!error}
      error={!!error}
      helperText={hint}
      onChange={e => {
        const picked = value?.find(s => s.id === e.target.value);
        if (picked) props.onPick(picked);
      }}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
    >
      <option value="">Choose a scenario…</option>
      {value?.map(s => (
        <option key={s.id} value={s.id}>
          {s.title} ({s.category})
        </option>
      ))}
    </TextField>
  );
}

/** Records a new risk or edits one, with the API's own validation messages per field. */
export function RiskDialog(props: RiskDialogProps) {
  const { entityRef, risk, systemType, tier, onClose, onSaved } = props;
  // What the user started from: an edit sends only the fields changed since.
  const [baseline, setBaseline] = useState<RiskFormValues>(() =>
    risk ? formFromRisk(risk) : EMPTY_RISK_FORM,
  );
  const [values, setValues] = useState(baseline);
  // After a reload the latest version is the baseline: the patch then holds
  // only the user's own changes, and the other fields show what is stored.
  const onReloaded = (latest: Risk) => {
    const fresh = formFromRisk(latest);
    setValues(v => mergeReloaded(baseline, v, fresh));
    setBaseline(fresh);
  };
  const save = useRiskSave({
    entityRef,
    risk,
    onSaved,
    reloadedNotice,
    onReloaded,
  });
  const { api, problems, setProblems } = save;

  const change = (patch: Partial<RiskFormValues>) =>
    setValues(v => ({ ...v, ...patch }));

  const submit = () => {
    save.clear();
    if (!risk) {
      const checked = validateCreate(values);
      setProblems(checked.ok ? [] : checked.problems);
      if (checked.ok) save.send(() => api.createRisk(entityRef, checked.body));
      return;
    }
    const checked = validatePatch(baseline, values);
    setProblems(checked.ok ? [] : checked.problems);
    if (!checked.ok) return;
    const patch = checked.body;
    if (patch === null) onClose();
    else save.send(version => api.updateRisk(risk.id, version, patch));
  };

  const unplaced = unplacedProblems(problems);
  return (
    <FormDialog
      form
      titleId="risk-dialog-title"
      title={risk ? `Edit risk: ${risk.title}` : 'Record a risk'}
      maxWidth="md"
      onClose={onClose}
      dirty={isDirty(baseline, values)}
      onSave={submit}
      saveLabel={risk ? 'Save changes' : 'Record risk'}
      saving={save.saving}
      saveError={save.saveError}
      onReload={risk ? save.reload : undefined}
      errorPlacement="above"
      alerts={
        <>
          {save.notice && (
            <Alert severity="info" role="status">
              {save.notice}
            </Alert>
          )}
          {/* Helper texts are not announced; this tells screen readers to look. */}
          {problems.length > 0 && !save.saveError && (
            <Alert severity="error">
              Some fields need attention; see the message under each.
            </Alert>
          )}
          {unplaced.length > 0 && (
            <Alert severity="error" role="status">
              {unplaced.map(p => (
                <div key={`${p.path}:${p.message}`}>
                  {p.path === '<body>' ? p.message : `${p.path}: ${p.message}`}
                </div>
              ))}
            </Alert>
          )}
        </>
      }
    >
      {!risk && systemType && (
        <ScenarioPicker
          systemType={systemType}
          tier={tier}
          onPick={s => change(formFromScenario(s, values))}
        />
      )}
      <RiskFormFields
        values={values}
        onChange={change}
        errorFor={f => problemFor(problems, f)}
        editing={!!risk}
        initialStatus={risk?.status}
      />
    </FormDialog>
  );
}

// The user's input stays in the form after a reload, so saving again applies it.
function reloadedNotice(latest: Risk): string {
  return `Loaded version ${latest.version}, last changed by ${latest.updatedBy}. The form shows it with your changes kept; save to apply them.`;
}
