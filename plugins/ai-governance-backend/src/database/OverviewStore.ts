import type { Knex } from 'knex';
import type {
  OverdueItem,
  RiskHeatMap,
  ScorecardRules,
} from '@aigov/plugin-ai-governance-common';
import { overdueItems, riskHeatMap, type EntityScope } from './overview';
import { heatMapFromTotals } from './riskCells';
import { DatabaseSummaryStore, definitionsKey } from './SummaryStore';

/** Org-wide views over a scope of AI systems, counted in SQL. */
export interface OverviewStore {
  heatMap(scope: EntityScope): Promise<RiskHeatMap>;
  overdue(
    scope: EntityScope,
    options: { today: string; now: string; limit: number },
  ): Promise<OverdueItem[]>;
}

/** The {@link OverviewStore} on the plugin's database. */
export class DatabaseOverviewStore implements OverviewStore {
  private readonly summaries: DatabaseSummaryStore;

  constructor(
    private readonly db: Knex,
    private readonly rules: ScorecardRules,
  ) {
    this.summaries = new DatabaseSummaryStore(db);
  }

  /**
   * The org-wide heat map is read from the totals the summaries keep, as
   * long as they follow this version's definitions; a scope narrowed by
   * permissions or to one entity counts its own risks, which grows with
   * that scope rather than with the estate.
   */
  async heatMap(scope: EntityScope) {
    if (scope.unrestricted) {
      const definitions = await this.summaries.definitions();
      if (definitions?.key === definitionsKey(this.rules)) {
        return heatMapFromTotals(this.db);
      }
    }
    return riskHeatMap(this.db, scope);
  }

  overdue(
    scope: EntityScope,
    options: { today: string; now: string; limit: number },
  ) {
    return overdueItems(this.db, scope, options);
  }
}
