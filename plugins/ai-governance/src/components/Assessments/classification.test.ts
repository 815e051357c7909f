import { DEFAULT_CLASSIFICATION_ANSWERS } from '@aigov/plugin-ai-governance-common';
import {
  applicableQuestions,
  classificationResult,
  derogationGaps,
  liveClassification,
  readStoredClassificationResult,
  toClassificationAnswers,
  withoutInapplicable,
} from './classification';

const answers = (overrides: object = {}) => ({
  ...DEFAULT_CLASSIFICATION_ANSWERS,
  prohibitedPractices: [],
  transparency: [],
  ...overrides,
});

describe('toClassificationAnswers', () => {
  it('fills in the defaults for missing answers', () => {
    expect(toClassificationAnswers(undefined)).toEqual(
      DEFAULT_CLASSIFICATION_ANSWERS,
    );
    expect(
      toClassificationAnswers({
        annexIIIArea: 'employment',
        art6Exemption: true,
      }),
    ).toEqual({
      ...DEFAULT_CLASSIFICATION_ANSWERS,
      annexIIIArea: 'employment',
      art6Exemption: true,
    });
  });

  it('drops values the options do not list, and repeats', () => {
    expect(
      toClassificationAnswers({
        operatorRoles: ['deployer', 'landlord', 'deployer'],
        prohibitedPractices: ['social-scoring', 'mind-reading', 42],
        annexIIIArea: 'astrology',
        annexIIIUseCase: '9z',
        productSafetyComponent: 'yes',
        transparency: ['deepfake', 'deepfake'],
        gpaiModel: 'huge',
      }),
    ).toEqual({
      ...DEFAULT_CLASSIFICATION_ANSWERS,
      operatorRoles: ['deployer'],
      prohibitedPractices: ['social-scoring'],
      transparency: ['deepfake'],
    });
  });

  it('keeps the new answers where their questions apply', () => {
    const stored = {
      ...answers(),
      operatorRoles: ['provider', 'deployer'],
      publicService: true,
      annexIIIArea: 'essential-services',
      annexIIIUseCase: '5b',
      art6Exemption: true,
      art6Condition: 'd',
      art6Justification: 'Only indexes the files a person assesses.',
      gpaiModel: 'general-purpose',
    };
    expect(toClassificationAnswers(stored)).toEqual(stored);
  });

  it('leaves out answers to questions that do not apply', () => {
    expect(
      toClassificationAnswers({
        operatorRoles: ['importer'],
        publicService: true,
        annexIIIArea: 'employment',
        // A point of another area.
        annexIIIUseCase: '5b',
        art6Exemption: true,
        art6Condition: 'a',
        art6Justification: 'n/a',
        gpaiModel: 'systemic-risk',
      }),
    ).toEqual({
      ...DEFAULT_CLASSIFICATION_ANSWERS,
      operatorRoles: ['importer'],
      annexIIIArea: 'employment',
    });
  });
});

describe('which questions apply', () => {
  it('asks deployers about public services and providers about derogations and models', () => {
    expect(
      applicableQuestions(answers({ operatorRoles: ['deployer'] })),
    ).toEqual({
      publicService: true,
      annexIIIUseCase: false,
      derogation: false,
      gpaiModel: false,
    });
    expect(
      applicableQuestions(
        answers({ operatorRoles: ['provider'], annexIIIArea: 'education' }),
      ),
    ).toEqual({
      publicService: false,
      annexIIIUseCase: true,
      derogation: true,
      gpaiModel: true,
    });
    // No role answered: both a provider's and a deployer's questions.
    expect(applicableQuestions(answers({ annexIIIArea: 'migration' }))).toEqual(
      {
        publicService: true,
        annexIIIUseCase: true,
        derogation: true,
        gpaiModel: true,
      },
    );
  });

  it('drops a derogation once the area is none, but keeps its text while only switched off', () => {
    const claimed = answers({
      operatorRoles: ['provider'],
      annexIIIArea: 'education',
      art6Exemption: false,
      art6Condition: 'a',
      art6Justification: 'Sorts incoming applications by type only.',
    });
    expect(withoutInapplicable(claimed)).toEqual(claimed);
    expect(withoutInapplicable({ ...claimed, annexIIIArea: 'none' })).toEqual(
      answers({ operatorRoles: ['provider'] }),
    );
  });
});

