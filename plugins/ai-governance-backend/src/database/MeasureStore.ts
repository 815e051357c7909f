import type { Knex } from 'knex';

/*
 * The counts behind the measures objectives are bound to (see
 * service/objectives/measures.ts), each one statement over the records.
 * `highTierSystems` is the measures' scope only without the AIMS scope
 * module (AimsScopeService otherwise decides it): every AiSystem of the
 * catalog snapshot whose lifecycle is not `experimental`, the same default
 * as the scope's own.
 */

const count = async (query: Knex.QueryBuilder) =>
  Number((await query.count({ n: '*' }))[0].n);

/** Counts of the records, as measures need them. */
export interface MeasureStore {
  /** Risks not closed nor proposed whose current level (residual once assessed, else inherent) is critical. */
  openCriticalRisks(): Promise<number>;
  /** Open tasks due before `today` (YYYY-MM-DD). */
  overdueTasks(today: string): Promise<number>;
  /** Nonconformities not closed. */
  openNonconformities(): Promise<number>;
  /** The high- and prohibited-tier AI systems of the snapshot not `experimental`, by entity ref. */
  highTierSystems(): Promise<string[]>;
}

/** The {@link MeasureStore} on the plugin's database. */
export class DatabaseMeasureStore implements MeasureStore {
  constructor(private readonly db: Knex) {}

  openCriticalRisks() {
    return count(
      this.db('risks')
        .whereNotIn('status', ['closed', 'proposed'])
        .whereRaw("COALESCE(residual_level, level) = 'critical'"),
    );
  }

  overdueTasks(today: string) {
    return count(
      this.db('tasks').where('status', 'open').where('due_at', '<', today),
    );
  }

  openNonconformities() {
    return count(this.db('nonconformities').whereNot('status', 'closed'));
  }

  async highTierSystems() {
    const rows = await this.db('governed_entities')
      .where('kind', 'aisystem')
      .whereIn('risk_tier', ['high', 'prohibited'])
      .where(q =>
        q
          .whereNull('lifecycle')
          .orWhereRaw("LOWER(lifecycle) <> 'experimental'"),
      )
      .orderBy('entity_ref')
      .select('entity_ref');
    return rows.map(r => String(r.entity_ref));
  }
}
