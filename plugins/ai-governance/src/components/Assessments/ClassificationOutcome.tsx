import type { ReactNode } from 'react';
import type {
  AiRiskTier,
  ApplicationDate,
} from '@aigov/plugin-ai-governance-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { TierChip } from '../shared';

const useStyles = makeStyles(theme => ({
  root: {
    marginTop: theme.spacing(3),
    padding: theme.spacing(2),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
  tierLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(3) },
  section: { marginTop: theme.spacing(2) },
}));

/** What {@link ClassificationOutcome} shows; all but the tier may be absent. */
export interface OutcomeData {
  tier: AiRiskTier;
  reasons: string[];
  obligations?: string[];
  applicationDates?: ApplicationDate[];
}

function dateNote(d: ApplicationDate): string {
  const moved =
    d.amendedBy && d.originalDate
      ? `; moved from ${d.originalDate} by the ${d.amendedBy}`
      : '';
  // Dates not checked against the adopted text may still move; say so.
  const unsure = d.confidence === 'high' ? '' : '; may still change';
  return `${d.source}${moved}${unsure}`;
}

/**
 * The tier the answers lead to, why, and what follows from it. The tier and
 * reasons sit in a polite live region so screen reader users hear the result
 * change as they answer; the longer obligations stay outside it so every
 * answer does not re-read them.
 */
export function ClassificationOutcome(props: {
  result: OutcomeData;
  /** Visible heading before the tier, e.g. "Suggested tier". */
  label: string;
  id: string;
  showObligations?: boolean;
  /** Shown inside the live region under the reasons. */
  notice?: ReactNode;
  footnote?: ReactNode;
}) {
  const classes = useStyles();
  const { result, label, id, showObligations = true } = props;
  const obligations = showObligations ? result.obligations ?? [] : [];
  const dates = showObligations ? result.applicationDates ?? [] : [];
  return (
    <section className={classes.root} aria-labelledby={`${id}-label`}>
      <div role="status" aria-live="polite" aria-atomic="true">
        <div className={classes.tierLine}>
          <Typography variant="subtitle2" component="h4" id={`${id}-label`}>
            {label}:
          </Typography>
          <TierChip tier={result.tier} />
        </div>
        {result.reasons.length > 0 && (
          <ul className={classes.list} aria-label="Reasons">
            {result.reasons.map(r => (
              <li key={r}>
                <Typography variant="body2">{r}</Typography>
              </li>
            ))}
          </ul>
        )}
        {props.notice}
      </div>
      {obligations.length > 0 && (
        <div className={classes.section}>
          <Typography variant="subtitle2" component="h5" id={`${id}-obl`}>
            Obligations
          </Typography>
          <ul className={classes.list} aria-labelledby={`${id}-obl`}>
            {obligations.map(o => (
              <li key={o}>
                <Typography variant="body2">{o}</Typography>
              </li>
            ))}
          </ul>
        </div>
      )}
      {dates.length > 0 && (
        <div className={classes.section}>
          <Typography variant="subtitle2" component="h5" id={`${id}-dates`}>
            When they apply
          </Typography>
          <ul className={classes.list} aria-labelledby={`${id}-dates`}>
            {dates.map(d => (
              <li key={d.id}>
                <Typography variant="body2">
                  <time dateTime={d.appliesFrom}>{d.appliesFrom}</time>:{' '}
                  {d.covers}{' '}
                  <Typography
                    component="span"
                    variant="body2"
                    color="textSecondary"
                  >
                    ({dateNote(d)})
                  </Typography>
                </Typography>
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.footnote && (
        <Typography
          variant="body2"
          color="textSecondary"
          className={classes.section}
        >
          {props.footnote}
        </Typography>
      )}
    </section>
  );
}
