import { classifyAiSystem } from './classify';
import { ANNEX_III_USE_CASES } from './annexIII';
import { REQUIRED_CLASSIFICATION_ANSWER_FIELDS } from './answers';
import {
  ANNEX_III_AREAS,
  ART6_CONDITIONS,
  DEFAULT_CLASSIFICATION_ANSWERS,
  GPAI_MODEL_OPTIONS,
  OPERATOR_ROLES,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
} from './questions';
import { answers } from './testFixtures';

describe('classification options', () => {
  it('lists the prohibited practices, Annex III areas and transparency triggers in the agreed order', () => {
    expect(PROHIBITED_PRACTICES.map(o => o.value)).toEqual([
      'subliminal-manipulation',
      'exploiting-vulnerabilities',
      'social-scoring',
      'criminal-risk-profiling',
      'untargeted-facial-scraping',
      'workplace-emotion-recognition',
      'sensitive-biometric-categorisation',
      'realtime-remote-biometric-identification',
      'non-consensual-intimate-imagery',
    ]);
    expect(ANNEX_III_AREAS.map(o => o.value)).toEqual([
      'none',
      'biometrics',
      'critical-infrastructure',
      'education',
      'employment',
      'essential-services',
      'law-enforcement',
      'migration',
      'justice-democracy',
    ]);
    expect(TRANSPARENCY_TRIGGERS.map(o => o.value)).toEqual([
      'interacts-with-people',
      'generates-synthetic-content',
      'deepfake',
      'emotion-recognition',
      'biometric-categorisation',
    ]);
  });

  it('cites the provision behind every option', () => {
    expect(PROHIBITED_PRACTICES.map(o => o.article)).toEqual([
      ...'abcdefgh'.split('').map(letter => `Art. 5(1)(${letter})`),
      'Art. 5(1) as amended by the Digital Omnibus on AI',
    ]);
    expect(ANNEX_III_AREAS.slice(1).map(o => o.article)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map(n => `Annex III point ${n}`),
    );
    expect(TRANSPARENCY_TRIGGERS.map(o => o.article)).toEqual([
      'Art. 50(1)',
      'Art. 50(2)',
      'Art. 50(4)',
      'Art. 50(3)',
      'Art. 50(3)',
    ]);
    for (const option of [
      ...PROHIBITED_PRACTICES,
      ...ANNEX_III_AREAS,
      ...TRANSPARENCY_TRIGGERS,
      ...OPERATOR_ROLES,
      ...ANNEX_III_USE_CASES,
      ...GPAI_MODEL_OPTIONS,
      ...ART6_CONDITIONS,
    ]) {
      expect(option.label.trim()).not.toBe('');
      expect(option.help.trim()).not.toBe('');
      expect(option.article).toMatch(/Art\.|Annex/);
    }
  });

  it('defaults to nothing prohibited, no Annex III area and every answer no, frozen', () => {
    expect(DEFAULT_CLASSIFICATION_ANSWERS).toEqual(answers());
    expect(Object.isFrozen(DEFAULT_CLASSIFICATION_ANSWERS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CLASSIFICATION_ANSWERS.transparency)).toBe(
      true,
    );
    expect(classifyAiSystem(DEFAULT_CLASSIFICATION_ANSWERS).tier).toBe(
      'minimal',
    );
  });
});

describe('the options added with operator roles', () => {
  it('lists the operator roles in the agreed order, each with its definition and duties', () => {
    expect(OPERATOR_ROLES.map(o => [o.value, o.article])).toEqual([
      ['provider', 'Art. 3(3) and Art. 16'],
      ['deployer', 'Art. 3(4) and Art. 26'],
      ['importer', 'Art. 3(6) and Art. 23'],
      ['distributor', 'Art. 3(7) and Art. 24'],
      ['authorised-representative', 'Art. 3(5) and Art. 22'],
      ['product-manufacturer', 'Art. 25(3)'],
    ]);
  });

  it('lists the general-purpose model answers and the Art. 6(3) conditions', () => {
    expect(GPAI_MODEL_OPTIONS.map(o => o.value)).toEqual([
      'none',
      'general-purpose',
      'systemic-risk',
    ]);
    expect(ART6_CONDITIONS.map(o => [o.value, o.article])).toEqual(
      'abcd'.split('').map(c => [c, `Art. 6(3)(${c})`]),
    );
  });

  it('keeps the new answers out of the defaults, so stored answers stay valid', () => {
    // The required names themselves are pinned in answers.test.ts; here the
    // point is that the defaults hold those and none of the optional ones.
    expect(Object.keys(DEFAULT_CLASSIFICATION_ANSWERS).sort()).toEqual(
      [...REQUIRED_CLASSIFICATION_ANSWER_FIELDS].sort(),
    );
  });
});
