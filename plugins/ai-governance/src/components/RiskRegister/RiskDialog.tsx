import {
  type FieldProblem,
  type Risk,
  type RiskScenario,
  fieldErrorsOf,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useState, type FormEvent } from 'react';
import { aiGovernanceApiRef } from '../../api';
import { useRiskScenarios } from '../../hooks';
import { SaveErrorAlert, errorMessage } from '../shared';
import { RiskFormFields } from './RiskFormFields';
import {
  EMPTY_RISK_FORM,
  formFromRisk,
  formFromScenario,
  problemFor,
  unplacedProblems,
  validateCreate,
  validatePatch,
  type RiskFormValues,
} from './riskForm';

export interface RiskDialogProps {
  entityRef: CompoundEntityRef;
  /** The risk to edit; without it the dialog records a new one. */
  risk?: Risk;
  /** The AI system's `spec.type`; with it, library scenarios are offered. */
  systemType?: string;
  /** The system's EU AI Act tier, to narrow the scenarios. */
  tier?: string;
  onClose: () => void;
  onSaved: (risk: Risk) => void;
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
  const api = useApi(aiGovernanceApiRef);
  // What the user started from: an edit sends only the fields changed since.
  const [baseline] = useState<RiskFormValues>(() =>
    risk ? formFromRisk(risk) : EMPTY_RISK_FORM,
  );
  const [values, setValues] = useState(baseline);
  const [version, setVersion] = useState(risk?.version);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saveError, setSaveError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState(false);

  const change = (patch: Partial<RiskFormValues>) =>
    setValues(v => ({ ...v, ...patch }));

  const send = async (write: () => Promise<Risk>) => {
    setSaving(true);
    try {
      onSaved(await write());
    } catch (e) {
      setSaveError(e);
      setProblems(fieldErrorsOf(e));
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaveError(undefined);
    setNotice(undefined);
    if (!risk) {
      const checked = validateCreate(values);
      setProblems(checked.ok ? [] : checked.problems);
      if (checked.ok) send(() => api.createRisk(entityRef, checked.body));
      return;
    }
    const checked = validatePatch(baseline, values);
    setProblems(checked.ok ? [] : checked.problems);
    if (!checked.ok) return;
    const patch = checked.body;
    if (patch === null) onClose();
    else send(() => api.updateRisk(risk.id, version ?? risk.version, patch));
  };

  // Takes only the latest version; the user's input stays, so saving again applies it.
  const reload = async () => {
    if (!risk) return;
    try {
      const latest = (await api.listAllRisks(entityRef)).find(
        r => r.id === risk.id,
      );
      if (!latest) {
        setSaveError(new Error('This risk no longer exists.'));
        return;
      }
      setVersion(latest.version);
      setSaveError(undefined);
      setNotice(
        `Loaded version ${latest.version}, last changed by ${latest.updatedBy}. Your changes are still in the form; save to apply them.`,
      );
    } catch (e) {
      setSaveError(e);
    }
  };

  const unplaced = unplacedProblems(problems);
  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="risk-dialog-title"
    >
      <form noValidate onSubmit={submit}>
        <DialogTitle id="risk-dialog-title">
          {risk ? `Edit risk: ${risk.title}` : 'Record a risk'}
        </DialogTitle>
        <DialogContent>
          <Box display="flex" flexDirection="column" gridGap={8} mb={2}>
            <SaveErrorAlert
              error={saveError}
              onReload={risk ? reload : undefined}
            />
            {notice && (
              <Alert severity="info" role="status">
                {notice}
              </Alert>
            )}
            {/* Helper texts are not announced; this tells screen readers to look. */}
            {problems.length > 0 && !saveError && (
              <Alert severity="error">
                Some fields need attention; see the message under each.
              </Alert>
            )}
            {unplaced.length > 0 && (
              <Alert severity="error" role="status">
                {unplaced.map(p => (
                  <div key={`${p.path}:${p.message}`}>
                    {p.path === '<body>'
                      ? p.message
                      : `${p.path}: ${p.message}`}
                  </div>
                ))}
              </Alert>
            )}
          </Box>
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
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={saving}
          >
            {risk ? 'Save changes' : 'Record risk'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
