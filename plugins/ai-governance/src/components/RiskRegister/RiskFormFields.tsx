import {
  ANNEX_A_CONTROLS,
  LIFECYCLE_STAGES,
  RISK_TREATMENTS,
  riskLevel,
  riskScore,
  type AnnexAControl,
} from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import TextField, { type TextFieldProps } from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import type { ReactNode } from 'react';
import {
  IMPACT_LABELS,
  LIKELIHOOD_LABELS,
  OWNER_HINT,
  OwnerPicker,
  ownerPickerProps,
  RiskLevelChip,
  SCALE,
} from '../shared';
import { LIFECYCLE_STAGE_LABELS, RISK_CATEGORIES } from './constants';
import {
  lifecycleStageMessage,
  pastDateWarning,
  residualAboveInherent,
} from './formHints';
import { REQUIRED_RISK_FIELDS, type RiskFormValues } from './riskForm';

type Field = keyof RiskFormValues;

interface FieldsProps {
  values: RiskFormValues;
  onChange: (patch: Partial<RiskFormValues>) => void;
  errorFor: (field: Field) => string | undefined;
  /** Editing an existing risk: required selects get no blank option. */
  editing: boolean;
  /** The status the risk had when the form opened. */
  initialStatus?: string;
}

const controlLabel = (c: AnnexAControl) => `${c.id} — ${c.title}`;
const CONTROL_OPTIONS = [...ANNEX_A_CONTROLS];

/** Score and level of a likelihood/impact pair as the user picks them. */
function ScorePreview(props: {
  label: string;
  likelihood: string;
  impact: string;
}) {
  const l = Number(props.likelihood);
  const i = Number(props.impact);
  const score = l && i ? riskScore(l, i) : null;
  return (
    <Box display="flex" alignItems="center" gridGap={8} aria-live="polite">
      <Typography variant="body2">
        {score === null
          ? `${props.label}: pick likelihood and impact to see the score`
          : `${props.label} score ${score}`}
      </Typography>
      {score !== null && <RiskLevelChip level={riskLevel(score)} />}
    </Box>
  );
}

