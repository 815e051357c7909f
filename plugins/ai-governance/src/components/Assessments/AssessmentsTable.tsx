import type { Assessment } from '@aigov/plugin-ai-governance-common';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  ASSESSMENT_TYPE_LABELS,
  AssessmentStatusChip,
  TierChip,
  formatTimestamp,
} from '../shared';
import { readStoredClassificationResult } from './classification';

/** The entity's assessments, newest first as the API lists them. */
export function AssessmentsTable(props: {
  assessments: Assessment[];
  openId?: string;
  onOpen: (assessment: Assessment) => void;
}) {
  return (
    <Table size="small" aria-label="Assessments">
      <TableHead>
        <TableRow>
          <TableCell>Type</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Result</TableCell>
          <TableCell>Updated</TableCell>
          <TableCell>Approved</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {props.assessments.map(a => {
          const label = ASSESSMENT_TYPE_LABELS[a.type];
          // The visible verb starts the accessible name (WCAG label in name).
          const verb = a.status === 'approved' ? 'View' : 'Open';
          const classification =
            a.type === 'eu-ai-act-classification'
              ? readStoredClassificationResult(a.result)
              : undefined;
          return (
            <TableRow key={a.id} selected={a.id === props.openId}>
              <TableCell>{label}</TableCell>
              <TableCell>
                <AssessmentStatusChip status={a.status} />
              </TableCell>
              <TableCell>
                {classification ? <TierChip tier={classification.tier} /> : '—'}
              </TableCell>
              <TableCell>
                {a.updatedBy}, {formatTimestamp(a.updatedAt)}
              </TableCell>
              <TableCell>
                {a.approvedBy
                  ? `${a.approvedBy}, ${formatTimestamp(a.approvedAt)}`
                  : '—'}
              </TableCell>
              <TableCell align="right">
                <Button
                  size="small"
                  onClick={() => props.onOpen(a)}
                  aria-label={`${verb} ${label} started ${formatTimestamp(
                    a.createdAt,
                  )}`}
                >
                  {verb}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
