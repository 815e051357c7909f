import { InfoCard, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { useAiSystemTiers } from '../../hooks';
import {
  EmptyNote,
  LoadError,
  TierChip,
  plural,
  tierColour,
  tierLabel,
} from '../shared';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  row: {
    display: 'grid',
    gridTemplateColumns: '9em 1fr 6em',
    alignItems: 'center',
    columnGap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
  track: {
    height: theme.spacing(1.5),
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.action.hover,
    overflow: 'hidden',
  },
  bar: { height: '100%' },
}));

/** AI systems in the catalog by EU AI Act risk tier, as labelled bars. */
export function TierDistributionCard() {
  const { value, loading, error, retry } = useAiSystemTiers();

  return (
    <InfoCard title="AI systems by EU AI Act tier">
      {loading && <Progress aria-label="Loading AI systems" />}
      {error && (
        <LoadError
          error={error}
          what="AI systems from the catalog"
          onRetry={retry}
        />
      )}
      {value && value.total === 0 && (
        <EmptyNote>No AI systems are registered in the catalog yet.</EmptyNote>
      )}
      {value && value.total > 0 && <TierBars {...value} />}
    </InfoCard>
  );
}

function TierBars(props: {
  total: number;
  tiers: Array<{ tier: string; count: number }>;
}) {
  const classes = useStyles();
  const theme = useTheme();
  return (
    <>
      <Typography variant="body2" gutterBottom>
        {plural(props.total, 'AI system')} registered
      </Typography>
      <ul className={classes.list} aria-label="AI systems per tier">
        {props.tiers.map(({ tier, count }) => (
          <li
            key={tier || 'not-set'}
            className={classes.row}
            aria-label={`${tierLabel(tier)}: ${plural(count, 'system')}`}
          >
            <span>
              <TierChip tier={tier || null} />
            </span>
            {/* The bar repeats the count visually; the label above says it in words. */}
            <Box className={classes.track} aria-hidden>
              <Box
                className={classes.bar}
                style={{
                  width: `${(count / props.total) * 100}%`,
                  // Bars take the tier chips' colours; unknown tiers grey.
                  backgroundColor:
                    tierColour(theme, tier) ?? theme.palette.grey[500],
                }}
              />
            </Box>
            <Typography variant="body2" component="span" aria-hidden>
              {count}
            </Typography>
          </li>
        ))}
      </ul>
    </>
  );
}
