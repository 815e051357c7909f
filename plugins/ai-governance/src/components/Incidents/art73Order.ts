import {
  OPEN_INCIDENT_STATUSES,
  type Incident,
} from '@aigov/plugin-ai-governance-common';

/** A serious incident still open and not yet reported: its Art. 73 deadline is running. */
export const hasRunningClock = (i: Incident) =>
  i.serious &&
  i.reportDueAt !== null &&
  i.report.state === 'not-reported' &&
  OPEN_INCIDENT_STATUSES.includes(i.status);

/**
 * The org register's order: running Art. 73 deadlines first, soonest due
 * first (overdue ones are the soonest), then every other incident newest
 * aware first, as the API lists them.
 */
export function art73First(incidents: Incident[]): Incident[] {
  const running = incidents
    .filter(hasRunningClock)
    .sort((a, b) => a.reportDueAt!.localeCompare(b.reportDueAt!));
  const rest = incidents
    .filter(i => !hasRunningClock(i))
    .sort((a, b) => b.awareAt.localeCompare(a.awareAt));
  return [...running, ...rest];
}
