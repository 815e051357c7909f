/*
 * Calendar arithmetic on days (YYYY-MM-DD, UTC). Review cycles, training
 * validity, the certification calendar and the "last 12 months" windows all
 * count in months, so they share one rule for a day the target month lacks.
 */

/**
 * The day `months` after `date` (an ISO timestamp or day; negative months
 * count back), YYYY-MM-DD; a day the target month lacks becomes its last
 * day, so 31 January plus one month is 28 or 29 February. @public
 */
export function addMonthsToDay(date: string, months: number): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
