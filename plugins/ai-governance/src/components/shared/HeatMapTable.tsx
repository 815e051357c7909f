import { Fragment, type ReactNode, type ThHTMLAttributes } from 'react';
import {
  riskLevel,
  riskScore,
  type RiskLevel,
} from '@aigov/plugin-ai-governance-common';
import { makeStyles } from '@material-ui/core/styles';
import { SCALE } from './labels';

const useStyles = makeStyles(theme => ({
  caption: {
    captionSide: 'top',
    textAlign: 'left',
    ...theme.typography.subtitle2,
    paddingBottom: theme.spacing(0.5),
  },
  axis: {
    ...theme.typography.caption,
    color: theme.palette.text.secondary,
    fontWeight: 'normal',
  },
}));

/** One cell of a heat map: where it sits, how many risks are in it and its level. */
export interface HeatMapCellInfo {
  likelihood: number;
  impact: number;
  count: number;
  score: number;
  level: RiskLevel;
}

/** The key of a cell in the `counts` of {@link HeatMapTable}. */
export const heatMapKey = (likelihood: number, impact: number) =>
  `${likelihood}:${impact}`;

type HeaderProps = ThHTMLAttributes<HTMLTableCellElement>;

/**
 * A likelihood × impact matrix as a table: impact 1 to 5 left to right,
 * likelihood 5 at the top, so high risks sit top right as on paper. What a
 * cell shows and the headers' names are the caller's.
 */
export function HeatMapTable(props: {
  caption: ReactNode;
  /** Risks per cell, by {@link heatMapKey}; a cell not in it has none. */
  counts: ReadonlyMap<string, number>;
  className?: string;
  /** Added to the header cells' own class. */
  axisClassName?: string;
  /** The top-left header, naming both axes. */
  corner: { label: ReactNode } & HeaderProps;
  /** Extra attributes of the header of one impact column or likelihood row. */
  axisProps: (axis: 'impact' | 'likelihood', value: number) => HeaderProps;
  /** The `<td>` of a cell. */
  renderCell: (cell: HeatMapCellInfo) => ReactNode;
}) {
  const classes = useStyles();
  const axisClass = [classes.axis, props.axisClassName]
    .filter(Boolean)
    .join(' ');
  const { label: cornerLabel, ...cornerProps } = props.corner;
  return (
    <table className={props.className}>
      <caption className={classes.caption}>{props.caption}</caption>
      <thead>
        <tr>
          <th className={axisClass} scope="col" {...cornerProps}>
            {cornerLabel}
          </th>
          {SCALE.map(impact => (
            <th
              key={impact}
              className={axisClass}
              scope="col"
              {...props.axisProps('impact', impact)}
            >
              {impact}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...SCALE].reverse().map(likelihood => (
          <tr key={likelihood}>
            <th
              className={axisClass}
              scope="row"
              {...props.axisProps('likelihood', likelihood)}
            >
              {likelihood}
            </th>
            {SCALE.map(impact => {
              const score = riskScore(likelihood, impact);
              const cell = props.renderCell({
                likelihood,
                impact,
                count: props.counts.get(heatMapKey(likelihood, impact)) ?? 0,
                score,
                level: riskLevel(score),
              });
              return <Fragment key={impact}>{cell}</Fragment>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
