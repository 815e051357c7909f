import { useState } from 'react';
import {
  EFFECTIVENESS_RESULTS,
  type EffectivenessResult,
  type Nonconformity,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { aiGovernanceApiRef } from '../../api';
import { errorMessage, selectOptions } from '../shared';
import { RESULT_LABELS } from './labels';

/** The title over the API's refusal: four eyes (403) or the wrong status (409). */
function refusalTitle(error: unknown) {
  if (error instanceof ResponseError && error.statusCode === 403) {
    return 'You may not review these actions';
  }
  if (error instanceof ResponseError && error.statusCode === 409) {
    return 'The review cannot be recorded now';
  }
  return 'Could not record the review';
}

/**
 * Records whether the corrective actions worked. Someone other than their
 * owners must judge (four eyes); the API decides and its reason is shown
 * as it says it, so the user knows who may review instead.
 */
export function EffectivenessReviewForm(props: {
  nonconformity: Nonconformity;
  onSaved: (nonconformity: Nonconformity) => void;
}) {
  const { nonconformity } = props;
  const api = useApi(aiGovernanceApiRef);
  const [result, setResult] = useState<EffectivenessResult>('effective');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    setError(undefined);
    try {
      props.onSaved(
        await api.reviewEffectiveness(nonconformity.id, nonconformity.version, {
          result,
          notes: notes.trim() || null,
        }),
      );
      setNotes('');
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box
      component="form"
      display="flex"
      flexDirection="column"
      gridGap={8}
      aria-label="Effectiveness review"
      onSubmit={(e: React.FormEvent) => {
        e.preventDefault();
        submit();
      }}
    >
      <Box display="flex" gridGap={8} alignItems="flex-start">
        <TextField
          id={`review-result-${nonconformity.id}`}
          select
          SelectProps={{ native: true }}
          label="Result"
          value={result}
          onChange={e => setResult(e.target.value as EffectivenessResult)}
        >
          {selectOptions(EFFECTIVENESS_RESULTS, RESULT_LABELS)}
        </TextField>
        <TextField
          id={`review-notes-${nonconformity.id}`}
          label="Notes"
          multiline
          fullWidth
          value={notes}
          onChange={e => setNotes(e.target.value)}
          helperText="What you checked, e.g. a month of monitoring without a repeat"
        />
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={saving}
        >
          Record review
        </Button>
      </Box>
      {error !== undefined && (
        <Alert severity="error">
          <AlertTitle>{refusalTitle(error)}</AlertTitle>
          {errorMessage(error)}
        </Alert>
      )}
    </Box>
  );
}
