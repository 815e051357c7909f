/** Today as YYYY-MM-DD in the user's time zone, the way date inputs show it. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(
    now.getDate(),
  )}`;
}

/** True when a YYYY-MM-DD date lies before today. */
export function isPast(date: string | null | undefined, now?: Date): boolean {
  return !!date && date < today(now);
}

/** The day after today, YYYY-MM-DD: the earliest date an acceptance may end. */
export function tomorrow(now: Date = new Date()): string {
  const next = new Date(now);
  next.setDate(now.getDate() + 1);
  return today(next);
}
