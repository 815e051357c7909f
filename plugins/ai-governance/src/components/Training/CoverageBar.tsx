import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';

/** A share as a bar with its per cent beside it; a dash with nobody counted. */
export function CoverageBar(props: { percent: number | null; label: string }) {
  if (props.percent === null) {
    return (
      <Typography variant="body2" color="textSecondary">
        –
      </Typography>
    );
  }
  return (
    <Box display="flex" alignItems="center" gridGap={8} minWidth={120}>
      <Box flexGrow={1}>
        <LinearProgress
          variant="determinate"
          value={props.percent}
          aria-label={props.label}
          color={props.percent >= 90 ? 'primary' : 'secondary'}
        />
      </Box>
      <Typography variant="body2">{props.percent}%</Typography>
    </Box>
  );
}
