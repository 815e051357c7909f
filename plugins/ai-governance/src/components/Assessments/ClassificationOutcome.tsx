import type { ReactNode } from 'react';
import type {
  AiRiskTier,
  ApplicationDate,
  OperatorRole,
} from '@aigov/plugin-ai-governance-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { TierChip } from '../shared';
import {
  ObligationList,
  ObligationsByRole,
  hasObligationsByRole,
} from './ObligationsByRole';

const useStyles = makeStyles(theme => ({
  root: {
    padding: theme.spacing(2),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.background.paper,
  },
  tierLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(3) },
  section: { marginTop: theme.spacing(2) },
  notice: { marginTop: theme.spacing(1) },
}));

/** What {@link ClassificationOutcome} shows; all but the tier may be absent. */
export interface OutcomeData {
  tier: AiRiskTier;
  reasons: string[];
  obligations?: string[];
  obligationsByRole?: Partial<Record<OperatorRole, string[]>>;
  fundamentalRightsImpactAssessment?: boolean;
  gpaiObligations?: string[];
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

/** The Art. 27 flag, worded for the people who must act on it. */
export const FRIA_NOTICE =
  'Fundamental rights impact assessment required: before first use, the deployer assesses the impact on people’s fundamental rights and notifies the market surveillance authority of the results (Art. 27).';

/**
 * The tier the answers lead to, why, and what follows from it for each role.
 * The tier, reasons and notices sit in a polite live region so screen reader
 * users hear the result change as they answer; the longer obligations stay
 * outside it so every answer does not re-read them.
 */
export function ClassificationOutcome(props: {
  result: OutcomeData;
  /** Visible heading before the tier, e.g. "Suggested tier". */
  label: string;
  id: string;
  showObligations?: boolean;
  /** Why the result shown is not final yet, e.g. a derogation without its justification. */
  pending?: string;
  /** Shown inside the live region under the reasons. */
  notice?: ReactNode;
  footnote?: ReactNode;
}) {
  const classes = useStyles();
  const { result, label, id, showObligations = true } = props;
  const dates = showObligations ? result.applicationDates ?? [] : [];
  return (
    <section
      className={classes.root}
      aria-labelledby={`${id}-label`}
      id={id}
      tabIndex={-1}
    >
      <div role="status" aria-live="polite" aria-atomic="true">
        <div className={classes.tierLine}>
          <Typography variant="subtitle2" component="h4" id={`${id}-label`}>
            {label}:
          </Typography>
          <TierChip tier={result.tier} />
        </div>
        {props.pending && (
          <Alert severity="info" role="presentation" className={classes.notice}>
            {props.pending}
          </Alert>
        )}
        {result.fundamentalRightsImpactAssessment && (
          <Alert
            severity="warning"
            role="presentation"
            className={classes.notice}
          >
            {FRIA_NOTICE}
          </Alert>
        )}
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
      {showObligations &&
        (hasObligationsByRole(result.obligationsByRole) ? (
          <ObligationsByRole
            id={`${id}-obl`}
            byRole={result.obligationsByRole}
            gpaiObligations={result.gpaiObligations}
          />
        ) : (
          <ObligationList
            id={`${id}-obl`}
            heading="Obligations"
            lines={result.obligations ?? []}
          />
        ))}
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
