import { useState } from 'react';
import type { Incident } from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import { errorMessage } from '../shared';

/** What the investigation found: how the harm was contained and why it happened. */
export function InvestigationForm(props: {
  incident: Incident;
  onChanged: (incident: Incident) => void;
}) {
  const { incident } = props;
  const api = useApi(aiGovernanceApiRef);
  const [containment, setContainment] = useState(incident.containment ?? '');
  const [rootCause, setRootCause] = useState(incident.rootCause ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const unchanged =
    containment.trim() === (incident.containment ?? '') &&
    rootCause.trim() === (incident.rootCause ?? '');

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      props.onChanged(
        await api.updateIncident(incident.id, incident.version, {
          containment: containment.trim() || null,
          rootCause: rootCause.trim() || null,
        }),
      );
    } catch (e) {
      setError(`Could not save the investigation: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box display="flex" flexDirection="column" gridGap={8}>
      <TextField
        id={`incident-containment-${incident.id}`}
        label="Containment"
        multiline
        fullWidth
        value={containment}
        onChange={e => setContainment(e.target.value)}
        helperText="What was done to stop the harm, e.g. the model rolled back"
      />
      <TextField
        id={`incident-root-cause-${incident.id}`}
        label="Root cause"
        multiline
        fullWidth
        value={rootCause}
        onChange={e => setRootCause(e.target.value)}
        helperText="Why it happened, once known"
      />
      <Box>
        <Button variant="outlined" disabled={busy || unchanged} onClick={save}>
          Save investigation
        </Button>
      </Box>
      {error && <Alert severity="error">{error}</Alert>}
    </Box>
  );
}
