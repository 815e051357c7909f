import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import { type FieldChange, summarize } from './changes';

const useStyles = makeStyles(theme => ({
  changes: { margin: 0, paddingLeft: '1.2em' },
  // Full texts keep their line breaks and wrap inside the column.
  full: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: theme.spacing(0.5, 0),
  },
}));

/** Both sides of a shortened text in full, before and after. */
function FullTexts(props: { change: FieldChange; id: string }) {
  const classes = useStyles();
  const { full } = props.change;
  if (!full) return null;
  return (
    <Box id={props.id} mt={0.5}>
      <Typography variant="caption" color="textSecondary">
        Before
      </Typography>
      <Typography variant="body2" className={classes.full}>
        {full.from}
      </Typography>
      <Typography variant="caption" color="textSecondary">
        After
      </Typography>
      <Typography variant="body2" className={classes.full}>
        {full.to}
      </Typography>
    </Box>
  );
}

/** One changed field; a shortened text offers its full versions on demand. */
function ChangeRow(props: { change: FieldChange; id: string }) {
  const { change, id } = props;
  const [open, setOpen] = useState(false);
  return (
    <li>
      <Typography variant="body2">
        <strong>{change.label}</strong>: {change.from} → {change.to}
      </Typography>
      {change.full && (
        <Button
          size="small"
          aria-expanded={open}
          aria-controls={id}
          aria-label={`${open ? 'Hide' : 'Show'} the full ${change.label}`}
          onClick={() => setOpen(o => !o)}
        >
          {open ? 'Hide full text' : 'Show full text'}
        </Button>
      )}
      {open && <FullTexts change={change} id={id} />}
    </li>
  );
}

/** The "What changed" cell: a sentence, or one row per changed field. */
export function ChangeList(props: { event: HistoryEvent }) {
  const classes = useStyles();
  const summary = summarize(props.event);
  if (summary.text) {
    return <Typography variant="body2">{summary.text}</Typography>;
  }
  return (
    <ul className={classes.changes}>
      {summary.changes.map(c => (
        <ChangeRow
          key={c.field}
          change={c}
          id={`history-${props.event.seq}-${c.field}`}
        />
      ))}
      {summary.more > 0 && (
        <li>
          <Typography variant="body2">and {summary.more} more</Typography>
        </li>
      )}
    </ul>
  );
}
