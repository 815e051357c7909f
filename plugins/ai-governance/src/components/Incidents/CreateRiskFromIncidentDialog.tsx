import { useState } from 'react';
import {
  LIFECYCLE_STAGES,
  riskCreateSchema,
  type Incident,
  type IncidentSeverity,
  type LifecycleStage,
  type Risk,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import {
  FormDialog,
  IMPACT_LABELS,
  LIKELIHOOD_LABELS,
  SCALE,
  humanize,
  selectOptions,
  useCheckedForm,
} from '../shared';
import { LIFECYCLE_STAGE_LABELS } from '../RiskRegister/constants';

/** The impact an incident's severity suggests: what happened once is at least that bad. */
const IMPACT_OF: Record<IncidentSeverity, number> = {
  low: 2,
  medium: 3,
  high: 4,
  critical: 5,
};

/**
 * Records the risk an incident revealed, in one step: the API writes the
 * risk and links it to the incident together. Title, category and impact
 * start from the incident; it happened, so likelihood starts at "possible".
 */
export function CreateRiskFromIncidentDialog(props: {
  incident: Incident;
  onClose: () => void;
  onSaved: (risk: Risk) => void;
}) {
  const { incident } = props;
  const api = useApi(aiGovernanceApiRef);
  const {
    values: { title, category },
    text,
    saveError,
    saving,
    save,
  } = useCheckedForm(
    {
      title: incident.title,
      category: humanize(incident.harmCategories[0] ?? 'other'),
    },
    'risk-from-incident',
  );
  const [stage, setStage] = useState<LifecycleStage>('operation');
  const [likelihood, setLikelihood] = useState(3);
  const [impact, setImpact] = useState(IMPACT_OF[incident.severity]);

  const submit = async () => {
    const body = {
      title,
      category,
      lifecycleStage: stage,
      likelihood,
      impact,
      description: incident.description || undefined,
    };
    await save(riskCreateSchema.safeParse(body), async () => {
      props.onSaved(
        await api.createRiskFromIncident(incident.id, incident.version, body),
      );
    });
  };

  const scale = (labels: Record<number, string>) =>
    SCALE.map(n => (
      <option key={n} value={n}>
        {n} – {labels[n]}
      </option>
    ));

  return (
    <FormDialog
      form
      titleId="risk-from-incident-title"
      title="Create a risk from this incident"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={title !== incident.title}
      onSave={submit}
      saveLabel="Create risk"
      saving={saving}
      saveError={saveError}
    >
      <DialogContentText>
        The risk goes into this AI system’s risk register, linked to the
        incident both ways.
      </DialogContentText>
      <TextField
        {...text('title', 'Risk title', ' ')}
        id="risk-from-incident-name"
        required
      />
      <TextField {...text('category', 'Category', ' ')} required />
      <Grid container spacing={2}>
        <Grid item xs={12} sm={4}>
          <TextField
            id="risk-from-incident-stage"
            select
            SelectProps={{ native: true }}
            label="Life-cycle stage"
            fullWidth
            margin="normal"
            value={stage}
            onChange={e => setStage(e.target.value as LifecycleStage)}
          >
            {selectOptions(LIFECYCLE_STAGES, LIFECYCLE_STAGE_LABELS)}
          </TextField>
        </Grid>
        <Grid item xs={12} sm={4}>
          <TextField
            id="risk-from-incident-likelihood"
            select
            SelectProps={{ native: true }}
            label="Likelihood"
            fullWidth
            margin="normal"
            value={likelihood}
            onChange={e => setLikelihood(Number(e.target.value))}
          >
            {scale(LIKELIHOOD_LABELS)}
          </TextField>
        </Grid>
        <Grid item xs={12} sm={4}>
          <TextField
            id="risk-from-incident-impact"
            select
            SelectProps={{ native: true }}
            label="Impact"
            fullWidth
            margin="normal"
            value={impact}
            onChange={e => setImpact(Number(e.target.value))}
          >
            {scale(IMPACT_LABELS)}
          </TextField>
        </Grid>
      </Grid>
    </FormDialog>
  );
}
