import type { Knex } from 'knex';
import type {
  OverdueItem,
  RiskHeatMap,
} from '@aigov/plugin-ai-governance-common';
import { overdueItems, riskHeatMap, type EntityScope } from './overview';

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
  constructor(private readonly db: Knex) {}

  heatMap(scope: EntityScope) {
    return riskHeatMap(this.db, scope);
  }

  overdue(
    scope: EntityScope,
    options: { today: string; now: string; limit: number },
  ) {
    return overdueItems(this.db, scope, options);
  }
}
