import {
  AI_RISK_TIERS,
  AI_SYSTEM_KIND,
} from '@aigov/plugin-ai-governance-common';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme, type Theme } from '@material-ui/core/styles';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { TierChip } from '../shared';
import { plural } from '../cards/format';
import { SectionError } from '../cards/SectionError';

/** Key for AI systems without a `spec.riskTier`. */
const NOT_SET = '';

/** Bar colours follow the tier chips, from the theme palette (light and dark). */
const barColour = (theme: Theme, tier: string): string => {
  switch (tier) {
    case 'prohibited':
      return theme.palette.error.dark;
    case 'high':
      return theme.palette.warning.dark;
    case 'limited':
      return theme.palette.info.main;
    case 'minimal':
      return theme.palette.success.dark;
    default:
      return theme.palette.grey[500];
  }
};

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

/** Counts AI systems per tier: known tiers strictest first, then any other value, then "not set". */
export function countByTier(
  entities: Array<{ spec?: { riskTier?: unknown } }>,
): Array<{ tier: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of entities) {
    const tier =
      typeof e.spec?.riskTier === 'string' ? e.spec.riskTier : NOT_SET;
    counts.set(tier, (counts.get(tier) ?? 0) + 1);
  }
  const known: string[] = [...AI_RISK_TIERS];
  const others = [...counts.keys()]
    .filter(t => t !== NOT_SET && !known.includes(t))
    .sort();
  return [...known, ...others, NOT_SET].map(tier => ({
    tier,
    count: counts.get(tier) ?? 0,
  }));
}

/** AI systems in the catalog by EU AI Act risk tier, as labelled bars. */
export function TierDistributionCard() {
  const catalogApi = useApi(catalogApiRef);
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    // Only the tier is needed; the catalog sends nothing else.
    const { items } = await catalogApi.getEntities({
      filter: { kind: AI_SYSTEM_KIND },
      fields: ['spec.riskTier'],
    });
    return { total: items.length, tiers: countByTier(items) };
  }, [catalogApi]);

  return (
    <InfoCard title="AI systems by EU AI Act tier">
      {loading && <Progress aria-label="Loading AI systems" />}
      {error && (
        <SectionError
          title="Could not load the AI systems from the catalog"
          error={error}
          onRetry={retry}
        />
      )}
      {value && value.total === 0 && (
        <Typography variant="body2">
          No AI systems are registered in the catalog yet.
        </Typography>
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
            aria-label={`${tier ? `${tier} risk` : 'tier not set'}: ${plural(
              count,
              'system',
            )}`}
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
                  backgroundColor: barColour(theme, tier),
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
