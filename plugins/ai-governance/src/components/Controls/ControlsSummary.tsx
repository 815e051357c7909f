import type { EntityControl } from '@aigov/plugin-ai-governance-common';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { implementedCount } from './ObjectiveSection';

const useStyles = makeStyles(theme => ({
  tile: { padding: theme.spacing(2), height: '100%' },
  alarm: { color: theme.palette.error.main },
}));

/** Counts for the summary; expired evidence linked to two controls counts once. */
export function summarize(controls: EntityControl[]) {
  const expired = new Set(
    controls.flatMap(c => c.evidence.filter(e => e.expired).map(e => e.id)),
  );
  return {
    ...implementedCount(controls),
    notApplicable: controls.filter(c => !c.applicable).length,
    overdue: controls.filter(c => c.overdue).length,
    expiredEvidence: expired.size,
  };
}

function Tile(props: {
  label: string;
  value: string;
  detail?: string;
  alarm?: boolean;
}) {
  const classes = useStyles();
  return (
    <Grid item xs={12} sm={4}>
      <Paper variant="outlined" className={classes.tile}>
        <Typography variant="overline" component="h3">
          {props.label}
        </Typography>
        <Typography
          variant="h5"
          className={props.alarm ? classes.alarm : undefined}
        >
          {props.value}
        </Typography>
        {props.detail && (
          <Typography variant="body2" color="textSecondary">
            {props.detail}
          </Typography>
        )}
      </Paper>
    </Grid>
  );
}

/** Where the Statement of Applicability stands, above the controls. */
export function ControlsSummary(props: { controls: EntityControl[] }) {
  const s = summarize(props.controls);
  return (
    <Grid container spacing={2} component="section" aria-label="Summary">
      <Tile
        label="Implemented"
        value={`${s.implemented} / ${s.applicable}`}
        detail={`of the applicable controls; ${s.notApplicable} not applicable`}
      />
      <Tile
        label="Overdue"
        value={String(s.overdue)}
        detail="controls past their due date"
        alarm={s.overdue > 0}
      />
      <Tile
        label="Expired evidence"
        value={String(s.expiredEvidence)}
        detail="items to renew"
        alarm={s.expiredEvidence > 0}
      />
    </Grid>
  );
}
