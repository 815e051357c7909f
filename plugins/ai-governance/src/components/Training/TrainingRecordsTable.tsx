import type {
  TrainingCourse,
  TrainingRecord,
  TrainingStatus,
} from '@aigov/plugin-ai-governance-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Link from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import { EmptyNote, useAlarmTextStyles } from '../shared';
import { TRAINING_STATUS_LABELS, courseTitle } from './labels';

const useStyles = makeStyles(theme => ({
  expiring: {
    color:
      theme.palette.type === 'dark'
        ? theme.palette.warning.light
        : theme.palette.warning.dark,
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));

/** A status in words, expiring and expired ones highlighted (the words say it too). */
function StatusText(props: { status: TrainingStatus }) {
  const alarm = useAlarmTextStyles();
  const styles = useStyles();
  let className: string | undefined;
  if (props.status === 'expired') className = alarm.alarm;
  if (props.status === 'expiring') className = styles.expiring;
  return (
    <span className={className}>{TRAINING_STATUS_LABELS[props.status]}</span>
  );
}

/** Evidence as a link when it is one, else the note. */
function Evidence(props: { value: string }) {
  if (/^https?:\/\//.test(props.value)) {
    return (
      <Link href={props.value} target="_blank" rel="noopener noreferrer">
        Certificate
      </Link>
    );
  }
  return <>{props.value || '–'}</>;
}

/** Training records: person, course, dates, status, evidence and who recorded it. */
export function TrainingRecordsTable(props: {
  records: TrainingRecord[];
  courses: TrainingCourse[];
}) {
  if (props.records.length === 0) {
    return <EmptyNote>No training record matches.</EmptyNote>;
  }
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label="Training records">
        <TableHead>
          <TableRow>
            <TableCell>Person</TableCell>
            <TableCell>Course</TableCell>
            <TableCell>Completed</TableCell>
            <TableCell>Expires</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Evidence</TableCell>
            <TableCell>Recorded by</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.records.map(r => (
            <TableRow key={r.id}>
              <TableCell>
                <EntityRefLink entityRef={r.userRef} defaultKind="user" />
              </TableCell>
              <TableCell>{courseTitle(props.courses, r.courseId)}</TableCell>
              <TableCell>{r.completedAt}</TableCell>
              <TableCell>{r.expiresAt ?? 'Never'}</TableCell>
              <TableCell>
                <StatusText status={r.status} />
              </TableCell>
              <TableCell>
                <Evidence value={r.evidence} />
              </TableCell>
              <TableCell>
                <EntityRefLink entityRef={r.recordedBy} defaultKind="user" />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
