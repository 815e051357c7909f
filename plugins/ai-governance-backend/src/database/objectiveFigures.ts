import type { Knex } from 'knex';

/*
 * What the 6.2 pre-fill of the clause gap assessment is decided by: the
 * objectives set, and how many of them the daily snapshot is measuring.
 */

/** Days within which an objective's latest snapshot counts as being measured. */
export const MEASURED_WITHIN_DAYS = 7;

/** The objectives as the 6.2 pre-fill counts them. */
export interface ObjectiveFigures {
  /** Objectives set (each has a measure and a target). */
  objectives: number;
  /** Of those, with a snapshot in the last {@link MEASURED_WITHIN_DAYS} days. */
  measuredObjectives: number;
}

/** Counts the {@link ObjectiveFigures} on `today` (YYYY-MM-DD). */
export async function countObjectiveFigures(
  db: Knex,
  today: string,
): Promise<ObjectiveFigures> {
  const since = new Date(
    Date.parse(`${today}T00:00:00Z`) - MEASURED_WITHIN_DAYS * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  const [{ n }] = await db('aims_objectives').count({ n: '*' });
  const [{ m }] = await db('aims_objectives as o')
    .whereExists(q =>
      q
        .select(db.raw('1'))
        .from('aims_objective_snapshots as s')
        .whereRaw('s.objective_id = o.id')
        .where('s.day', '>', since),
    )
    .count({ m: '*' });
  return { objectives: Number(n), measuredObjectives: Number(m) };
}
