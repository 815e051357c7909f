import type { Risk, RiskLevel } from '@aigov/plugin-ai-governance-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  darken,
  lighten,
  makeStyles,
  useTheme,
  type Theme,
} from '@material-ui/core/styles';
import {
  HeatMapTable,
  IMPACT_LABELS,
  LIKELIHOOD_LABELS,
  heatMapKey,
  plural,
  riskLevelColour,
} from '../shared';
import { cellOf, type CellSelection, type HeatMapKind } from './filters';

const useStyles = makeStyles(theme => ({
  table: {
    borderCollapse: 'separate',
    borderSpacing: theme.spacing(0.5),
    width: '100%',
    maxWidth: 420,
  },
  cell: {
    width: '100%',
    minHeight: 40,
    border: 'none',
    borderRadius: theme.shape.borderRadius,
    cursor: 'pointer',
    font: 'inherit',
    fontWeight: theme.typography.fontWeightBold as number,
    '&:focus-visible': {
      outline: `2px dashed ${theme.palette.text.primary}`,
      outlineOffset: 2,
    },
  },
  selected: {
    boxShadow: `0 0 0 2px ${theme.palette.background.paper}, 0 0 0 5px ${theme.palette.text.primary}`,
  },
}));

/** Empty cells are muted towards the page, so occupied cells stand out. */
function cellColours(theme: Theme, level: RiskLevel, empty: boolean) {
  const base = riskLevelColour(theme, level);
  let fill = base;
  if (empty) {
    fill =
      theme.palette.type === 'dark' ? darken(base, 0.6) : lighten(base, 0.7);
  }
  return { backgroundColor: fill, color: theme.palette.getContrastText(fill) };
}

function HeatMapGrid(props: {
  kind: HeatMapKind;
  title: string;
  risks: Risk[];
  selected: CellSelection | null;
  onSelect: (cell: CellSelection | null) => void;
}) {
  const { kind, title, risks, selected, onSelect } = props;
  const classes = useStyles();
  const theme = useTheme();
  const counts = new Map<string, number>();
  for (const risk of risks) {
    const at = cellOf(risk, kind);
    if (at) {
      const key = heatMapKey(at.likelihood, at.impact);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }

  return (
    <HeatMapTable
      caption={title}
      counts={counts}
      className={classes.table}
      corner={{ label: 'Likelihood \\ impact' }}
      axisProps={(axis, value) => ({
        title: (axis === 'impact' ? IMPACT_LABELS : LIKELIHOOD_LABELS)[value],
      })}
      renderCell={({ likelihood, impact, count, score, level }) => {
        const isSelected =
          selected?.kind === kind &&
          selected.likelihood === likelihood &&
          selected.impact === impact;
        return (
          <td>
            <button
              type="button"
              className={`${classes.cell} ${
                isSelected ? classes.selected : ''
              }`}
              style={cellColours(theme, level, count === 0)}
              aria-label={`Likelihood ${likelihood}, impact ${impact}: ${plural(
                count,
                'risk',
              )}`}
              aria-pressed={isSelected}
              title={`Score ${score}, ${level}`}
              onClick={() =>
                onSelect(isSelected ? null : { kind, likelihood, impact })
              }
            >
              {count > 0 ? count : ''}
            </button>
          </td>
        );
      }}
    />
  );
}

/**
 * Open risks by likelihood and impact, before and after treatment. Selecting
 * a cell narrows the register to the risks in it.
 */
export function RiskHeatMap(props: {
  risks: Risk[];
  selected: CellSelection | null;
  onSelect: (cell: CellSelection | null) => void;
}) {
  return (
    <>
      <Grid container spacing={2}>
        <Grid item xs={12} md={6}>
          <HeatMapGrid kind="inherent" title="Inherent risk" {...props} />
        </Grid>
        <Grid item xs={12} md={6}>
          <HeatMapGrid
            kind="residual"
            title="Residual risk (risks with residual values)"
            {...props}
          />
        </Grid>
      </Grid>
      <Typography variant="caption" color="textSecondary" component="p">
        Counts open risks: status open, treating or accepted; closed risks are
        left out. Colours show the level of likelihood × impact. Select a cell
        to list its risks; select it again to show all.
      </Typography>
    </>
  );
}
