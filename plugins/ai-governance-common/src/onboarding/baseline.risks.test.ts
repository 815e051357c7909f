import { DEFAULT_CLASSIFICATION_ANSWERS } from '../classification';
import { AI_RISK_SCENARIOS, riskScenariosFor } from '../library';
import { buildGovernanceBaseline } from './baseline';
import { input, OWNER, supplier } from './__testUtils__/baselineInput';

const SUPPLIER_SCENARIOS = AI_RISK_SCENARIOS.filter(
  s => s.category === 'supplier',
).map(s => s.id);

describe('buildGovernanceBaseline, risks', () => {
  it('seeds one open, mitigated risk per scenario for the type and tier', () => {
    const baseline = buildGovernanceBaseline(input({ systemType: 'agent' }));
    const scenarios = riskScenariosFor('agent', 'minimal');
    expect(baseline.risks.map(r => r.title)).toEqual(
      scenarios.map(s => s.title),
    );
    baseline.risks.forEach((risk, i) => {
      const s = scenarios[i];
      expect(risk).toEqual({
        title: s.title,
        description: s.description,
        category: s.category,
        source: s.sourceIds[0] ?? null,
        lifecycleStage: s.lifecycleStages[0],
        likelihood: s.suggestedLikelihood,
        impact: s.suggestedImpact,
        treatment: 'mitigate',
        treatmentPlan: s.suggestedTreatment,
        controlIds: s.suggestedControls,
        status: 'proposed',
        owner: OWNER,
      });
    });
  });

  it('adds the high-tier scenarios for a high-risk system', () => {
    const minimal = buildGovernanceBaseline(input());
    const high = buildGovernanceBaseline(
      input({
        answers: {
          ...DEFAULT_CLASSIFICATION_ANSWERS,
          annexIIIArea: 'education',
        },
      }),
    );
    const title = AI_RISK_SCENARIOS.find(
      s => s.id === 'inadequate-human-oversight',
    )!.title;
    expect(minimal.risks.map(r => r.title)).not.toContain(title);
    expect(high.risks.map(r => r.title)).toContain(title);
    expect(high.risks.length).toEqual(
      riskScenariosFor('llm-application', 'high').length,
    );
  });

  it('includes every supplier scenario once for third-party sourcing, naming the supplier', () => {
    const baseline = buildGovernanceBaseline(
      input({
        systemType: 'unheard-of-type',
        sourcing: 'third-party-service',
        supplier: supplier({ contractStatus: 'negotiating' }),
      }),
    );
    const supplierRisks = baseline.risks.filter(r => r.category === 'supplier');
    expect(supplierRisks.map(r => r.title)).toEqual(
      AI_RISK_SCENARIOS.filter(s => SUPPLIER_SCENARIOS.includes(s.id)).map(
        s => s.title,
      ),
    );
    for (const risk of supplierRisks) {
      expect(risk.description).toContain('Supplier: Acme Models Ltd');
      expect(risk.description).toContain('contract under negotiation');
      expect(risk.description).toContain('support tickets, product catalogue');
    }
    for (const risk of baseline.risks.filter(r => r.category !== 'supplier')) {
      expect(risk.description).not.toContain('Acme');
    }
  });

  it('says when a third-party model has no recorded supplier', () => {
    const baseline = buildGovernanceBaseline(
      input({ sourcing: 'third-party-model' }),
    );
    const risks = baseline.risks.filter(r => r.category === 'supplier');
    expect(risks.length).toBe(SUPPLIER_SCENARIOS.length);
    for (const risk of risks) {
      expect(risk.description).toMatch(/supplier .* is not recorded yet\.$/);
    }
  });
});
