import type { ControlStatus } from '@aigov/plugin-ai-governance-common';
import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { CONTROL_STATUS_LABELS } from './labels';

// Palette colours only, so the chips follow the light and dark themes.
const useStyles = makeStyles(theme => ({
  'not-started': {
    backgroundColor: theme.palette.action.selected,
    color: theme.palette.text.primary,
  },
  planned: {
    backgroundColor: theme.palette.info.main,
    color: theme.palette.info.contrastText,
  },
  'in-progress': {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  implemented: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  flag: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.main,
    marginLeft: theme.spacing(0.5),
  },
}));

/** A control's implementation status as a coloured chip. */
export function ControlStatusChip(props: { status: ControlStatus }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      className={classes[props.status]}
      label={CONTROL_STATUS_LABELS[props.status]}
    />
  );
}

/** A small red flag such as "overdue" or "expired". */
export function FlagChip(props: { label: string }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      variant="outlined"
      className={classes.flag}
      label={props.label}
    />
  );
}
