import type { ChangeRecord } from '@aigov/plugin-ai-governance-common';
import { Link } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { FlagChip, formatTimestamp } from '../shared';
import { commitUrl, fieldLabel, shortCommit, valueText } from './changeText';

const useStyles = makeStyles({
  // Fixed layout with wrapping values keeps long purposes inside the page at 1280 px.
  table: { tableLayout: 'fixed', width: '100%' },
  when: { width: '11rem' },
  commit: { width: '8rem' },
  wrap: { overflowWrap: 'anywhere' },
});

const CHANGE_WORDS: Record<ChangeRecord['change'], string> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
};

function Commit(props: { change: ChangeRecord }) {
  const { commit, location } = props.change;
  if (!commit) return <>—</>;
  const url = commitUrl(location, commit);
  return url ? (
    <Link to={url}>{shortCommit(commit)}</Link>
  ) : (
    <>{shortCommit(commit)}</>
  );
}

/** The change log rows as given (newest first): what, before → after, when, the commit. */
export function ChangeTable(props: { changes: ChangeRecord[] }) {
  const classes = useStyles();
  return (
    <Table size="small" aria-label="Change log" className={classes.table}>
      <TableHead>
        <TableRow>
          <TableCell className={classes.when}>Detected</TableCell>
          <TableCell>What</TableCell>
          <TableCell>Before → after</TableCell>
          <TableCell className={classes.commit}>Commit</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.changes.map(c => (
          <TableRow key={c.id}>
            <TableCell>
              <time dateTime={c.detectedAt}>
                {formatTimestamp(c.detectedAt)}
              </time>
            </TableCell>
            <TableCell className={classes.wrap}>
              {fieldLabel(c.field)} {CHANGE_WORDS[c.change] ?? c.change}
              {c.material && <FlagChip label="revalidation" />}
            </TableCell>
            <TableCell className={classes.wrap}>
              <Typography variant="body2">
                {valueText(c.before)} → {valueText(c.after)}
              </Typography>
            </TableCell>
            <TableCell className={classes.wrap}>
              <Commit change={c} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
