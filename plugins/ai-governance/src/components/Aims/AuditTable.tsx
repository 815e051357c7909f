import type { Audit } from '@aigov/plugin-ai-governance-common';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { AimsTable, OpenLink } from './AimsTable';
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
  return (
    <AimsTable
      label={`Audit programme ${props.year}`}
      columns={[
        'Audit',
        'Planned',
        'Status',
        'Auditors',
        { label: 'Findings', align: 'right' },
      ]}
      rows={props.audits}
      empty={`No internal audit is planned for ${props.year}.`}
    >
      {a => (
        <TableRow key={a.id}>
          <TableCell>
            <OpenLink onOpen={() => props.onOpen(a)}>{a.title}</OpenLink>
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
      )}
    </AimsTable>
  );
}
