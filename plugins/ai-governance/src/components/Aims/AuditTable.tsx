import type { Audit } from '@aigov/plugin-ai-governance-common';
import Link from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { EmptyNote } from '../shared';
import { AUDIT_STATUS_LABELS } from './auditLabels';

/** A user ref as a table shows it: its name. */
export const userName = (ref: string) => ref.replace(/^user:[^/]+\//, '');

/**
 * The audit programme of one year: each audit's title (which opens its
 * detail), planned dates, status, auditors (the lead first) and number of
 * findings.
 */
export function AuditTable(props: {
  year: number;
  audits: Audit[];
  onOpen: (audit: Audit) => void;
}) {
  if (props.audits.length === 0) {
    return (
      <EmptyNote>No internal audit is planned for {props.year}.</EmptyNote>
    );
  }
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label={`Audit programme ${props.year}`}>
        <TableHead>
          <TableRow>
            <TableCell>Audit</TableCell>
            <TableCell>Planned</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Auditors</TableCell>
            <TableCell align="right">Findings</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.audits.map(a => (
            <TableRow key={a.id}>
              <TableCell>
                <Link
                  component="button"
                  variant="body2"
                  onClick={() => props.onOpen(a)}
                >
                  {a.title}
                </Link>
              </TableCell>
              <TableCell>
                {a.plannedStart} – {a.plannedEnd}
              </TableCell>
              <TableCell>{AUDIT_STATUS_LABELS[a.status]}</TableCell>
              <TableCell>
                {[a.leadAuditor, ...a.auditors.filter(u => u !== a.leadAuditor)]
                  .map(userName)
                  .join(', ')}
              </TableCell>
              <TableCell align="right">{a.findings.length}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
