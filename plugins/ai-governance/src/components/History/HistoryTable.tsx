import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { formatTimestamp } from '../shared';
import { ACTION_LABELS, recordLabel } from './changes';
import { ChangeList } from './ChangeList';

const useStyles = makeStyles({
  nowrap: { whiteSpace: 'nowrap' },
});

/** One row per change, as given (newest first). */
export function HistoryTable(props: { events: HistoryEvent[] }) {
  const classes = useStyles();
  return (
    <Table size="small" aria-label="Change history">
      <TableHead>
        <TableRow>
          <TableCell>When</TableCell>
          <TableCell>Who</TableCell>
          <TableCell>Record</TableCell>
          <TableCell>Action</TableCell>
          <TableCell>What changed</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.events.map(e => (
          <TableRow key={e.seq}>
            <TableCell className={classes.nowrap}>
              <time dateTime={e.at}>{formatTimestamp(e.at)}</time>
              <Typography
                variant="caption"
                color="textSecondary"
                display="block"
              >
                #{e.seq}
              </Typography>
            </TableCell>
            <TableCell>{e.actor}</TableCell>
            <TableCell>{recordLabel(e)}</TableCell>
            <TableCell>{ACTION_LABELS[e.action] ?? e.action}</TableCell>
            <TableCell>
              <ChangeList event={e} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
