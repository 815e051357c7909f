import type {
  AimsObjective,
  ObjectiveTrendPoint,
} from '@aigov/plugin-ai-governance-common';
import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AIMS_MEASURE_INFO } from '@aigov/plugin-ai-governance-common';
import { formatMeasure, targetText } from './objectiveLabels';

/** What the chart says, for screen readers: the span, the first and last value and the target. */
export function trendSummary(objective: AimsObjective): string {
  const { trend, measure } = objective;
  const target = `target ${targetText(measure, objective.target)}`;
  if (trend.length === 0) return `No daily snapshot yet; ${target}`;
  const first = trend[0];
  const last = trend[trend.length - 1];
  return `${trend.length} daily snapshots from ${first.day} (${formatMeasure(
    measure,
    first.value,
  )}) to ${last.day} (${formatMeasure(measure, last.value)}); ${target}`;
}

/**
 * The objective's daily snapshots as a line, with its target as a dashed
 * reference line. The chart is an image to assistive technology, named by
 * its title and described by {@link trendSummary}.
 */
export function ObjectiveTrendChart(props: {
  objective: AimsObjective;
  width?: number;
  height?: number;
}) {
  const theme = useTheme();
  const { objective } = props;
  const { unit, label } = AIMS_MEASURE_INFO[objective.measure];
  const id = `objective-trend-${objective.id}`;
  const data: ObjectiveTrendPoint[] = objective.trend;
  const values = [...data.map(p => p.value), objective.target.value];
  const top =
    unit === '%' ? 100 : Math.max(1, Math.ceil(Math.max(...values) * 1.2));
  return (
    <figure
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      style={{ margin: 0 }}
    >
      <Typography id={`${id}-title`} variant="caption" component="figcaption">
        {label}, last {data.length} days
      </Typography>
      <Typography id={`${id}-desc`} variant="srOnly" component="p">
        {trendSummary(objective)}
      </Typography>
      <LineChart
        width={props.width ?? 420}
        height={props.height ?? 160}
        data={data}
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={32} />
        <YAxis
          domain={[0, top]}
          allowDecimals={unit === '%'}
          tick={{ fontSize: 11 }}
          width={36}
          unit={unit === '%' ? '%' : undefined}
        />
        <Tooltip
          formatter={value => formatMeasure(objective.measure, Number(value))}
        />
        <ReferenceLine
          y={objective.target.value}
          stroke={theme.palette.success.main}
          strokeDasharray="6 3"
          label={{
            value: `Target ${formatMeasure(
              objective.measure,
              objective.target.value,
            )}`,
            position: 'insideTopRight',
            fontSize: 11,
          }}
        />
        <Line
          type="monotone"
          dataKey="value"
          name={label}
          stroke={theme.palette.primary.main}
          dot={{ r: 1.5 }}
          isAnimationActive={false}
        />
      </LineChart>
    </figure>
  );
}
