/**
 * Formatting shared by every view. Dates are YYYY-MM-DD strings in the
 * user's time zone, the way date inputs show them; percentages use the same
 * "80 %" form as the scorecard's own "what is missing" texts, so the numbers
 * on screen read the same as the advice next to them.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Today as YYYY-MM-DD in the user's time zone, the way date inputs show it. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(
    now.getDate(),
  )}`;
}

/** The day after today, YYYY-MM-DD: the earliest date an acceptance may end. */
export function tomorrow(now: Date = new Date()): string {
  const next = new Date(now);
  next.setDate(now.getDate() + 1);
  return today(next);
}

/** True when a YYYY-MM-DD date lies before today. */
export function isPast(date: string | null | undefined, now?: Date): boolean {
  return !!date && date < today(now);
}

/** The date part of an ISO timestamp, e.g. an acceptance's expiry. */
export const dateOnly = (timestamp: string): string => timestamp.slice(0, 10);

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days between a YYYY-MM-DD date and today (UTC, like the backend's dates). */
export function daysSince(date: string, now: Date = new Date()): number {
  const start = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate(),
  );
  return Math.max(0, Math.floor((start - Date.parse(date)) / DAY_MS));
}

/** A timestamp for people, or a dash when there is none. */
export function formatTimestamp(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toLocaleString();
}

/** A 0–1 ratio as a whole percentage, e.g. `0.8` → `"80 %"`. */
export const formatPercent = (ratio: number): string =>
  `${Math.round(ratio * 100)} %`;

/** `human-in-the-loop` → `Human in the loop`. */
export const humanize = (value: string): string => {
  const words = value.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase('en-US') + words.slice(1);
};

/** `1 risk`, `2 risks`: counts read as words next to a number. */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

/**
 * An entity ref in the form refs are compared in. Refs are case-insensitive,
 * and relations and refs typed by people may differ in case.
 */
export const normalizeEntityRef = (ref: string): string =>
  ref.toLocaleLowerCase('en-US');
