import { useEffect, useState } from 'react';
import type { Incident } from '@aigov/plugin-ai-governance-common';
import {
  type CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { NonconformitiesView } from '../Nonconformities';
import {
  EmptyNote,
  LoadError,
  allPages,
  useHighlightedRecord,
} from '../shared';
import { IncidentDetail } from './IncidentDetail';
import { IncidentTable } from './IncidentTable';
import { ReportIncidentDialog } from './ReportIncidentDialog';

/**
 * The Incidents section of the Governance tab: the system's incidents, the
 * one opened with its clock and timeline, and the nonconformities and
 * corrective actions that follow from them.
 */
export function IncidentsView(props: { entityRef: CompoundEntityRef }) {
  const api = useApi(aiGovernanceApiRef);
  const ref = stringifyEntityRef(props.entityRef);
  const incidents = useAsyncRetry(
    () =>
      allPages(cursor =>
        api.listEntityIncidents(props.entityRef, { cursor, limit: 100 }),
      ),
    // The ref string, not the object: callers may pass a new one every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, ref],
  );
  // A link to `?section=incidents&record=<id>` (org page, report card, a
  // nonconformity's source) opens that incident, also when it is followed
  // from within this section.
  const highlighted = useHighlightedRecord();
  const [openId, setOpenId] = useState(highlighted);
  useEffect(() => {
    if (highlighted) setOpenId(highlighted);
  }, [highlighted]);
  // The opened incident as last saved, ahead of the list until it reloads.
  const [saved, setSaved] = useState<Incident>();
  const [reporting, setReporting] = useState(false);
  const [ncKey, setNcKey] = useState(0);

  if (incidents.error) {
    return (
      <LoadError
        error={incidents.error}
        what="incidents"
        of="this AI system"
        onRetry={incidents.retry}
      />
    );
  }
  if (!incidents.value) return <Progress />;
  const list = incidents.value.map(i => (i.id === saved?.id ? saved : i));
  const opened = list.find(i => i.id === openId);
  const changed = (incident: Incident) => {
    setSaved(incident);
    incidents.retry();
  };

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <Box display="flex" alignItems="center">
        <Typography variant="h6" component="h2" style={{ flex: 1 }}>
          Incidents
        </Typography>
        <Button
          variant="contained"
          color="primary"
          onClick={() => setReporting(true)}
        >
          Report an incident
        </Button>
      </Box>
      {list.length === 0 ? (
        <EmptyNote>No incident reported on this AI system.</EmptyNote>
      ) : (
        <Paper variant="outlined">
          <IncidentTable
            incidents={list}
            label="Incidents"
            onOpen={i => setOpenId(i.id)}
          />
        </Paper>
      )}
      {opened && (
        <IncidentDetail
          incident={opened}
          onChanged={changed}
          onNonconformity={() => setNcKey(k => k + 1)}
        />
      )}
      <NonconformitiesView entityRef={props.entityRef} reloadKey={ncKey} />
      {reporting && (
        <ReportIncidentDialog
          entityRef={props.entityRef}
          onClose={() => setReporting(false)}
          onSaved={incident => {
            setReporting(false);
            setOpenId(incident.id);
            changed(incident);
          }}
        />
      )}
    </Box>
  );
}
