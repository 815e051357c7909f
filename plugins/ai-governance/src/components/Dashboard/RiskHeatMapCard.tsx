import type {
  HeatMapCell,
  RiskLevel,
} from '@aigov/plugin-ai-governance-common';
import { InfoCard, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { alpha, makeStyles } from '@material-ui/core/styles';
import { useHeatMap } from '../../hooks';
import {
  HeatMapTable,
  LoadError,
  heatMapKey,
  plural,
  riskLevelColour,
} from '../shared';

const useStyles = makeStyles(theme => {
  const cell = (level: RiskLevel) => {
    const colour = riskLevelColour(theme, level);
    return {
      backgroundColor: colour,
      color: theme.palette.getContrastText(colour),
      // Empty cells keep their level's hue, faded, so the matrix still reads
      // as a matrix while the cells with risks stand out.
      '&[data-empty="true"]': {
        backgroundColor: alpha(colour, 0.2),
        color: theme.palette.text.secondary,
      },
    };
  };
  return {
    table: { borderCollapse: 'separate', borderSpacing: 3 },
    head: { textAlign: 'center' },
    count: {
      width: theme.spacing(6),
      height: theme.spacing(5),
      textAlign: 'center',
      fontWeight: theme.typography.fontWeightBold as number,
      borderRadius: theme.shape.borderRadius,
    },
    low: cell('low'),
    medium: cell('medium'),
    high: cell('high'),
    critical: cell('critical'),
  };
});

/** Org-wide heat maps of open risks, before and after treatment. */
export function RiskHeatMapCard() {
  const { value, loading, error, retry } = useHeatMap();
  return (
    <InfoCard
      title="Open risks by likelihood and impact"
      subheader="All AI systems you may see"
    >
      {loading && <Progress aria-label="Loading the heat map" />}
      {error && (
        <LoadError error={error} what="risk heat map" onRetry={retry} />
      )}
      {value && (
        <>
          <Box display="flex" flexWrap="wrap" gridGap={24}>
            <HeatMapGrid name="Inherent" cells={value.inherent} />
            <HeatMapGrid name="Residual" cells={value.residual} />
          </Box>
          <Typography variant="caption" color="textSecondary" component="p">
            Rows are likelihood (5 at the top), columns impact (5 on the right);
            colours are the risk level of likelihood × impact. Residual counts
            only risks with residual values recorded.
          </Typography>
        </>
      )}
    </InfoCard>
  );
}

function HeatMapGrid(props: { name: string; cells: HeatMapCell[] }) {
  const classes = useStyles();
  const counts = new Map(
    props.cells.map(c => [heatMapKey(c.likelihood, c.impact), c.count]),
  );
  const total = props.cells.reduce((sum, c) => sum + c.count, 0);
  return (
    <HeatMapTable
      caption={`${props.name}: ${plural(total, 'risk')}`}
      counts={counts}
      className={classes.table}
      axisClassName={classes.head}
      corner={{ label: 'L \\ I', 'aria-label': 'Likelihood by impact' }}
      axisProps={(axis, value) => ({
        'aria-label': `${axis === 'impact' ? 'Impact' : 'Likelihood'} ${value}`,
      })}
      renderCell={({ likelihood, impact, count, level }) => (
        <td
          className={`${classes.count} ${classes[level]}`}
          data-empty={count === 0}
          aria-label={`${
            props.name
          }, likelihood ${likelihood}, impact ${impact} (${level}): ${plural(
            count,
            'risk',
          )}`}
        >
          {count || ''}
        </td>
      )}
    />
  );
}
