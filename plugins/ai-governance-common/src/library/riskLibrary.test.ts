import { aiSystemEntityV1alpha1Schema } from '../kinds';
import { LIFECYCLE_STAGES } from '../records';
import { ANNEX_A_CONTROL_IDS } from './annexA';
import {
  AI_RISK_SCENARIOS,
  AI_RISK_SOURCES,
  riskScenariosFor,
} from './riskLibrary';

const CATEGORIES = [
  'fairness',
  'robustness',
  'privacy',
  'security',
  'transparency',
  'accountability',
  'safety',
  'supplier',
  'legal',
];
/** The system types the AiSystem kind documents: each needs its scenarios. */
const SYSTEM_TYPES =
  aiSystemEntityV1alpha1Schema.properties.spec.properties.type.examples;

const idsOf = (list: { id: string }[]) => list.map(s => s.id);

describe('AI_RISK_SOURCES', () => {
  it('lists the seven Annex C risk sources with unique annex-c ids', () => {
    expect(AI_RISK_SOURCES).toHaveLength(7);
    const ids = AI_RISK_SOURCES.map(s => s.id);
    expect(new Set(ids).size).toBe(7);
    for (const source of AI_RISK_SOURCES) {
      expect(source.id).toMatch(/^annex-c:[a-z]+(-[a-z]+)*$/);
      expect(source.title.trim()).not.toBe('');
      expect(source.title.length).toBeLessThanOrEqual(60);
      expect(source.description.trim()).not.toBe('');
    }
    expect(ids).toContain('annex-c:complexity-of-environment');
  });
});

