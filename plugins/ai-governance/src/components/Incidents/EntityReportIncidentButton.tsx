import { useState } from 'react';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import ReportProblemIcon from '@material-ui/icons/ReportProblemOutlined';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { useGovernanceTabPath } from '../shared';
import { ReportIncidentDialog } from './ReportIncidentDialog';

/**
 * "Report an incident" on an AiSystem page: anyone signed in may report, so
 * it is never hidden; once reported it links to the incident in the
 * Governance tab. @public
 */
export function EntityReportIncidentButton() {
  const { entity } = useEntity();
  const tabPath = useGovernanceTabPath();
  const [open, setOpen] = useState(false);
  const [reported, setReported] = useState<string>();
  return (
    <>
      <Button
        variant="outlined"
        color="secondary"
        startIcon={<ReportProblemIcon />}
        onClick={() => setOpen(true)}
      >
        Report an incident
      </Button>
      {reported && (
        <Alert severity="success" role="status">
          Incident reported.{' '}
          <Link
            to={tabPath(entity, { section: 'incidents', record: reported })}
          >
            Open it in the Governance tab
          </Link>
        </Alert>
      )}
      {open && (
        <ReportIncidentDialog
          entityRef={getCompoundEntityRef(entity)}
          onClose={() => setOpen(false)}
          onSaved={incident => {
            setOpen(false);
            setReported(incident.id);
          }}
        />
      )}
    </>
  );
}

/** A small overview card holding {@link EntityReportIncidentButton}, for AiSystem pages. @public */
export function ReportIncidentCard() {
  return (
    <InfoCard title="Incidents">
      <Typography variant="body2" paragraph>
        Something went wrong with this AI system, or may have harmed someone?
        Anyone may report it; the owner triages it.
      </Typography>
      <EntityReportIncidentButton />
    </InfoCard>
  );
}
