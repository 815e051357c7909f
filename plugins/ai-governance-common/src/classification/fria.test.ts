import { classifyAiSystem } from './classify';
import {
  ANNEX_III_AREAS,
  type ClassificationAnswers,
  type OperatorRole,
} from './questions';
import { answers, claim, joined } from './testFixtures';

const FRIA = '(Art. 27)';
const DEPLOYER: OperatorRole[] = ['deployer'];

const fria = (overrides: Partial<ClassificationAnswers>) =>
  classifyAiSystem(answers({ operatorRoles: DEPLOYER, ...overrides }));

describe('classifyAiSystem, the fundamental rights impact assessment (Art. 27)', () => {
  it.each([
    [
      'a public-service deployer under 5(a)',
      {
        annexIIIArea: 'essential-services',
        annexIIIUseCase: '5a',
        publicService: true,
      },
      true,
    ],
    [
      'a private deployer under 4(a)',
      {
        annexIIIArea: 'employment',
        annexIIIUseCase: '4a',
        publicService: false,
      },
      false,
    ],
    [
      'a private deployer under 5(b)',
      {
        annexIIIArea: 'essential-services',
        annexIIIUseCase: '5b',
        publicService: false,
      },
      true,
    ],
    [
      'a private deployer under 5(c)',
      {
        annexIIIArea: 'essential-services',
        annexIIIUseCase: '5c',
        publicService: false,
      },
      true,
    ],
    [
      'a deployer of unknown status under 5(b)',
      { annexIIIArea: 'essential-services', annexIIIUseCase: '5b' },
      true,
    ],
    [
      'a private deployer under 5(a)',
      {
        annexIIIArea: 'essential-services',
        annexIIIUseCase: '5a',
        publicService: false,
      },
      false,
    ],
    [
      'a private deployer under 5(d)',
      {
        annexIIIArea: 'essential-services',
        annexIIIUseCase: '5d',
        publicService: false,
      },
      false,
    ],
    [
      'a public-service deployer under 2',
      {
        annexIIIArea: 'critical-infrastructure',
        annexIIIUseCase: '2',
        publicService: true,
      },
      false,
    ],
    [
      'a public-service deployer of a critical-infrastructure area answer',
      { annexIIIArea: 'critical-infrastructure', publicService: true },
      false,
    ],
    [
      'a public-service deployer of an Annex I product only',
      { productSafetyComponent: true, publicService: true },
      false,
    ],
    [
      'a public-service deployer of a derogated 5(a) system',
      {
        annexIIIArea: 'essential-services',
        annexIIIUseCase: '5a',
        publicService: true,
        ...claim('d'),
      },
      false,
    ],
    [
      'a public-service deployer of an area answer for essential services',
      { annexIIIArea: 'essential-services', publicService: true },
      true,
    ],
  ] as [string, Partial<ClassificationAnswers>, boolean][])(
    'for %s: %p',
    (_, overrides, applies) => {
      const result = fria(overrides);
      expect(result.fundamentalRightsImpactAssessment).toBe(applies);
      const lines = result.obligationsByRole.deployer!.filter(l =>
        l.includes(FRIA),
      );
      expect(lines).toHaveLength(applies ? 1 : 0);
      for (const line of lines) {
        expect(line).toMatch(
          /^Before first use, assess the system’s impact on fundamental rights/,
        );
        expect(line).toMatch(/notify the market surveillance authority/);
        expect(line).toMatch(/— applies from 2027-12-02/);
      }
    },
  );

  it.each(
    ANNEX_III_AREAS.filter(
      o => o.value !== 'none' && o.value !== 'critical-infrastructure',
    ).map(o => o.value),
  )('applies to a public-service deployer in the area %s', area => {
    const result = fria({ annexIIIArea: area, publicService: true });
    expect(result.fundamentalRightsImpactAssessment).toBe(true);
    expect(joined(result.reasons)).toContain(
      'The deployer is a body governed by public law or a private entity providing a public service',
    );
  });

  it('says why point 2 is left out', () => {
    const result = fria({
      annexIIIArea: 'critical-infrastructure',
      publicService: true,
    });
    expect(result.reasons).toContain(
      'Critical-infrastructure systems (Annex III point 2) are left out of the fundamental rights impact assessment, whoever deploys them (Art. 27(1)).',
    );
  });

  it('for a private deployer of essential services without a point, says it depends on the point and lists the conditional duty', () => {
    const result = fria({
      annexIIIArea: 'essential-services',
      publicService: false,
    });
    expect(result.fundamentalRightsImpactAssessment).toBe(false);
    expect(joined(result.reasons)).toMatch(
      /depends on the Annex III point, which was not answered: credit scoring \(5\(b\)\) and life and health insurance pricing \(5\(c\)\) bring it for every deployer \(Art\. 27\(1\)\)\.$/m,
    );
    const lines = result.obligations.filter(l => l.includes(FRIA));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^If it is used for credit scoring or life and health insurance pricing \(Annex III point 5\(b\) or \(c\)\)/,
    );
    expect(lines[0]).not.toContain('public bodies');
  });

  it('keeps the first release’s line when neither the point nor the deployer’s status is answered', () => {
    const result = fria({ annexIIIArea: 'essential-services' });
    expect(result.fundamentalRightsImpactAssessment).toBe(false);
    const lines = result.obligations.filter(l => l.includes(FRIA));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      'public bodies or private entities providing public services',
    );
    expect(joined(result.reasons)).toContain(
      'the other points only for a deployer that serves the public',
    );
  });

  it('says when the deployer’s status was not answered', () => {
    const result = fria({ annexIIIArea: 'employment' });
    expect(result.fundamentalRightsImpactAssessment).toBe(false);
    expect(joined(result.reasons)).toContain(
      'It was not answered whether the deployer is a body governed by public law',
    );
    const known = fria({ annexIIIArea: 'employment', publicService: false });
    expect(joined(known.reasons)).toContain(
      'no fundamental rights impact assessment is due (Art. 27(1))',
    );
  });

  it.each([
    [['provider'], false],
    [['importer', 'distributor'], false],
    [['authorised-representative', 'product-manufacturer'], false],
    [['provider', 'deployer'], true],
  ] as [OperatorRole[], boolean][])(
    'is due for the roles %p only when a deployer is among them: %p',
    (operatorRoles, applies) => {
      const result = classifyAiSystem(
        answers({
          operatorRoles,
          annexIIIArea: 'essential-services',
          annexIIIUseCase: '5b',
          publicService: true,
        }),
      );
      expect(result.fundamentalRightsImpactAssessment).toBe(applies);
      expect(joined(result.obligations).includes(FRIA)).toBe(applies);
      expect(joined(result.reasons).includes('Art. 27(1)')).toBe(applies);
    },
  );

  it('is due for the default roles, which include a deployer', () => {
    const result = classifyAiSystem(
      answers({ annexIIIArea: 'essential-services', annexIIIUseCase: '5c' }),
    );
    expect(result.fundamentalRightsImpactAssessment).toBe(true);
    expect(result.obligationsByRole.provider!.join()).not.toContain(FRIA);
  });
});