describe('AI_RISK_SCENARIOS', () => {
  it('has at least 16 scenarios with unique kebab-case ids', () => {
    expect(AI_RISK_SCENARIOS.length).toBeGreaterThanOrEqual(16);
    const ids = AI_RISK_SCENARIOS.map(s => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('covers the required risk themes', () => {
    const ids = AI_RISK_SCENARIOS.map(s => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'bias-unfair-outcomes',
        'data-concept-drift',
        'privacy-training-data-leakage',
        'hallucination',
        'prompt-injection',
        'jailbreak-misuse',
        'automation-bias',
        'use-outside-intended-purpose',
        'supplier-model-change',
        'lack-of-explainability',
        'data-poisoning',
        'model-theft-extraction',
        'inadequate-human-oversight',
        'poor-data-quality',
        'harmful-toxic-output',
        'inadequate-logging-traceability',
        'adversarial-examples',
        'recommender-feedback-loop',
      ]),
    );
  });

  it('references only existing Annex A controls and risk sources', () => {
    const controls = new Set(ANNEX_A_CONTROL_IDS);
    const sources = new Set(AI_RISK_SOURCES.map(s => s.id));
    for (const scenario of AI_RISK_SCENARIOS) {
      expect(scenario.suggestedControls.length).toBeGreaterThan(0);
      expect(scenario.sourceIds.length).toBeGreaterThan(0);
      for (const id of scenario.suggestedControls) {
        expect(controls.has(id)).toBe(true);
      }
      for (const id of scenario.sourceIds) {
        expect(sources.has(id)).toBe(true);
      }
    }
  });

  it('uses known categories, lifecycle stages and system types', () => {
    for (const scenario of AI_RISK_SCENARIOS) {
      expect(CATEGORIES).toContain(scenario.category);
      expect(scenario.lifecycleStages.length).toBeGreaterThan(0);
      for (const stage of scenario.lifecycleStages) {
        expect(LIFECYCLE_STAGES).toContain(stage);
      }
    }
    const typed = AI_RISK_SCENARIOS.flatMap(s =>
      s.appliesTo.systemTypes === 'all' ? [] : [s.appliesTo.systemTypes],
    );
    for (const types of typed) {
      expect(types.length).toBeGreaterThan(0);
      for (const type of types) {
        expect(SYSTEM_TYPES).toContain(type);
      }
    }
  });

  it('has short titles, scores on 1 to 5 and a one-line treatment', () => {
    for (const scenario of AI_RISK_SCENARIOS) {
      expect(scenario.title.trim()).not.toBe('');
      expect(scenario.title.length).toBeLessThanOrEqual(60);
      expect(scenario.description.trim()).not.toBe('');
      expect([1, 2, 3, 4, 5]).toContain(scenario.suggestedLikelihood);
      expect([1, 2, 3, 4, 5]).toContain(scenario.suggestedImpact);
      expect(scenario.suggestedTreatment.trim()).not.toBe('');
      expect(scenario.suggestedTreatment.length).toBeLessThanOrEqual(200);
      expect(scenario.suggestedTreatment).not.toContain('\n');
    }
  });

  it('gives every system type at least one specific or universal scenario', () => {
    for (const type of SYSTEM_TYPES) {
      expect(riskScenariosFor(type).length).toBeGreaterThan(0);
    }
  });
});

describe('riskScenariosFor', () => {
  it('gives LLM applications prompt injection and hallucination', () => {
    const ids = idsOf(riskScenariosFor('llm-application'));
    expect(ids).toContain('prompt-injection');
    expect(ids).toContain('hallucination');
  });

  it('does not give classifiers LLM-only scenarios', () => {
    const ids = idsOf(riskScenariosFor('classifier'));
    expect(ids).not.toContain('prompt-injection');
    expect(ids).not.toContain('hallucination');
    expect(ids).toContain('adversarial-examples');
    expect(ids).toContain('bias-unfair-outcomes');
  });

  it('gives recommenders the feedback-loop scenario and computer vision adversarial inputs', () => {
    expect(idsOf(riskScenariosFor('recommender'))).toContain(
      'recommender-feedback-loop',
    );
    expect(idsOf(riskScenariosFor('computer-vision'))).toContain(
      'adversarial-examples',
    );
    expect(idsOf(riskScenariosFor('classifier'))).not.toContain(
      'recommender-feedback-loop',
    );
  });

  it('gives unknown system types only the scenarios that apply to all', () => {
    const result = riskScenariosFor('something-new');
    expect(result.length).toBeGreaterThan(0);
    for (const scenario of result) {
      expect(scenario.appliesTo.systemTypes).toBe('all');
    }
  });

  it('returns every scenario for the type when no tier is given', () => {
    const all = riskScenariosFor('agent');
    const expected = AI_RISK_SCENARIOS.filter(
      s =>
        s.appliesTo.systemTypes === 'all' ||
        s.appliesTo.systemTypes.includes('agent'),
    );
    expect(idsOf(all)).toEqual(idsOf(expected));
    expect(idsOf(all)).toContain('inadequate-human-oversight');
    expect(idsOf(all)).toContain('undisclosed-ai-interaction');
  });

  it('excludes a minTier high scenario below high and includes it from high up', () => {
    const highOnly = AI_RISK_SCENARIOS.find(
      s => s.id === 'inadequate-human-oversight',
    )!;
    expect(highOnly.appliesTo.minTier).toBe('high');
    const has = (tier: 'prohibited' | 'high' | 'limited' | 'minimal') =>
      idsOf(riskScenariosFor('classifier', tier)).includes(highOnly.id);
    expect(has('minimal')).toBe(false);
    expect(has('limited')).toBe(false);
    expect(has('high')).toBe(true);
    expect(has('prohibited')).toBe(true);
  });

  it('includes a minTier limited scenario from limited up', () => {
    const has = (tier: 'prohibited' | 'high' | 'limited' | 'minimal') =>
      idsOf(riskScenariosFor('llm-application', tier)).includes(
        'undisclosed-ai-interaction',
      );
    expect(has('minimal')).toBe(false);
    expect(has('limited')).toBe(true);
    expect(has('high')).toBe(true);
  });

  it('keeps scenarios without a minTier at every tier', () => {
    for (const tier of ['minimal', 'limited', 'high', 'prohibited'] as const) {
      expect(idsOf(riskScenariosFor('classifier', tier))).toContain(
        'bias-unfair-outcomes',
      );
    }
  });

  it('returns more scenarios as the tier rises', () => {
    const counts = (['minimal', 'limited', 'high', 'prohibited'] as const).map(
      tier => riskScenariosFor('llm-application', tier).length,
    );
    for (let i = 1; i < counts.length; i++) {
      expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]);
    }
    expect(counts[3]).toBe(riskScenariosFor('llm-application').length);
  });

  it('returns a fresh array that callers may change', () => {
    const first = riskScenariosFor('agent');
    first.pop();
    expect(riskScenariosFor('agent').length).toBe(first.length + 1);
  });
});
