import { useState } from 'react';
import {
  INCIDENT_REPORT_STATES,
  type Incident,
  type IncidentReportState,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import { errorMessage, selectOptions } from '../shared';

const STATE_LABELS: Record<IncidentReportState, string> = {
  'not-reported': 'Not reported',
  'initial-report-sent': 'Initial report sent',
  'final-report-sent': 'Final report sent',
};

/**
 * Records how far the Art. 73 report has got and to which authority. The
 * date a report went out is stamped now when its state is first reached,
 * since that is when the user records it; an earlier one stays.
 */
export function AuthorityReportForm(props: {
  incident: Incident;
  onChanged: (incident: Incident) => void;
}) {
  const { incident } = props;
  const api = useApi(aiGovernanceApiRef);
  const [state, setState] = useState(incident.report.state);
  const [authority, setAuthority] = useState(incident.report.authority ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const unchanged =
    state === incident.report.state &&
    authority.trim() === (incident.report.authority ?? '');

  const save = async () => {
    const now = new Date().toISOString();
    const sent = state !== 'not-reported';
    const final = state === 'final-report-sent';
    setBusy(true);
    setError(undefined);
    try {
      props.onChanged(
        await api.updateIncident(incident.id, incident.version, {
          report: {
            state,
            initialSentAt: sent ? incident.report.initialSentAt ?? now : null,
            finalSentAt: final ? incident.report.finalSentAt ?? now : null,
            authority: authority.trim() || null,
          },
        }),
      );
    } catch (e) {
      setError(`Could not save the report state: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box display="flex" flexWrap="wrap" alignItems="flex-start" gridGap={8}>
      <TextField
        id={`report-state-${incident.id}`}
        select
        SelectProps={{ native: true }}
        label="Report to the authority"
        // Wide enough for the label on one line, above the select.
        style={{ minWidth: 220 }}
        value={state}
        onChange={e => setState(e.target.value as IncidentReportState)}
      >
        {selectOptions(INCIDENT_REPORT_STATES, STATE_LABELS)}
      </TextField>
      <TextField
        id={`report-authority-${incident.id}`}
        label="Authority"
        value={authority}
        onChange={e => setAuthority(e.target.value)}
        helperText="The market surveillance authority reported to"
      />
      <Button variant="outlined" disabled={busy || unchanged} onClick={save}>
        Save report state
      </Button>
      {error && (
        <Box flexBasis="100%">
          <Alert severity="error">{error}</Alert>
        </Box>
      )}
    </Box>
  );
}
