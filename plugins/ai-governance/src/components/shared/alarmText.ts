import { makeStyles } from '@material-ui/core/styles';

/**
 * The style of text that flags something late or alarming (an overdue date,
 * an open serious incident): bold, in the error colour of the theme, as
 * error.main is too faint for small text on a dark background. The words
 * say it too, never the colour alone.
 */
export const useAlarmTextStyles = makeStyles(theme => ({
  alarm: {
    color:
      theme.palette.type === 'dark'
        ? theme.palette.error.light
        : theme.palette.error.dark,
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));
