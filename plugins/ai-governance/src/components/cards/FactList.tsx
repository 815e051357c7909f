import type { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  // A two-column definition list: labels line up and long values wrap
  // without pushing the labels around, in a narrow card as on a wide page.
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8em, max-content) 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(1),
    margin: 0,
  },
  term: { color: theme.palette.text.secondary },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
}));

/** One labelled value of a {@link FactList}. */
export type Fact = { label: string; value: ReactNode };

/** Label/value pairs as a `<dl>`, so screen readers announce them as pairs. */
export function FactList(props: { facts: Fact[]; 'aria-label'?: string }) {
  const classes = useStyles();
  return (
    <dl className={classes.list} aria-label={props['aria-label']}>
      {props.facts.map(fact => (
        <FactRow key={fact.label} fact={fact} classes={classes} />
      ))}
    </dl>
  );
}

function FactRow(props: { fact: Fact; classes: ReturnType<typeof useStyles> }) {
  const { fact, classes } = props;
  return (
    <>
      <Typography component="dt" variant="body2" className={classes.term}>
        {fact.label}
      </Typography>
      <Typography component="dd" variant="body2" className={classes.value}>
        {fact.value}
      </Typography>
    </>
  );
}
