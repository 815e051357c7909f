import {
  RISK_LEVELS,
  SCORECARD_LEVELS,
  type AssessmentStatus,
  type ControlStatus,
  type RiskLevel,
  type ScorecardLevel,
} from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, type Theme } from '@material-ui/core/styles';
import { riskLevelColour, tierColour } from './colours';
import { plural } from './format';
import {
  ASSESSMENT_STATUS_LABELS,
  CONTROL_STATUS_LABELS,
  scorecardLevelLabel,
  tierLabel,
} from './labels';

const filled = (theme: Theme, background: string) => ({
  backgroundColor: background,
  color: theme.palette.getContrastText(background),
});

const useStyles = makeStyles(theme => ({
  low: filled(theme, riskLevelColour(theme, 'low')),
  medium: filled(theme, riskLevelColour(theme, 'medium')),
  high: filled(theme, riskLevelColour(theme, 'high')),
  critical: filled(theme, riskLevelColour(theme, 'critical')),
  prohibited: filled(theme, tierColour(theme, 'prohibited')!),
  limited: filled(theme, tierColour(theme, 'limited')!),
  minimal: filled(theme, tierColour(theme, 'minimal')!),
  none: filled(theme, theme.palette.grey[500]),
  bronze: { backgroundColor: '#a0673a', color: '#fff' },
  silver: { backgroundColor: '#8a939b', color: '#fff' },
  gold: { backgroundColor: '#c9a227', color: '#000' },
  unknown: {},
  // Statuses: where a record stands, from not begun to done.
  neutral: {
    backgroundColor: theme.palette.action.selected,
    color: theme.palette.text.primary,
  },
  info: filled(theme, theme.palette.info.main),
  warning: filled(theme, theme.palette.warning.main),
  success: filled(theme, theme.palette.success.main),
  flag: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.main,
    marginLeft: theme.spacing(0.5),
  },
}));

type Tone = 'neutral' | 'info' | 'warning' | 'success';

const CONTROL_STATUS_TONES: Record<ControlStatus, Tone> = {
  'not-started': 'neutral',
  planned: 'info',
  'in-progress': 'warning',
  implemented: 'success',
};

const ASSESSMENT_STATUS_TONES: Record<AssessmentStatus, Tone> = {
  draft: 'neutral',
  'in-review': 'info',
  approved: 'success',
};

/**
 * A small chip filled with the colour of `fill`, one of the classes above;
 * a fill without a class (e.g. a tier the plugin doesn't know) is left plain.
 */
function FilledChip(props: {
  fill: string;
  label: string;
  'aria-label'?: string;
}) {
  const classes = useStyles();
  const cls =
    (classes as Record<string, string>)[props.fill] ?? classes.unknown;
  return (
    <Chip
      size="small"
      className={cls}
      label={props.label}
      aria-label={props['aria-label']}
    />
  );
}

/** Makes the chip of a kind of status: filled by its tone, named by its label. */
function statusChip<S extends string>(
  tones: Record<S, Tone>,
  labels: Record<S, string>,
) {
  return function StatusChip(props: { status: S }) {
    return (
      <FilledChip fill={tones[props.status]} label={labels[props.status]} />
    );
  };
}

/** A risk level as a coloured chip. @public */
export function RiskLevelChip(props: {
  level: RiskLevel | null;
  label?: string;
}) {
  if (!props.level) return null;
  return <FilledChip fill={props.level} label={props.label ?? props.level} />;
}

/** A scorecard level as a coloured chip. @public */
export function ScorecardLevelChip(props: { level: ScorecardLevel }) {
  return (
    <FilledChip fill={props.level} label={scorecardLevelLabel(props.level)} />
  );
}

/** An EU AI Act tier as a coloured chip. @public */
export function TierChip(props: { tier?: string | null }) {
  return (
    <FilledChip fill={props.tier ?? 'unknown'} label={tierLabel(props.tier)} />
  );
}

/** A control's implementation status as a coloured chip. */
export const ControlStatusChip = statusChip(
  CONTROL_STATUS_TONES,
  CONTROL_STATUS_LABELS,
);

/** Where an assessment stands, draft → in review → approved. */
export const AssessmentStatusChip = statusChip(
  ASSESSMENT_STATUS_TONES,
  ASSESSMENT_STATUS_LABELS,
);

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

/** Chips in a row that wraps; a dash or `empty` when there are none. */
function ChipRow(props: { empty: string; children: JSX.Element[] }) {
  if (props.children.length === 0) {
    return (
      <Typography variant="body2" component="span">
        {props.empty}
      </Typography>
    );
  }
  return (
    <Box display="flex" flexWrap="wrap" gridGap={4} component="span">
      {props.children}
    </Box>
  );
}

/** Open risks per level as chips, most severe first; zero levels are left out. */
export function OpenRiskChips(props: { open: Record<RiskLevel, number> }) {
  const levels = [...RISK_LEVELS].reverse().filter(l => props.open[l] > 0);
  return (
    <ChipRow empty="No open risks">
      {levels.map(level => (
        <RiskLevelChip
          key={level}
          level={level}
          label={`${props.open[level]} ${level}`}
        />
      ))}
    </ChipRow>
  );
}

/**
 * How many AI systems reached each scorecard level, best first, each chip in
 * its level's colour (as the level of one system is shown) so a team lead
 * reads bronze, silver and gold at a glance; the count leads the label, and
 * zero levels are left out, so a row holds at most four chips.
 */
export function LevelDistribution(props: {
  levels: Record<ScorecardLevel, number>;
}) {
  const levels = [...SCORECARD_LEVELS].reverse().filter(l => props.levels[l]);
  return (
    <ChipRow empty="—">
      {levels.map(level => (
        <FilledChip
          key={level}
          fill={level}
          label={`${props.levels[level]} ${scorecardLevelLabel(level)}`}
          aria-label={`${plural(
            props.levels[level],
            'system',
          )} at ${scorecardLevelLabel(level)}`}
        />
      ))}
    </ChipRow>
  );
}

/** Orders level distributions by gold, then silver, then bronze, for sorting. */
export function compareLevelDistributions(
  a: Record<ScorecardLevel, number>,
  b: Record<ScorecardLevel, number>,
): number {
  for (const level of ['gold', 'silver', 'bronze'] as const) {
    if (a[level] !== b[level]) return a[level] - b[level];
  }
  return 0;
}
