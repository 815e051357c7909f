import type { Incident } from '@aigov/plugin-ai-governance-common';

const HOUR_MS = 3_600_000;

/** A duration in days and hours for people, e.g. `1 day 5 hours`, `40 minutes`. */
export function formatDuration(ms: number): string {
  const hours = Math.floor(ms / HOUR_MS);
  if (hours < 1) {
    const minutes = Math.max(1, Math.floor(ms / 60_000));
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  const parts = [];
  if (days) parts.push(`${days} day${days === 1 ? '' : 's'}`);
  if (rest) parts.push(`${rest} hour${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** A UTC timestamp as `YYYY-MM-DD HH:mm UTC`, the way the deadline is set. */
export const formatUtc = (iso: string) =>
  `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/**
 * What the clock of a serious incident says now: the time left to report,
 * or how long it is overdue. The API's `reportOverdue` decides overdue, so
 * the page agrees with the scorecard; the time is only worded here.
 */
export function reportClock(
  incident: Pick<Incident, 'reportDueAt' | 'reportOverdue' | 'report'>,
  now = Date.now(),
): { overdue: boolean; text: string } | undefined {
  if (!incident.reportDueAt) return undefined;
  const due = formatUtc(incident.reportDueAt);
  if (incident.report.state !== 'not-reported') {
    return { overdue: false, text: `Reported to the authority (due ${due})` };
  }
  const left = Date.parse(incident.reportDueAt) - now;
  if (incident.reportOverdue || left <= 0) {
    return {
      overdue: true,
      text: `Report overdue by ${formatDuration(-left)} (due ${due})`,
    };
  }
  return {
    overdue: false,
    text: `${formatDuration(left)} left to report (due ${due})`,
  };
}
