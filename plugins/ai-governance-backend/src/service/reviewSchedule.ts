import type { TaskKind } from '@aigov/plugin-ai-governance-common';

/*
 * The periodic reviews an AI system owes, by its EU AI Act tier: how often
 * (in days, per review) and when the next one is due. Pure rules: the
 * scheduled job reads the state and writes the tasks (TaskService).
 */

/** The reviews that recur on a schedule. */
export const REVIEW_KINDS = [
  'risk-review',
  'bias-review',
  'drift-review',
] as const;
/** A review that recurs on a schedule. */
export type ReviewKind = (typeof REVIEW_KINDS)[number] & TaskKind;

/** The tiers that have a review schedule; a prohibited or unclassified system has none. */
export const REVIEW_TIERS = ['high', 'limited', 'minimal'] as const;
/** A tier that has a review schedule. */
export type ReviewTier = (typeof REVIEW_TIERS)[number];

/** The config key of each review under `aiGovernance.tasks.reviews.<tier>`. */
export const REVIEW_CONFIG_KEYS: Record<ReviewKind, string> = {
  'risk-review': 'riskReview',
  'bias-review': 'biasReview',
  'drift-review': 'driftReview',
};

/** Days between reviews of each kind; 0 means the tier has no such review. */
export type ReviewIntervals = Record<ReviewTier, Record<ReviewKind, number>>;

/** The review intervals unless configured. */
export const DEFAULT_REVIEW_INTERVALS: ReviewIntervals = {
  high: { 'risk-review': 90, 'bias-review': 90, 'drift-review': 30 },
  limited: { 'risk-review': 180, 'bias-review': 180, 'drift-review': 90 },
  minimal: { 'risk-review': 365, 'bias-review': 0, 'drift-review': 0 },
};

/** Days ahead of an expiry (acceptance, evidence) that its task opens, unless configured. */
export const DEFAULT_EXPIRY_NOTICE_DAYS = 30;

/** The Annex A controls each review is about. */
export const REVIEW_CONTROL_IDS: Record<ReviewKind, string[]> = {
  'risk-review': [],
  // Quality of data for AI systems, where bias comes from.
  'bias-review': ['A.7.4'],
  // AI system operation and monitoring, which watches for drift.
  'drift-review': ['A.6.2.6'],
};

/** How the scheduled job opens tasks: review intervals per tier and the expiry notice. */
export interface TaskScheduleSettings {
  reviews: ReviewIntervals;
  /** Days ahead of an expiry that its task opens; also the days an approval is given. */
  expiryNoticeDays: number;
}

/** The scheduled task settings unless configured. */
export const DEFAULT_TASK_SCHEDULE: TaskScheduleSettings = {
  reviews: DEFAULT_REVIEW_INTERVALS,
  expiryNoticeDays: DEFAULT_EXPIRY_NOTICE_DAYS,
};

/** What the schedule knows of one entity and one review kind. */
export interface ReviewState {
  /** When the last review of the kind was closed (UTC ISO 8601), if ever. */
  lastClosedAt?: string;
  /** True while a review of the kind is open. */
  open: boolean;
}

/** A review task to open. */
export interface DueReview {
  kind: ReviewKind;
  /** YYYY-MM-DD. */
  dueAt: string;
}

/** `date` (an ISO 8601 timestamp or date) plus `days`, as YYYY-MM-DD (UTC). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

const isReviewTier = (tier: string | null): tier is ReviewTier =>
  (REVIEW_TIERS as readonly (string | null)[]).includes(tier);

/**
 * The review tasks an entity of `tier` is to have opened now: each review
 * its tier schedules that has no open task, due its interval after the last
 * closed review of that kind or, when there was none, after the entity was
 * first seen. An open review is never doubled: its next one is computed
 * when it is closed.
 */
export function dueReviews(input: {
  tier: string | null;
  intervals: ReviewIntervals;
  reviews: Partial<Record<ReviewKind, ReviewState>>;
  firstSeenAt: string;
}): DueReview[] {
  if (!isReviewTier(input.tier)) return [];
  const intervals = input.intervals[input.tier];
  return REVIEW_KINDS.flatMap(kind => {
    const days = intervals[kind];
    const state = input.reviews[kind];
    if (!days || state?.open) return [];
    return [
      { kind, dueAt: addDays(state?.lastClosedAt ?? input.firstSeenAt, days) },
    ];
  });
}

/**
 * The latest expiry (UTC ISO 8601) whose task opens now: `noticeDays` ahead.
 * Dates (YYYY-MM-DD) and timestamps both compare against it as text.
 */
export function expiryCutoff(now: string, noticeDays: number): string {
  return new Date(Date.parse(now) + noticeDays * 86_400_000).toISOString();
}
