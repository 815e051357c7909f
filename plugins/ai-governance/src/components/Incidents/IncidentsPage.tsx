import { useState } from 'react';
import {
  INCIDENT_STATUSES,
  type Incident,
  type IncidentStatus,
} from '@aigov/plugin-ai-governance-common';
import { Content, Header, Page, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { useFileDownload } from '../../hooks';
import {
  EmptyNote,
  LoadError,
  allPages,
  errorMessage,
  today,
  selectOptions,
  useGovernanceTabPath,
} from '../shared';
import { art73First, hasRunningClock } from './art73Order';
import { IncidentDetail } from './IncidentDetail';
import { IncidentTable } from './IncidentTable';
import { INCIDENT_STATUS_LABELS } from './labels';

/** The org-wide register's filters, as the API takes them. */
interface Filters {
  status: IncidentStatus | '';
  serious: boolean;
  overdue: boolean;
}

/** The incident register across every AI system the user may read, Art. 73 deadlines first. */
export function IncidentsContent() {
  const api = useApi(aiGovernanceApiRef);
  const tabPath = useGovernanceTabPath();
  const [filters, setFilters] = useState<Filters>({
    status: '',
    serious: false,
    overdue: false,
  });
  const incidents = useAsyncRetry(
    () =>
      allPages(cursor =>
        api.listIncidents({
          status: filters.status || undefined,
          serious: filters.serious || undefined,
          overdue: filters.overdue || undefined,
          cursor,
          limit: 100,
        }),
      ),
    [api, filters],
  );
  const [openId, setOpenId] = useState<string>();
  const [saved, setSaved] = useState<Incident>();
  const saveFile = useFileDownload();
  const [exportError, setExportError] = useState<string>();
  // The CSV holds what the filters show, as the list does.
  const exportCsv = async () => {
    setExportError(undefined);
    try {
      await saveFile(
        await api.incidentsExportUrl({
          status: filters.status || undefined,
          serious: filters.serious || undefined,
          overdue: filters.overdue || undefined,
        }),
        `incidents-${today()}.csv`,
      );
    } catch (e) {
      setExportError(`Could not export: ${errorMessage(e)}`);
    }
  };

  const list = art73First(
    (incidents.value ?? []).map(i => (i.id === saved?.id ? saved : i)),
  );
  const deadlines = list.filter(hasRunningClock);
  const others = list.filter(i => !hasRunningClock(i));
  const opened = list.find(i => i.id === openId);
  const systemLink = (i: Incident) =>
    tabPath(i.entityRef, { section: 'incidents', record: i.id });
  const table = (items: Incident[], label: string) => (
    <Paper variant="outlined">
      <IncidentTable
        incidents={items}
        label={label}
        showSystem
        systemLink={systemLink}
        onOpen={i => setOpenId(i.id)}
      />
    </Paper>
  );

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <Box display="flex" flexWrap="wrap" alignItems="center" gridGap={16}>
        <TextField
          id="incidents-status"
          select
          SelectProps={{ native: true }}
          label="Status"
          InputLabelProps={{ shrink: true }}
          value={filters.status}
          onChange={e =>
            setFilters(f => ({
              ...f,
              status: e.target.value as Filters['status'],
            }))
          }
        >
          <option value="">Any</option>
          {selectOptions(INCIDENT_STATUSES, INCIDENT_STATUS_LABELS)}
        </TextField>
        <FormControlLabel
          control={
            <Checkbox
              checked={filters.serious}
              onChange={e =>
                setFilters(f => ({ ...f, serious: e.target.checked }))
              }
            />
          }
          label="Serious only"
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={filters.overdue}
              onChange={e =>
                setFilters(f => ({ ...f, overdue: e.target.checked }))
              }
            />
          }
          label="Report overdue"
        />
        <Button variant="outlined" color="primary" onClick={exportCsv}>
          Export incidents (CSV)
        </Button>
      </Box>
      {exportError && <Alert severity="error">{exportError}</Alert>}
      {incidents.error && (
        <LoadError
          error={incidents.error}
          what="incidents"
          onRetry={incidents.retry}
        />
      )}
      {!incidents.value && !incidents.error && <Progress />}
      {incidents.value && (
        <>
          <Typography variant="h6" component="h2">
            Art. 73 deadlines
          </Typography>
          {deadlines.length === 0 ? (
            <EmptyNote>No serious incident waits to be reported.</EmptyNote>
          ) : (
            table(deadlines, 'Art. 73 deadlines')
          )}
          <Typography variant="h6" component="h2">
            All other incidents
          </Typography>
          {others.length === 0 ? (
            <EmptyNote>No other incident matches.</EmptyNote>
          ) : (
            table(others, 'Other incidents')
          )}
        </>
      )}
      {opened && (
        <IncidentDetail
          incident={opened}
          onChanged={i => {
            setSaved(i);
            incidents.retry();
          }}
        />
      )}
    </Box>
  );
}

/** The org incidents page at `/ai-governance/incidents`. @public */
export function IncidentsPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Incidents"
        subtitle="Every AI system's incidents, serious ones with their EU AI Act Art. 73 deadline first"
      />
      <Content>
        <IncidentsContent />
      </Content>
    </Page>
  );
}
