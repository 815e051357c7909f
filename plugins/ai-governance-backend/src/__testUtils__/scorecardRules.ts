import {
  RISK_LEVELS,
  type RiskLevel,
} from '@aigov/plugin-ai-governance-common';
import fc from 'fast-check';

/*
 * The scorecard rules both scorecard property tests run under
 * (src/database/scorecards.property.test.ts, summaries.property.test.ts).
 */

/** Scorecard rules: any risk appetite, one of `silverMins` for silver, 95 % or 100 % for gold. */
export const scorecardRulesArb = (silverMins: number[]) =>
  fc.record({
    riskAppetite: fc.constantFrom<RiskLevel>(...RISK_LEVELS),
    silverMinCompliance: fc.constantFrom(...silverMins),
    goldMinCompliance: fc.constantFrom(0.95, 1),
  });