/** The form's fields: every one labelled, with its problem as helper text. */
export function RiskFormFields(props: FieldsProps) {
  const { values, onChange, errorFor, editing, initialStatus } = props;

  /** Props every text field shares: id, label, value, error and hint. */
  const field = (
    name: Exclude<Field, 'controlIds' | 'source'>,
    label: string,
    hint?: ReactNode,
  ): TextFieldProps => {
    const error =
      name === 'lifecycleStage'
        ? lifecycleStageMessage(errorFor(name))
        : errorFor(name);
    return {
      id: `risk-${name}`,
      name,
      label,
      // MUI marks the label with an asterisk; the note above the form explains it.
      required: REQUIRED_RISK_FIELDS.includes(name),
      value: values[name],
      onChange: e => onChange({ [name]: e.target.value }),
      error: !!error,
      helperText: error ?? hint,
      fullWidth: true,
    };
  };

  const select = (
    name: Exclude<Field, 'controlIds' | 'source'>,
    label: string,
    options: Array<{ value: string; label: string; disabled?: boolean }>,
    blank?: string,
    hint?: ReactNode,
  ) => (
    <TextField
      {...field(name, label, hint)}
      select
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
    >
      {blank !== undefined && <option value="">{blank}</option>}
      {options.map(o => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </TextField>
  );

  const scale = (labels: Record<number, string>) =>
    SCALE.map(n => ({ value: String(n), label: `${n} — ${labels[n]}` }));
  const required = editing ? undefined : 'Choose…';
  const controlError = errorFor('controlIds');
  const residualWarning = residualAboveInherent(values);

  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <Typography variant="caption" color="textSecondary">
          Fields marked * are required.
        </Typography>
      </Grid>
      <Grid item xs={12}>
        <TextField {...field('title', 'Title')} />
      </Grid>
      <Grid item xs={12}>
        <TextField
          {...field('description', 'Description')}
          multiline
          minRows={2}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <TextField
          {...field(
            'category',
            'Category',
            'e.g. fairness, robustness, privacy',
          )}
          inputProps={{ list: 'risk-category-options' }}
        />
        <datalist id="risk-category-options">
          {RISK_CATEGORIES.map(c => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </Grid>
      <Grid item xs={12} sm={6}>
        {select(
          'lifecycleStage',
          'Life-cycle stage',
          LIFECYCLE_STAGES.map(s => ({
            value: s,
            label: LIFECYCLE_STAGE_LABELS[s],
          })),
          required,
        )}
      </Grid>
      <Grid item xs={12} sm={6}>
        {select('likelihood', 'Likelihood', scale(LIKELIHOOD_LABELS), required)}
      </Grid>
      <Grid item xs={12} sm={6}>
        {select('impact', 'Impact', scale(IMPACT_LABELS), required)}
      </Grid>
      <Grid item xs={12}>
        <ScorePreview
          label="Inherent"
          likelihood={values.likelihood}
          impact={values.impact}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        {select(
          'treatment',
          'Treatment',
          RISK_TREATMENTS.map(t => ({ value: t, label: t })),
          undefined,
          initialStatus === 'accepted'
            ? 'Changing the treatment away from accept ends the acceptance'
            : undefined,
        )}
      </Grid>
      <Grid item xs={12} sm={6}>
        {select(
          'status',
          'Status',
          [
            { value: 'open', label: 'open' },
            { value: 'treating', label: 'treating' },
            { value: 'closed', label: 'closed' },
            ...(initialStatus === 'accepted'
              ? [{ value: 'accepted', label: 'accepted', disabled: true }]
              : []),
            // Proposed is where a template's risk starts; it is left through
            // Confirm or Dismiss in the register, or by choosing a status here.
            ...(initialStatus === 'proposed'
              ? [{ value: 'proposed', label: 'proposed', disabled: true }]
              : []),
          ],
          undefined,
          'A risk becomes accepted only through the accept flow',
        )}
      </Grid>
      <Grid item xs={12}>
        <TextField
          {...field('treatmentPlan', 'Treatment plan')}
          multiline
          minRows={2}
        />
      </Grid>
      <Grid item xs={12}>
        <Autocomplete<AnnexAControl, true>
          id="risk-controlIds"
          multiple
          filterSelectedOptions
          options={CONTROL_OPTIONS}
          getOptionLabel={controlLabel}
          value={CONTROL_OPTIONS.filter(c => values.controlIds.includes(c.id))}
          onChange={(_, selected) =>
            onChange({ controlIds: selected.map(c => c.id) })
          }
          renderInput={params => (
            <TextField
              {...params}
              label="Linked Annex A controls"
              error={!!controlError}
              helperText={controlError ?? 'Controls that treat this risk'}
            />
          )}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        {select(
          'residualLikelihood',
          'Residual likelihood',
          scale(LIKELIHOOD_LABELS),
          'Not assessed',
        )}
      </Grid>
      <Grid item xs={12} sm={6}>
        {select(
          'residualImpact',
          'Residual impact',
          scale(IMPACT_LABELS),
          'Not assessed',
        )}
      </Grid>
      <Grid item xs={12}>
        <ScorePreview
          label="Residual"
          likelihood={values.residualLikelihood}
          impact={values.residualImpact}
        />
        {residualWarning && (
          <Box mt={1}>
            <Alert severity="warning">{residualWarning}</Alert>
          </Box>
        )}
      </Grid>
      <Grid item xs={12}>
        <OwnerPicker
          {...ownerPickerProps(field('owner', 'Owner', OWNER_HINT))}
          onChange={owner => onChange({ owner })}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <TextField
          {...field(
            'dueDate',
            'Treatment due date',
            // Same rules as the register's overdue flags.
            ['open', 'treating'].includes(values.status)
              ? pastDateWarning(
                  values.dueDate,
                  'the treatment will show as overdue',
                )
              : undefined,
          )}
          type="date"
          InputLabelProps={{ shrink: true }}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <TextField
          {...field(
            'nextReviewDate',
            'Next review date',
            values.status === 'closed'
              ? undefined
              : pastDateWarning(
                  values.nextReviewDate,
                  'the risk will show as due for review',
                ),
          )}
          type="date"
          InputLabelProps={{ shrink: true }}
        />
      </Grid>
    </Grid>
  );
}
