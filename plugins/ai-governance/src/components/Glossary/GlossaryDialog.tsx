import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { GLOSSARY_TERMS } from './terms';

const useStyles = makeStyles(theme => ({
  list: { margin: 0 },
  term: { marginTop: theme.spacing(2), fontWeight: 600 },
  meaning: { marginLeft: 0 },
}));

/** The glossary of the governance terms, as a dialog. */
export function GlossaryDialog(props: { open: boolean; onClose: () => void }) {
  const classes = useStyles();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      maxWidth="md"
      fullWidth
      scroll="paper"
      aria-labelledby="glossary-title"
    >
      <DialogTitle id="glossary-title">Glossary</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="textSecondary">
          What the terms on these pages mean here. The thresholds are the
          defaults; your portal may configure others.
        </Typography>
        <dl className={classes.list}>
          {GLOSSARY_TERMS.map(t => (
            <div key={t.term}>
              <Typography
                component="dt"
                variant="body1"
                className={classes.term}
              >
                {t.term}
              </Typography>
              <Typography
                component="dd"
                variant="body2"
                className={classes.meaning}
              >
                {t.meaning}
              </Typography>
            </div>
          ))}
        </dl>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} color="primary">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
