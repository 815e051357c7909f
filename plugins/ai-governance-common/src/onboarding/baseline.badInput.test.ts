import {
  DEFAULT_CLASSIFICATION_ANSWERS,
  PROHIBITED_PRACTICES,
  type ClassificationAnswers,
} from '../classification';
import { buildGovernanceBaseline } from './baseline';
import type { GovernanceBaselineInput } from './types';
import { input, supplier } from './__testUtils__/baselineInput';

describe('buildGovernanceBaseline, bad input', () => {
  const build = (value: unknown) => () =>
    buildGovernanceBaseline(value as GovernanceBaselineInput);

  it('names an unknown sourcing', () => {
    expect(build(input({ sourcing: 'outsourced' as never }))).toThrow(
      'sourcing must be one of in-house, third-party-model, third-party-service; got "outsourced"',
    );
    const { sourcing: _sourcing, ...rest } = input();
    expect(build(rest)).toThrow('sourcing is required');
  });

  it('requires a supplier for a bought service and refuses one for in-house', () => {
    expect(build(input({ sourcing: 'third-party-service' }))).toThrow(
      'supplier is required when sourcing is third-party-service',
    );
    expect(build(input({ supplier: supplier() }))).toThrow(
      'supplier must not be given when sourcing is in-house',
    );
  });

  it('names bad supplier fields', () => {
    expect(
      build(
        input({
          sourcing: 'third-party-model',
          supplier: { ...supplier({ name: ' ' }), vat: 'x' } as never,
        }),
      ),
    ).toThrow(
      /supplier\.vat is not a known field\. supplier\.name must not be empty/,
    );
    expect(
      build(
        input({
          sourcing: 'third-party-model',
          supplier: supplier({ contractStatus: 'verbal' as never }),
        }),
      ),
    ).toThrow(
      'supplier.contractStatus must be one of none, negotiating, signed, expired; got "verbal"',
    );
    expect(
      build(
        input({
          sourcing: 'third-party-model',
          supplier: supplier({ dataShared: ['emails', ''] }),
        }),
      ),
    ).toThrow('supplier.dataShared[1] must not be empty');
  });

  it('names an empty or malformed owner', () => {
    expect(build(input({ owner: '' }))).toThrow('owner must not be empty');
    // A value JSON cannot render is still named, not a TypeError.
    expect(build(input({ owner: BigInt(7) as never }))).toThrow(
      new Error('owner must be text; got 7'),
    );
    expect(build(input({ owner: 'payments-risk' }))).toThrow(
      'owner must be a full entity reference like group:default/payments-risk; got "payments-risk"',
    );
  });

  it('names an empty system type and unknown fields', () => {
    expect(build(input({ systemType: '' }))).toThrow(
      'systemType must not be empty',
    );
    expect(build({ ...input(), tier: 'high' })).toThrow(
      'tier is not a known field',
    );
    expect(build(null)).toThrow('input must be an object; got null');
  });

  it('reuses the classification checks for the answers, under answers.', () => {
    expect(
      build(
        input({
          answers: {
            ...DEFAULT_CLASSIFICATION_ANSWERS,
            annexIIIArea: 'banking' as never,
          },
        }),
      ),
    ).toThrow(/^answers\.annexIIIArea must be one of none, .*; got "banking"$/);
    expect(build(input({ answers: { transparency: [] } as never }))).toThrow(
      /answers\.prohibitedPractices is required/,
    );
    expect(build(input({ answers: undefined as never }))).toThrow(
      'answers must be an object',
    );
  });

  it('refuses a system with a prohibited practice, citing Art. 5', () => {
    for (const practice of PROHIBITED_PRACTICES) {
      const answers: ClassificationAnswers = {
        ...DEFAULT_CLASSIFICATION_ANSWERS,
        prohibitedPractices: [practice.value],
      };
      const article = practice.article.replace(/[().]/g, '\\$&');
      expect(build(input({ answers }))).toThrow(
        new RegExp(`prohibited.*\\(Art\\. 5\\).*${article}`),
      );
    }
  });
});
