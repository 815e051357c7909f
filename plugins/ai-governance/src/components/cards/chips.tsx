import {
  RISK_LEVELS,
  SCORECARD_LEVELS,
  type RiskLevel,
  type ScorecardLevel,
} from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { RiskLevelChip } from '../shared';
import { plural } from './format';

/** Open risks per level as chips, most severe first; zero levels are left out. */
export function OpenRiskChips(props: { open: Record<RiskLevel, number> }) {
  const levels = [...RISK_LEVELS].reverse().filter(l => props.open[l] > 0);
  if (levels.length === 0) {
    return (
      <Typography variant="body2" component="span">
        No open risks
      </Typography>
    );
  }
  return (
    <Box display="flex" flexWrap="wrap" gridGap={4} component="span">
      {levels.map(level => (
        <RiskLevelChip
          key={level}
          level={level}
          label={`${props.open[level]} ${level}`}
        />
      ))}
    </Box>
  );
}

const levelLabel = (level: ScorecardLevel) =>
  level === 'none' ? 'no level' : level;

/**
 * How many AI systems reached each scorecard level, best first. Plain outlined
 * chips with the count in words: the coloured level chips would turn a table
 * row into a rainbow, and the numbers are what a reader compares.
 */
export function LevelDistribution(props: {
  levels: Record<ScorecardLevel, number>;
}) {
  const levels = [...SCORECARD_LEVELS].reverse().filter(l => props.levels[l]);
  if (levels.length === 0) {
    return (
      <Typography variant="body2" component="span">
        —
      </Typography>
    );
  }
  return (
    <Box display="flex" flexWrap="wrap" gridGap={4} component="span">
      {levels.map(level => (
        <Chip
          key={level}
          size="small"
          variant="outlined"
          label={`${props.levels[level]} ${levelLabel(level)}`}
          aria-label={`${plural(props.levels[level], 'system')} at ${levelLabel(
            level,
          )}`}
        />
      ))}
    </Box>
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
