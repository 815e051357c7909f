import type { AssessmentStatus } from '@aigov/plugin-ai-governance-common';
import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { ASSESSMENT_STATUS_LABELS } from './labels';

// Palette colours only, so the chips follow the light and dark themes.
const useStyles = makeStyles(theme => ({
  draft: {
    backgroundColor: theme.palette.action.selected,
    color: theme.palette.text.primary,
  },
  'in-review': {
    backgroundColor: theme.palette.info.main,
    color: theme.palette.info.contrastText,
  },
  approved: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
}));

/** Where an assessment stands, draft → in review → approved. */
export function AssessmentStatusChip(props: { status: AssessmentStatus }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      className={classes[props.status]}
      label={ASSESSMENT_STATUS_LABELS[props.status]}
    />
  );
}
