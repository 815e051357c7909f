import { useState } from 'react';
import { AI_SYSTEM_KIND } from '@aigov/plugin-ai-governance-common';
import {
  type CompoundEntityRef,
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { Link } from '@backstage/core-components';
import useAsync from 'react-use/esm/useAsync';
import { incidentsRouteRef } from '../../routes';
import { useOptionalRouteRef } from '../shared';
import { ReportIncidentDialog } from './ReportIncidentDialog';

interface SystemOption {
  ref: CompoundEntityRef;
  label: string;
}

/**
 * "Report an incident" where no AI system is in view (the dashboard): the
 * user first picks the system from the catalog, then fills the same form as
 * on an AiSystem page. Also links to the org incidents page.
 */
export function ReportIncidentAnywhere() {
  const catalogApi = useApi(catalogApiRef);
  const incidentsPath = useOptionalRouteRef(incidentsRouteRef);
  const [choosing, setChoosing] = useState(false);
  const [system, setSystem] = useState<SystemOption | null>(null);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState(false);
  const systems = useAsync(async () => {
    if (!choosing) return [];
    const { items } = await catalogApi.getEntities({
      filter: { kind: AI_SYSTEM_KIND },
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.title'],
    });
    return items.map(e => ({
      ref: getCompoundEntityRef(e),
      label: e.metadata.title ?? e.metadata.name,
    }));
  }, [catalogApi, choosing]);

  return (
    <Box display="flex" alignItems="center" gridGap={8} mr={1}>
      {incidentsPath && <Link to={incidentsPath()}>Incidents</Link>}
      {choosing ? (
        <>
          <Autocomplete<SystemOption>
            style={{ width: 240 }}
            options={systems.value ?? []}
            loading={systems.loading}
            getOptionLabel={o => o.label}
            getOptionSelected={(a, b) =>
              stringifyEntityRef(a.ref) === stringifyEntityRef(b.ref)
            }
            value={system}
            onChange={(_e, value) => setSystem(value)}
            renderInput={params => (
              <TextField {...params} label="AI system" size="small" />
            )}
          />
          <Button
            variant="contained"
            color="secondary"
            disabled={!system}
            onClick={() => setReporting(true)}
          >
            Report
          </Button>
        </>
      ) : (
        <Button
          variant="outlined"
          color="secondary"
          onClick={() => setChoosing(true)}
        >
          Report an incident
        </Button>
      )}
      {reported && (
        <Alert severity="success" role="status">
          Incident reported.
        </Alert>
      )}
      {reporting && system && (
        <ReportIncidentDialog
          entityRef={system.ref}
          onClose={() => setReporting(false)}
          onSaved={() => {
            setReporting(false);
            setChoosing(false);
            setSystem(null);
            setReported(true);
          }}
        />
      )}
    </Box>
  );
}