describe('the live classification', () => {
  const annexIII = answers({
    operatorRoles: ['provider'],
    annexIIIArea: 'education',
    annexIIIUseCase: '3a',
    art6Exemption: true,
  });

  it('leaves an unfinished derogation out and says what is missing', () => {
    expect(derogationGaps(annexIII)).toEqual([
      'choose the Art. 6(3) condition',
      'write why the condition holds',
    ]);
    const live = liveClassification(annexIII);
    expect(live.result.tier).toBe('high');
    expect(live.pending).toMatch(
      /counts once you choose the Art\. 6\(3\) condition and write why/,
    );
    expect(
      derogationGaps({
        ...annexIII,
        art6Condition: 'a',
        art6Justification: ' ',
      }),
    ).toEqual(['write why the condition holds']);
  });

  it('counts a derogation with its condition and justification', () => {
    const live = liveClassification({
      ...annexIII,
      art6Condition: 'a',
      art6Justification: 'Only sorts applications into folders by course.',
    });
    expect(live.pending).toBeUndefined();
    expect(live.result.tier).toBe('minimal');
    expect(live.result.obligations.join(' ')).toMatch(/Art\. 6\(4\)/);
  });

  it('stores the roles, the obligations by role and the impact-assessment flag', () => {
    const result = classificationResult(
      answers({
        operatorRoles: ['deployer'],
        publicService: true,
        annexIIIArea: 'essential-services',
        annexIIIUseCase: '5a',
      }),
    );
    expect(result).toMatchObject({
      tier: 'high',
      roles: ['deployer'],
      fundamentalRightsImpactAssessment: true,
      gpaiObligations: [],
    });
    expect(Object.keys(result.obligationsByRole)).toEqual(['deployer']);
    expect(result.obligations).toEqual(result.obligationsByRole.deployer);
    expect(result).not.toHaveProperty('applicationDates');
  });
});

describe('readStoredClassificationResult', () => {
  it('reads the current shape', () => {
    expect(
      readStoredClassificationResult({
        tier: 'high',
        reasons: ['Annex III'],
        obligations: ['Art. 9', 'Art. 26'],
        roles: ['provider', 'deployer', 'stranger'],
        obligationsByRole: { provider: ['Art. 9'], deployer: ['Art. 26', 7] },
        fundamentalRightsImpactAssessment: false,
        gpaiObligations: [],
      }),
    ).toEqual({
      tier: 'high',
      reasons: ['Annex III'],
      obligations: ['Art. 9', 'Art. 26'],
      roles: ['provider', 'deployer'],
      obligationsByRole: { provider: ['Art. 9'], deployer: ['Art. 26'] },
      fundamentalRightsImpactAssessment: false,
      gpaiObligations: [],
    });
  });

  it('reads the older suggestedTier shape and the seed shape without obligations', () => {
    expect(
      readStoredClassificationResult({
        suggestedTier: 'limited',
        reasons: ['Transparency obligations apply (Art. 50)'],
      }),
    ).toEqual({
      tier: 'limited',
      reasons: ['Transparency obligations apply (Art. 50)'],
    });
    expect(
      readStoredClassificationResult({ tier: 'minimal', reasons: [] }),
    ).toEqual({ tier: 'minimal', reasons: [] });
  });

  it('reads anything without a known tier as no result', () => {
    for (const result of [null, 'high', [], {}, { tier: 'extreme' }]) {
      expect(readStoredClassificationResult(result)).toBeUndefined();
    }
  });
});
