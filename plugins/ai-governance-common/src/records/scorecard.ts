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
 * The section of an AI system's Governance tab where a gap is closed; null
 * when it is closed in the entity's catalog file (owner, purpose).
 * @public
 */
export type ScorecardGapSection =
  | 'risks'
  | 'controls'
  | 'assessments'
  | 'tasks'
  | null;

/** One thing a system lacks for a level, and where to act on it. @public */
export interface ScorecardGapItem {
  /** What to do, in words a team lead can act on. */
  text: string;
  /** Where in the Governance tab to do it. */
  section: ScorecardGapSection;
}

/**
 * What an AI system lacks for each level, each gap with the Governance tab
 * section where it is closed. Bronze: owner, tier, purpose and
 * an approved risk assessment. Silver: bronze, no risk at or above the
 * appetite without an approved treatment, an approved impact assessment when
 * the tier is high, compliance at least `silverMinCompliance`, no
 * revalidation past its due date (a material change left unverified caps
 * the system at bronze). Gold: silver,
 * compliance at least `goldMinCompliance`, unexpired evidence for every
 * implemented control and nothing overdue or expired.
 * @public
 */
export function scorecardGapItems(
  facts: ScorecardFacts,
  rules: ScorecardRules = DEFAULT_SCORECARD_RULES,
): Record<Exclude<ScorecardLevel, 'none'>, ScorecardGapItem[]> {
  const compliance = complianceOf(facts);
  const item = (text: string, section: ScorecardGapSection) => ({
    text,
    section,
  });
  const bronze: ScorecardGapItem[] = [];
  if (!facts.hasOwner) bronze.push(item('Name an owner', null));
  // The tier is recorded by the classification, an assessment.
  if (!facts.hasTier)
    bronze.push(item('Record the EU AI Act risk tier', 'assessments'));
  if (!facts.hasPurpose)
    bronze.push(item('Describe the intended purpose', null));
  if (!facts.riskAssessmentApproved)
    bronze.push(item('Get a risk assessment approved', 'assessments'));

  const silver: ScorecardGapItem[] = [];
  if (facts.untreatedAboveAppetite > 0) {
    silver.push(
      item(
        `Treat ${facts.untreatedAboveAppetite} risk(s) at or above ${rules.riskAppetite}: a plan in progress, or an approved acceptance`,
        'risks',
      ),
    );
  }
  if (facts.highTier && !facts.impactAssessmentApproved) {
    silver.push(
      item(
        'Get an impact assessment approved (high-risk system)',
        'assessments',
      ),
    );
  }
  if (compliance < rules.silverMinCompliance) {
    silver.push(
      item(
        `Raise control compliance from ${percent(compliance)} to ${percent(
          rules.silverMinCompliance,
        )}`,
        'controls',
      ),
    );
  }
  if (facts.overdueRevalidations > 0) {
    silver.push(
      item(
        `Complete the overdue revalidation of the material change (controls ${REVALIDATION_CONTROL_IDS.join(
          ', ',
        )})`,
        'tasks',
      ),
    );
  }

  if (facts.openSeriousIncidents > 0) {
    // Incidents have no Governance tab section yet.
    silver.push(
      item(
        `Resolve ${facts.openSeriousIncidents} open serious incident(s): remediate and close, or reject with a reason`,
        null,
      ),
    );
  }

  const gold: ScorecardGapItem[] = [];
  if (compliance < rules.goldMinCompliance) {
    gold.push(
      item(
        `Raise control compliance from ${percent(compliance)} to ${percent(
          rules.goldMinCompliance,
        )}`,
        'controls',
      ),
    );
  }
  if (facts.implementedWithoutEvidence > 0) {
    gold.push(
      item(
        `Attach current evidence to ${facts.implementedWithoutEvidence} implemented control(s)`,
        'controls',
      ),
    );
  }
  if (facts.expiredEvidence > 0)
    gold.push(
      item(
        `Renew ${facts.expiredEvidence} expired evidence item(s)`,
        'controls',
      ),
    );
  const overdue =
    facts.overdueReviews +
    facts.overdueTreatments +
    facts.overdueControls +
    facts.overdueCorrectiveActions;
  if (overdue > 0) {
    // Reviews and treatments are risks' dates; only controls lead elsewhere.
    const riskDates = facts.overdueReviews + facts.overdueTreatments;
    const onlyActions = overdue === facts.overdueCorrectiveActions;
    // Corrective actions have no Governance tab section yet.
    let section: ScorecardGapSection = riskDates ? 'risks' : 'controls';
    if (onlyActions) section = null;
    gold.push(
      item(
        facts.overdueCorrectiveActions > 0
          ? `Clear ${overdue} overdue review(s), treatment(s), control(s) or corrective action(s)`
          : `Clear ${overdue} overdue review(s), treatment(s) or control(s)`,
        section,
      ),
    );
  }
  return { bronze, silver, gold };
}

/**
 * What an AI system lacks for each level, in words (see `scorecardGapItems`).
 * @public
 */
export function scorecardGaps(
  facts: ScorecardFacts,
  rules: ScorecardRules = DEFAULT_SCORECARD_RULES,
): Record<Exclude<ScorecardLevel, 'none'>, string[]> {
  const items = scorecardGapItems(facts, rules);
  const texts = (level: Exclude<ScorecardLevel, 'none'>) =>
    items[level].map(i => i.text);
  return {
    bronze: texts('bronze'),
    silver: texts('silver'),
    gold: texts('gold'),
  };
}

/** The level an AI system reaches, and what it lacks for the next one. @public */
export function scorecardLevel(
  facts: ScorecardFacts,
  rules: ScorecardRules = DEFAULT_SCORECARD_RULES,
): {
  level: ScorecardLevel;
  nextLevel: ScorecardLevel | null;
  missing: string[];
  missingItems: ScorecardGapItem[];
} {
  const gaps = scorecardGapItems(facts, rules);
  const order = ['bronze', 'silver', 'gold'] as const;
  let level: ScorecardLevel = 'none';
  for (const candidate of order) {
    const items = gaps[candidate];
    if (items.length > 0) {
      return {
        level,
        nextLevel: candidate,
        missing: items.map(i => i.text),
        missingItems: items,
      };
    }
    level = candidate;
  }
  return { level, nextLevel: null, missing: [], missingItems: [] };
}
