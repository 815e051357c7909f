import type { AiSystemClassification } from '../classification';
import { AI_RISK_SCENARIOS, riskScenariosFor } from '../library';
import type { RiskScenario } from '../library';
import { LIFECYCLE_STAGES, type RiskCreate } from '../records';
import { supplierNote } from './supplier';
import type { GovernanceBaselineInput } from './types';

function toRisk(
  scenario: RiskScenario,
  input: GovernanceBaselineInput,
): RiskCreate {
  const lifecycleStage = LIFECYCLE_STAGES.find(
    stage => stage === scenario.lifecycleStages[0],
  );
  if (!lifecycleStage) {
    throw new Error(
      `Risk scenario ${scenario.id} has no known lifecycle stage to start from`,
    );
  }
  const forSupplier =
    scenario.category === 'supplier' && input.sourcing !== 'in-house';
  return {
    title: scenario.title,
    description: forSupplier
      ? `${scenario.description} ${supplierNote(input)}`
      : scenario.description,
    category: scenario.category,
    source: scenario.sourceIds[0] ?? null,
    lifecycleStage,
    likelihood: scenario.suggestedLikelihood,
    impact: scenario.suggestedImpact,
    treatment: 'mitigate',
    treatmentPlan: scenario.suggestedTreatment,
    controlIds: [...scenario.suggestedControls],
    // The library's guess, not the team's judgement: the owner confirms or
    // dismisses each before it counts on the scorecard.
    status: 'proposed',
    owner: input.owner,
  };
}

/** The risk library's scenarios for the system's type and tier (and supply chain), as proposed risks, in library order. */
export function seededRisks(
  input: GovernanceBaselineInput,
  classification: AiSystemClassification,
): RiskCreate[] {
  const ids = new Set(
    riskScenariosFor(input.systemType.trim(), classification.tier).map(
      s => s.id,
    ),
  );
  if (input.sourcing !== 'in-house') {
    for (const scenario of AI_RISK_SCENARIOS) {
      if (scenario.category === 'supplier') ids.add(scenario.id);
    }
  }
  return AI_RISK_SCENARIOS.filter(s => ids.has(s.id)).map(s =>
    toRisk(s, input),
  );
}
