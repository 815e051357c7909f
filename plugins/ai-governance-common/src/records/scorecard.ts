import type { RiskLevel, ScorecardLevel } from './constants';
import { REVALIDATION_CONTROL_IDS } from './tasks';
import type { ScorecardFacts } from './types';

/**
 * The configurable parts of the scorecard rules
 * (`aiGovernance.scorecard` in app-config).
 * @public
 */
export interface ScorecardRules {
  /** Risks at or above this level need an approved treatment for silver. */
  riskAppetite: RiskLevel;
  /** Minimum compliance (implemented / applicable controls) for silver. */
  silverMinCompliance: number;
  /** Minimum compliance for gold. */
  goldMinCompliance: number;
}

/** The default rules. @public */
export const DEFAULT_SCORECARD_RULES: ScorecardRules = {
  riskAppetite: 'high',
  silverMinCompliance: 0.8,
  goldMinCompliance: 1,
};

/** implemented / applicable, 1 when nothing applies. @public */
export function complianceOf(
  facts: Pick<ScorecardFacts, 'applicableControls' | 'implementedControls'>,
): number {
  return facts.applicableControls === 0
    ? 1
    : facts.implementedControls / facts.applicableControls;
}

const percent = (n: number) => `${Math.round(n * 100)} %`;

/**
 * What an AI system lacks for each level. Bronze: owner, tier, purpose and
 * an approved risk assessment. Silver: bronze, no risk at or above the
 * appetite without an approved treatment, an approved impact assessment when
 * the tier is high, compliance at least `silverMinCompliance`, no
 * revalidation past its due date (a material change left unverified caps
 * the system at bronze). Gold: silver,
 * compliance at least `goldMinCompliance`, unexpired evidence for every
 * implemented control and nothing overdue or expired.
 * @public
 */
export function scorecardGaps(
  facts: ScorecardFacts,
  rules: ScorecardRules = DEFAULT_SCORECARD_RULES,
): Record<Exclude<ScorecardLevel, 'none'>, string[]> {
  const compliance = complianceOf(facts);
  const bronze: string[] = [];
  if (!facts.hasOwner) bronze.push('Name an owner');
  if (!facts.hasTier) bronze.push('Record the EU AI Act risk tier');
  if (!facts.hasPurpose) bronze.push('Describe the intended purpose');
  if (!facts.riskAssessmentApproved)
    bronze.push('Get a risk assessment approved');

  const silver: string[] = [];
  if (facts.untreatedAboveAppetite > 0) {
    silver.push(
      `Treat ${facts.untreatedAboveAppetite} risk(s) at or above ${rules.riskAppetite}: a plan in progress, or an approved acceptance`,
    );
  }
  if (facts.highTier && !facts.impactAssessmentApproved) {
    silver.push('Get an impact assessment approved (high-risk system)');
  }
  if (compliance < rules.silverMinCompliance) {
    silver.push(
      `Raise control compliance from ${percent(compliance)} to ${percent(
        rules.silverMinCompliance,
      )}`,
    );
  }
  if (facts.overdueRevalidations > 0) {
    silver.push(
      `Complete the overdue revalidation of the material change (controls ${REVALIDATION_CONTROL_IDS.join(
        ', ',
      )})`,
    );
  }

  const gold: string[] = [];
  if (compliance < rules.goldMinCompliance) {
    gold.push(
      `Raise control compliance from ${percent(compliance)} to ${percent(
        rules.goldMinCompliance,
      )}`,
    );
  }
  if (facts.implementedWithoutEvidence > 0) {
    gold.push(
      `Attach current evidence to ${facts.implementedWithoutEvidence} implemented control(s)`,
    );
  }
  if (facts.expiredEvidence > 0)
    gold.push(`Renew ${facts.expiredEvidence} expired evidence item(s)`);
  const overdue =
    facts.overdueReviews + facts.overdueTreatments + facts.overdueControls;
  if (overdue > 0)
    gold.push(`Clear ${overdue} overdue review(s), treatment(s) or control(s)`);
  return { bronze, silver, gold };
}

/** The level an AI system reaches, and what it lacks for the next one. @public */
export function scorecardLevel(
  facts: ScorecardFacts,
  rules: ScorecardRules = DEFAULT_SCORECARD_RULES,
): {
  level: ScorecardLevel;
  nextLevel: ScorecardLevel | null;
  missing: string[];
} {
  const gaps = scorecardGaps(facts, rules);
  const order = ['bronze', 'silver', 'gold'] as const;
  let level: ScorecardLevel = 'none';
  for (const candidate of order) {
    if (gaps[candidate].length > 0) {
      return { level, nextLevel: candidate, missing: gaps[candidate] };
    }
    level = candidate;
  }
  return { level, nextLevel: null, missing: [] };
}
