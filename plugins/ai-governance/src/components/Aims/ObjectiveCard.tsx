import {
  AIMS_MEASURE_INFO,
  type AimsObjective,
  type ObjectiveStatus,
} from '@aigov/plugin-ai-governance-common';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, type Theme } from '@material-ui/core/styles';
import { ReasonButton } from '../shared';
import {
  OBJECTIVE_STATUS_LABELS,
  formatMeasure,
  targetText,
} from './objectiveLabels';
import { ObjectiveTrendChart } from './ObjectiveTrendChart';

const filled = (theme: Theme, background: string) => ({
  backgroundColor: background,
  color: theme.palette.getContrastText(background),
});

const useStyles = makeStyles(theme => ({
  met: filled(theme, theme.palette.success.main),
  'on-track': filled(theme, theme.palette.info.main),
  'at-risk': filled(theme, theme.palette.warning.main),
  missed: filled(theme, theme.palette.error.main),
}));

/** Where an objective stands, as a chip coloured by how well. */
export function ObjectiveStatusChip(props: { status: ObjectiveStatus }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      className={classes[props.status]}
      label={OBJECTIVE_STATUS_LABELS[props.status]}
    />
  );
}

/**
 * One objective: its value now against the target, status and why, owner,
 * due date, the measure and how it is computed, and the trend chart.
 */
export function ObjectiveCard(props: {
  objective: AimsObjective;
  editDisabledReason?: string;
  onEdit: () => void;
}) {
  const { objective: o } = props;
  const info = AIMS_MEASURE_INFO[o.measure];
  return (
    <InfoCard
      title={o.title}
      subheader={info.label}
      action={
        <ReasonButton
          disabledReason={props.editDisabledReason}
          onClick={props.onEdit}
          aria-label={`Edit ${o.title}`}
        >
          Edit
        </ReasonButton>
      }
    >
      <Box display="flex" alignItems="center" gridGap={8} mb={1}>
        <Typography variant="h5" component="p">
          {formatMeasure(o.measure, o.current.value)}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          target {targetText(o.measure, o.target)} by {o.dueDate}
        </Typography>
        <ObjectiveStatusChip status={o.status} />
      </Box>
      <Typography variant="body2">{o.statusReason}.</Typography>
      <Typography variant="body2" color="textSecondary">
        Now: {o.current.detail}. Owner:{' '}
        <EntityRefLink entityRef={o.owner} defaultKind="group" />
      </Typography>
      {o.description && (
        <Typography variant="body2" paragraph>
          {o.description}
        </Typography>
      )}
      <ObjectiveTrendChart objective={o} />
      <Typography variant="caption" color="textSecondary">
        {info.description}
      </Typography>
    </InfoCard>
  );
}
