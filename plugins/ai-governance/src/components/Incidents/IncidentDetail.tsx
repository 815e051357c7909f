import { type ReactNode, useState } from 'react';
import {
  incidentUpdatePermission,
  type Incident,
  type Nonconformity,
} from '@aigov/plugin-ai-governance-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import { useFileDownload } from '../../hooks';
import { NonconformityDialog } from '../Nonconformities/NonconformityDialog';
import { errorMessage, formatTimestamp, usePermissionGuard } from '../shared';
import { AuthorityReportForm } from './AuthorityReportForm';
import { CreateRiskFromIncidentDialog } from './CreateRiskFromIncidentDialog';
import { IncidentStatusActions } from './IncidentStatusActions';
import { InvestigationForm } from './InvestigationForm';
import { IncidentTimeline } from './IncidentTimeline';
import { HARM_LABELS, INCIDENT_STATUS_LABELS, SEVERITY_LABELS } from './labels';
import { SeriousIncidentBanner } from './SeriousIncidentBanner';

type Open = 'risk' | 'nonconformity' | undefined;

/** One fact of the incident as a label and its words. */
function Fact(props: { label: string; children: ReactNode }) {
  return (
    <Typography variant="body2">
      <strong>{props.label}:</strong> {props.children}
    </Typography>
  );
}

/**
 * One incident: its Art. 73 clock, facts, the status moves it may make, the
 * follow-ups (a risk, a nonconformity, the report draft) and its timeline.
 */
export function IncidentDetail(props: {
  incident: Incident;
  onChanged: (incident: Incident) => void;
  /** Called once a nonconformity was opened from the incident. */
  onNonconformity?: (nonconformity: Nonconformity) => void;
}) {
  const { incident, onChanged } = props;
  const api = useApi(aiGovernanceApiRef);
  const saveFile = useFileDownload();
  const [open, setOpen] = useState<Open>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const people = incident.affectedPeople;
  // Anyone may report; triage and follow-ups are the owner's or the governance office's.
  const canUpdate = usePermissionGuard(
    incidentUpdatePermission,
    incident.entityRef,
    'Only the owning team or the governance office triages and updates this incident.',
  );

  const downloadDraft = async () => {
    setError(undefined);
    try {
      await saveFile(
        await api.incidentReportDraftUrl(incident.id),
        `incident-report-${incident.id}.md`,
      );
    } catch (e) {
      setError(`Could not download the report draft: ${errorMessage(e)}`);
    }
  };

  return (
    <Paper variant="outlined" component="section" aria-label={incident.title}>
      <Box p={2} display="flex" flexDirection="column" gridGap={12}>
        <Typography variant="h6" component="h3">
          {incident.title} · {INCIDENT_STATUS_LABELS[incident.status]}
        </Typography>
        <SeriousIncidentBanner incident={incident} />
        {incident.description && (
          <Typography variant="body2" style={{ whiteSpace: 'pre-wrap' }}>
            {incident.description}
          </Typography>
        )}
        <Box>
          <Fact label="Severity">{SEVERITY_LABELS[incident.severity]}</Fact>
          <Fact label="Harm">
            {incident.harmCategories.map(h => HARM_LABELS[h]).join(', ') ||
              'Not stated'}
          </Fact>
          <Fact label="People affected">
            {`${people.count ?? 'Unknown'}${
              people.groups.length ? ` (${people.groups.join(', ')})` : ''
            }`}
          </Fact>
          <Fact label="Detected">{formatTimestamp(incident.detectedAt)}</Fact>
          <Fact label="Aware">{formatTimestamp(incident.awareAt)}</Fact>
          <Fact label="Reported by">
            <EntityRefLink entityRef={incident.reporter} defaultKind="user" />
          </Fact>
          {incident.containment && (
            <Fact label="Containment">{incident.containment}</Fact>
          )}
          {incident.rootCause && (
            <Fact label="Root cause">{incident.rootCause}</Fact>
          )}
          {incident.rejectionReason && (
            <Fact label="Rejected because">{incident.rejectionReason}</Fact>
          )}
          {incident.riskIds.length > 0 && (
            <Fact label="Linked risks">{String(incident.riskIds.length)}</Fact>
          )}
        </Box>
        {canUpdate.allowed ? (
          <>
            <IncidentStatusActions incident={incident} onChanged={onChanged} />
            {/* Closed and rejected incidents are final but for their report. */}
            {!['closed', 'rejected'].includes(incident.status) && (
              <InvestigationForm
                key={`investigation-${incident.version}`}
                incident={incident}
                onChanged={onChanged}
              />
            )}
            {incident.serious && (
              <AuthorityReportForm
                key={incident.version}
                incident={incident}
                onChanged={onChanged}
              />
            )}
            <Box display="flex" flexWrap="wrap" gridGap={8}>
              <Button variant="outlined" onClick={() => setOpen('risk')}>
                Create a risk from this incident
              </Button>
              <Button
                variant="outlined"
                onClick={() => setOpen('nonconformity')}
              >
                Open a nonconformity
              </Button>
            </Box>
          </>
        ) : (
          canUpdate.reason && (
            <Typography variant="body2" color="textSecondary">
              {canUpdate.reason}
            </Typography>
          )
        )}
        <Box>
          <Button variant="outlined" onClick={downloadDraft}>
            Download report draft (Markdown)
          </Button>
        </Box>
        {notice && (
          <Alert severity="success" role="status">
            {notice}
          </Alert>
        )}
        {error && <Alert severity="error">{error}</Alert>}
        <Typography variant="subtitle1" component="h4">
          Timeline
        </Typography>
        <IncidentTimeline
          incidentId={incident.id}
          entityRef={incident.entityRef}
          version={incident.version}
          canComment={canUpdate.allowed}
        />
      </Box>
      {open === 'risk' && (
        <CreateRiskFromIncidentDialog
          incident={incident}
          onClose={() => setOpen(undefined)}
          onSaved={risk => {
            setOpen(undefined);
            setNotice(`Risk “${risk.title}” added to the risk register.`);
            // The incident's version moved with the link: read it again.
            api.getIncident(incident.id).then(onChanged, () => undefined);
          }}
        />
      )}
      {open === 'nonconformity' && (
        <NonconformityDialog
          incident={incident}
          onClose={() => setOpen(undefined)}
          onSaved={nc => {
            setOpen(undefined);
            setNotice('Nonconformity opened from this incident.');
            props.onNonconformity?.(nc);
          }}
        />
      )}
    </Paper>
  );
}
