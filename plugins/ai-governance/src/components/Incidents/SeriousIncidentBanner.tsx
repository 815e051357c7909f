import type { Incident } from '@aigov/plugin-ai-governance-common';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { reportClock } from './clock';
import { SERIOUS_CATEGORY_LABELS } from './labels';

/**
 * The Art. 73 clock of a serious incident: the time left to report it to the
 * market surveillance authority, red once overdue. For a system whose tier
 * does not make Art. 73 apply the clock is shown as information only.
 */
export function SeriousIncidentBanner(props: {
  incident: Incident;
  /** Now, in ms; tests pin it. */
  now?: number;
}) {
  const { incident } = props;
  const clock = reportClock(incident, props.now);
  if (!incident.serious || !clock) return null;
  const category = incident.seriousCategory
    ? SERIOUS_CATEGORY_LABELS[incident.seriousCategory]
    : 'Serious incident';
  return (
    <Alert
      severity={clock.overdue ? 'error' : 'warning'}
      role={clock.overdue ? 'alert' : 'status'}
    >
      <AlertTitle>Serious incident: {category}</AlertTitle>
      {clock.text}.{' '}
      {incident.art73Applies
        ? 'EU AI Act Art. 73 requires the report for this high-risk system.'
        : 'Art. 73 does not apply to this system’s tier: the deadline is for information.'}
    </Alert>
  );
}
