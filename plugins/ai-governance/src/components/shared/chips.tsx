import type {
  RiskLevel,
  ScorecardLevel,
} from '@aigov/plugin-ai-governance-common';
import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  low: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  medium: {
    backgroundColor: theme.palette.warning.light,
    color: theme.palette.getContrastText(theme.palette.warning.light),
  },
  high: {
    backgroundColor: theme.palette.warning.dark,
    color: theme.palette.getContrastText(theme.palette.warning.dark),
  },
  critical: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  none: {
    backgroundColor: theme.palette.grey[500],
    color: theme.palette.getContrastText(theme.palette.grey[500]),
  },
  bronze: { backgroundColor: '#a0673a', color: '#fff' },
  silver: { backgroundColor: '#8a939b', color: '#fff' },
  gold: { backgroundColor: '#c9a227', color: '#000' },
  prohibited: {
    backgroundColor: theme.palette.error.dark,
    color: theme.palette.error.contrastText,
  },
  limited: {
    backgroundColor: theme.palette.info.main,
    color: theme.palette.info.contrastText,
  },
  minimal: {
    backgroundColor: theme.palette.success.dark,
    color: theme.palette.success.contrastText,
  },
  unknown: {},
}));

/** A risk level as a coloured chip. @public */
export function RiskLevelChip(props: {
  level: RiskLevel | null;
  label?: string;
}) {
  const classes = useStyles();
  if (!props.level) return null;
  return (
    <Chip
      size="small"
      className={classes[props.level]}
      label={props.label ?? props.level}
    />
  );
}

/** A scorecard level as a coloured chip. @public */
export function ScorecardLevelChip(props: { level: ScorecardLevel }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      className={classes[props.level]}
      label={props.level === 'none' ? 'no level' : props.level}
    />
  );
}

/** An EU AI Act tier as a coloured chip. @public */
export function TierChip(props: { tier?: string | null }) {
  const classes = useStyles();
  const tier = props.tier ?? 'unknown';
  const cls = (classes as Record<string, string>)[tier] ?? classes.unknown;
  return (
    <Chip
      size="small"
      className={cls}
      label={props.tier ? `${props.tier} risk` : 'tier not set'}
    />
  );
}
