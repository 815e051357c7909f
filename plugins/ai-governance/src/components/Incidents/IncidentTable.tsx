import type { Incident } from '@aigov/plugin-ai-governance-common';
import { parseEntityRef } from '@backstage/catalog-model';
import Link from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { FlagChip, dateOnly } from '../shared';
import { reportClock } from './clock';
import { INCIDENT_STATUS_LABELS, SEVERITY_LABELS } from './labels';

// Fixed layout with wrapping cells keeps the table within a 1280 px page.
const CELL = {
  wordBreak: 'break-word' as const,
  verticalAlign: 'top' as const,
};

/** Incidents in a table; the title opens one, `showSystem` adds the AI system column (org page). */
export function IncidentTable(props: {
  incidents: Incident[];
  label: string;
  onOpen: (incident: Incident) => void;
  showSystem?: boolean;
  /** Links the system column to its Governance tab. */
  systemLink?: (incident: Incident) => string;
}) {
  const { incidents, showSystem } = props;
  return (
    <Table
      size="small"
      aria-label={props.label}
      style={{ tableLayout: 'fixed' }}
    >
      <TableHead>
        <TableRow>
          {showSystem && (
            <TableCell style={{ width: '18%' }}>AI system</TableCell>
          )}
          <TableCell>Incident</TableCell>
          <TableCell style={{ width: '10%' }}>Severity</TableCell>
          <TableCell style={{ width: '12%' }}>Status</TableCell>
          <TableCell style={{ width: '26%' }}>Art. 73 report</TableCell>
          <TableCell style={{ width: '11%' }}>Aware</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {incidents.map(incident => {
          const clock = reportClock(incident);
          const name = parseEntityRef(incident.entityRef).name;
          return (
            <TableRow key={incident.id}>
              {showSystem && (
                <TableCell style={CELL}>
                  {props.systemLink ? (
                    <Link href={props.systemLink(incident)}>{name}</Link>
                  ) : (
                    name
                  )}
                </TableCell>
              )}
              <TableCell style={CELL}>
                <Link
                  component="button"
                  variant="body2"
                  style={{ textAlign: 'left' }}
                  onClick={() => props.onOpen(incident)}
                >
                  {incident.title}
                </Link>
              </TableCell>
              <TableCell style={CELL}>
                {SEVERITY_LABELS[incident.severity]}
              </TableCell>
              <TableCell style={CELL}>
                {INCIDENT_STATUS_LABELS[incident.status]}
              </TableCell>
              <TableCell style={CELL}>
                {clock ? clock.text : 'Not serious'}
                {clock?.overdue && (
                  <>
                    {' '}
                    <FlagChip label="overdue" />
                  </>
                )}
              </TableCell>
              <TableCell style={CELL}>{dateOnly(incident.awareAt)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
