import type { ReactNode } from 'react';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { TierChip } from '../shared';
import type { OutcomeData } from './ClassificationOutcome';

// Room above the panel when it sticks, so it does not touch the window edge.
const STICKY_TOP = 16;
// About the height of the last question and the form's buttons below it.
const LAST_QUESTION_ROOM = 160;

const STICKY_ATTRIBUTE = 'data-classification-sticky';

const useStyles = makeStyles(theme => ({
  '@global': {
    // A card clips its content (overflow: hidden), which makes it the
    // scroll container of the panel or the bar, and they would never stick:
    // the scaffolder's form sits in one. Only a card holding them is let
    // overflow.
    [`.MuiCard-root:has([${STICKY_ATTRIBUTE}])`]: { overflow: 'visible' },
  },
  sticky: {
    position: 'sticky',
    top: STICKY_TOP,
    marginTop: theme.spacing(3),
    // A long list of obligations scrolls inside the panel, so the tier at
    // its top stays in the window. A sticky panel cannot pass the end of
    // its column, which ends with the last question: the room left below
    // keeps the tier in view while that question is answered.
    maxHeight: `calc(100vh - ${STICKY_TOP * 2 + LAST_QUESTION_ROOM}px)`,
    overflowY: 'auto',
  },
  below: { marginTop: theme.spacing(3) },
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: theme.zIndex.appBar,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginTop: theme.spacing(2),
    padding: theme.spacing(1, 2),
    backgroundColor: theme.palette.background.paper,
    borderTop: `1px solid ${theme.palette.divider}`,
    boxShadow: theme.shadows[4],
  },
  grow: { flexGrow: 1 },
}));

/** How many distinct obligations a result lists, whichever shape it has. */
function obligationCount(result: OutcomeData): number {
  const byRole = Object.values(result.obligationsByRole ?? {}).flat();
  return new Set([
    ...(result.obligations ?? []),
    ...byRole,
    ...(result.gpaiObligations ?? []),
  ]).size;
}

/**
 * The narrow-screen stand-in for the panel: the tier, how many obligations
 * and whether the impact assessment applies, pinned to the bottom of the
 * window while the questions scroll, with a way down to the details. Not a
 * live region: the panel below already announces changes.
 */
function SummaryBar(props: { id: string; result: OutcomeData }) {
  const classes = useStyles();
  const { result } = props;
  const count = obligationCount(result);
  return (
    <div
      className={classes.bar}
      data-testid={`${props.id}-summary`}
      {...{ [STICKY_ATTRIBUTE]: '' }}
    >
      <TierChip tier={result.tier} />
      <Typography variant="body2" className={classes.grow}>
        {count} {count === 1 ? 'obligation' : 'obligations'}
        {result.fundamentalRightsImpactAssessment &&
          ' · impact assessment required (Art. 27)'}
      </Typography>
      <Button
        size="small"
        color="primary"
        onClick={() => {
          const outcome = document.getElementById(props.id);
          outcome?.scrollIntoView({ behavior: 'smooth', block: 'start' });
          outcome?.focus({ preventScroll: true });
        }}
      >
        Reasons and obligations
      </Button>
    </div>
  );
}

/**
 * The questions beside the live result. On wide screens the result is a
 * panel in the column next to the questions that sticks to the top of the
 * window while they scroll; on narrow ones it follows the questions, and a
 * summary bar pinned to the bottom of the window keeps the tier in sight.
 * `id` is the outcome's element id, which the summary bar scrolls to.
 */
export function ClassificationLayout(props: {
  id: string;
  result: OutcomeData;
  questions: ReactNode;
  outcome: ReactNode;
}) {
  const classes = useStyles();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  if (wide) {
    return (
      <Grid container spacing={3}>
        <Grid item xs={12} md={7}>
          {props.questions}
        </Grid>
        <Grid item xs={12} md={5}>
          <div className={classes.sticky} {...{ [STICKY_ATTRIBUTE]: '' }}>
            {props.outcome}
          </div>
        </Grid>
      </Grid>
    );
  }
  return (
    <div>
      {props.questions}
      <SummaryBar id={props.id} result={props.result} />
      <div className={classes.below}>{props.outcome}</div>
    </div>
  );
}
