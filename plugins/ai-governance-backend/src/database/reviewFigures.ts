import type { Knex } from 'knex';
import { addMonthsToDay } from '@aigov/plugin-ai-governance-common';

/*
 * What the 9.3 pre-fill of the clause gap assessment is decided by: the
 * management review held most recently in the last 12 months, and the next
 * one planned.
 */

/** A management review as the 9.3 pre-fill names it. */
export interface ReviewFigure {
  title: string;
  status: string;
  /** The date held, or the planned date, YYYY-MM-DD. */
  date: string;
}

/** The management reviews as the 9.3 pre-fill counts them. */
export interface ReviewFigures {
  /** The review held (or closed) most recently within the last 12 months; null when none. */
  lastHeldReview: ReviewFigure | null;
  /** The earliest review still planned; null when none. */
  plannedReview: ReviewFigure | null;
}

/** Counts the {@link ReviewFigures} on `today` (YYYY-MM-DD). */
export async function countReviewFigures(
  db: Knex,
  today: string,
): Promise<ReviewFigures> {
  const yearAgo = addMonthsToDay(today, -12);
  const held = await db('management_reviews')
    .whereIn('status', ['held', 'closed'])
    .where('held_at', '>=', yearAgo)
    .orderBy('held_at', 'desc')
    .orderBy('row_id', 'desc')
    .first('title', 'status', 'held_at');
  const planned = await db('management_reviews')
    .where('status', 'planned')
    .orderBy('planned_at')
    .first('title', 'status', 'planned_at');
  return {
    lastHeldReview: held
      ? { title: held.title, status: held.status, date: held.held_at }
      : null,
    plannedReview: planned
      ? {
          title: planned.title,
          status: planned.status,
          date: planned.planned_at,
        }
      : null,
  };
}
