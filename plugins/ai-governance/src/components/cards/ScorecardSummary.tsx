import { useId } from 'react';
import type { EntityScorecard } from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Link } from '@backstage/core-components';
import { useScorecard } from '../../hooks';
import {
  LoadError,
  OpenRiskChips,
  ScorecardLevelChip,
  formatPercent,
  plural,
  useGovernanceTabPath,
} from '../shared';
import { FactList } from './FactList';
import { MissingItems } from './MissingItems';

/** The scorecard of one AI system: its level, what the next level needs, key counts. */
export function ScorecardSummary(props: { entityRef: CompoundEntityRef }) {
  const { value, loading, error, retry } = useScorecard(props.entityRef);

  if (loading) return <Progress aria-label="Loading the scorecard" />;
  if (error) {
    return (
      <LoadError
        error={error}
        what="scorecard"
        of="this AI system"
        onRetry={retry}
      />
    );
  }
  if (!value) return null;
  return (
    <>
      <LevelAndGaps scorecard={value} entityRef={props.entityRef} />
      <HighRisksNote scorecard={value} entityRef={props.entityRef} />
      <KeyCounts scorecard={value} />
    </>
  );
}

const useStyles = makeStyles(theme => ({
  due: { borderColor: theme.palette.warning.main },
  overdue: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.main,
  },
}));

/**
 * Whether a material change awaits its revalidation: due while open, and
 * overdue (the level held at bronze) once past its due date.
 */
function RevalidationChip(props: {
  revalidation: EntityScorecard['revalidation'];
}) {
  const classes = useStyles();
  const { due, overdue } = props.revalidation;
  if (due === 0) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      className={overdue > 0 ? classes.overdue : classes.due}
      label={overdue > 0 ? 'Revalidation overdue' : 'Revalidation due'}
    />
  );
}

/**
 * Why a silver or gold system may carry open high or critical risks: the
 * levels ask that every risk at or above the appetite be treated or
 * accepted, not that none be open; without this a reader takes the level
 * for a mistake.
 */
function HighRisksNote(props: {
  scorecard: EntityScorecard;
  entityRef: CompoundEntityRef;
}) {
  const governanceTabPath = useGovernanceTabPath();
  const { level, risks } = props.scorecard;
  const high = risks.open.high + risks.open.critical;
  if ((level !== 'silver' && level !== 'gold') || high === 0) return null;
  return (
    <Typography variant="body2" role="note" style={{ marginBottom: 16 }}>
      <Link to={governanceTabPath(props.entityRef, { section: 'risks' })}>
        {plural(high, 'open risk')} at or above high
      </Link>
      , all with a treatment in progress or an approved acceptance: that is what{' '}
      {level} asks of risks at or above the risk appetite, so they do not hold
      the level back.
    </Typography>
  );
}

function LevelAndGaps(props: {
  scorecard: EntityScorecard;
  entityRef: CompoundEntityRef;
}) {
  const { level, nextLevel, missingItems, revalidation } = props.scorecard;
  const headingId = useId();
  return (
    <Box mb={2}>
      <Box display="flex" alignItems="center" gridGap={8}>
        <Typography variant="body2" component="span">
          Level
        </Typography>
        <ScorecardLevelChip level={level} />
        <RevalidationChip revalidation={revalidation} />
      </Box>
      {nextLevel ? (
        <>
          <Typography
            variant="subtitle2"
            component="h4"
            id={headingId}
            style={{ marginTop: 8 }}
          >
            Missing for {nextLevel}
          </Typography>
          <MissingItems
            entityRef={props.entityRef}
            items={missingItems}
            aria-labelledby={headingId}
          />
        </>
      ) : (
        <Typography variant="body2" style={{ marginTop: 8 }}>
          Highest level reached: nothing is missing.
        </Typography>
      )}
    </Box>
  );
}

function KeyCounts(props: { scorecard: EntityScorecard }) {
  const { controls, compliance, risks, overdue, evidence } = props.scorecard;
  const overdueTotal = overdue.reviews + overdue.treatments + overdue.controls;
  return (
    <FactList
      aria-label="Key counts"
      facts={[
        {
          label: 'Controls',
          value:
            controls.applicable === 0 ? (
              'No applicable controls recorded'
            ) : (
              <>
                {controls.implemented} of {controls.applicable} applicable
                implemented ({formatPercent(compliance)})
                <LinearProgress
                  variant="determinate"
                  value={Math.round(compliance * 100)}
                  aria-label="Control compliance"
                  style={{ marginTop: 4 }}
                />
              </>
            ),
        },
        { label: 'Open risks', value: <OpenRiskChips open={risks.open} /> },
        {
          label: 'Overdue',
          value:
            overdueTotal === 0
              ? 'Nothing overdue'
              : `${plural(overdueTotal, 'item')} (${plural(
                  overdue.treatments,
                  'treatment',
                )}, ${plural(overdue.reviews, 'review')}, ${plural(
                  overdue.controls,
                  'control',
                )})`,
        },
        {
          label: 'Expired evidence',
          value: `${evidence.expired} of ${plural(evidence.total, 'item')}`,
        },
      ]}
    />
  );
}
