import { DEFAULT_CLASSIFICATION_ANSWERS } from '@aigov/plugin-ai-governance-common';
import {
  readStoredClassificationResult,
  toClassificationAnswers,
} from './classification';

describe('toClassificationAnswers', () => {
  it('fills in the defaults for missing answers', () => {
    expect(toClassificationAnswers(undefined)).toEqual(
      DEFAULT_CLASSIFICATION_ANSWERS,
    );
    expect(toClassificationAnswers({ art6Exemption: true })).toEqual({
      ...DEFAULT_CLASSIFICATION_ANSWERS,
      art6Exemption: true,
    });
  });

  it('drops values the options do not list, and repeats', () => {
    expect(
      toClassificationAnswers({
        prohibitedPractices: ['social-scoring', 'mind-reading', 42],
        annexIIIArea: 'astrology',
        productSafetyComponent: 'yes',
        transparency: ['deepfake', 'deepfake'],
      }),
    ).toEqual({
      ...DEFAULT_CLASSIFICATION_ANSWERS,
      prohibitedPractices: ['social-scoring'],
      transparency: ['deepfake'],
    });
  });
});

describe('readStoredClassificationResult', () => {
  it('reads the current shape', () => {
    expect(
      readStoredClassificationResult({
        tier: 'high',
        reasons: ['Annex III'],
        obligations: ['Art. 9'],
      }),
    ).toEqual({
      tier: 'high',
      reasons: ['Annex III'],
      obligations: ['Art. 9'],
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
