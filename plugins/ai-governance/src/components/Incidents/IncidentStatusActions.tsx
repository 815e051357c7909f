import { useState } from 'react';
import {
  INCIDENT_TRANSITIONS,
  type Incident,
  type IncidentStatus,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import { errorMessage } from '../shared';
import { TRANSITION_ACTIONS } from './labels';
import { RejectIncidentDialog } from './RejectIncidentDialog';

/**
 * The status moves the incident may make now, from -common's transitions:
 * one step forward, or reject with a reason. Closed and rejected offer none.
 */
export function IncidentStatusActions(props: {
  incident: Incident;
  onChanged: (incident: Incident) => void;
}) {
  const { incident, onChanged } = props;
  const api = useApi(aiGovernanceApiRef);
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const next = INCIDENT_TRANSITIONS[incident.status];
  if (next.length === 0) return null;

  const move = async (status: IncidentStatus) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(
        await api.updateIncident(incident.id, incident.version, { status }),
      );
    } catch (e) {
      setError(`Could not change the status: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box display="flex" flexDirection="column" gridGap={8}>
      <Box display="flex" flexWrap="wrap" gridGap={8}>
        {next.map(status =>
          status === 'rejected' ? (
            <Button
              key={status}
              variant="outlined"
              color="secondary"
              disabled={busy}
              onClick={() => setRejecting(true)}
            >
              {TRANSITION_ACTIONS.rejected}
            </Button>
          ) : (
            <Button
              key={status}
              variant="contained"
              color="primary"
              disabled={busy}
              onClick={() => move(status)}
            >
              {TRANSITION_ACTIONS[status]}
            </Button>
          ),
        )}
      </Box>
      {error && <Alert severity="error">{error}</Alert>}
      {rejecting && (
        <RejectIncidentDialog
          incident={incident}
          onClose={() => setRejecting(false)}
          onSaved={saved => {
            setRejecting(false);
            onChanged(saved);
          }}
        />
      )}
    </Box>
  );
}
