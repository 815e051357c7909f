import { annexIIIUseCasesOf } from './annexIII';
import {
  CLASSIFICATION_ANSWER_FIELDS,
  MAX_ART6_JUSTIFICATION_LENGTH,
  REQUIRED_CLASSIFICATION_ANSWER_FIELDS,
  classificationAnswerProblems,
  isClassificationAnswers,
} from './answers';
import { classifyAiSystem } from './classify';
import {
  ANNEX_III_AREAS,
  type AnnexIIIArea,
  type ClassificationAnswers,
  type TransparencyTrigger,
} from './questions';
import { answers, claim } from './testFixtures';

describe('classifyAiSystem, validation', () => {
  const valid = answers();
  const without = (field: keyof ClassificationAnswers) => {
    const copy: Record<string, unknown> = { ...valid };
    delete copy[field];
    return copy;
  };

  it.each([null, [], 'minimal', 3, undefined])(
    'rejects %p as a whole',
    value => {
      expect(() => classifyAiSystem(value)).toThrow(
        /^answers must be an object; got /,
      );
      expect(isClassificationAnswers(value)).toBe(false);
    },
  );

  it.each(Object.keys(valid) as (keyof ClassificationAnswers)[])(
    'names the missing field %s',
    field => {
      expect(() => classifyAiSystem(without(field))).toThrow(
        new Error(`${field} is required`),
      );
      expect(isClassificationAnswers(without(field))).toBe(false);
    },
  );

  it('names an unknown extra field', () => {
    const value = { ...valid, riskTier: 'minimal' };
    expect(() => classifyAiSystem(value)).toThrow(
      new Error('riskTier is not a known field'),
    );
    expect(isClassificationAnswers(value)).toBe(false);
  });

  it.each([
    [
      'productSafetyComponent',
      'yes',
      'productSafetyComponent must be true or false; got "yes"',
    ],
    ['art6Exemption', 1, 'art6Exemption must be true or false; got 1'],
    [
      'profilesNaturalPersons',
      null,
      'profilesNaturalPersons must be true or false; got null',
    ],
    [
      'prohibitedPractices',
      'social-scoring',
      'prohibitedPractices must be a list; got "social-scoring"',
    ],
    [
      'transparency',
      { deepfake: true },
      'transparency must be a list; got {"deepfake":true}',
    ],
    [
      'annexIIIArea',
      4,
      `annexIIIArea must be one of ${ANNEX_III_AREAS.map(o => o.value).join(
        ', ',
      )}; got 4`,
    ],
  ])('names the field %s with a wrong type', (field, value, message) => {
    const bad = { ...valid, [field]: value };
    expect(() => classifyAiSystem(bad)).toThrow(new Error(message));
    expect(isClassificationAnswers(bad)).toBe(false);
  });

  it('names a bad enum value and lists the choices', () => {
    expect(() =>
      classifyAiSystem({ ...valid, annexIIIArea: 'banking' }),
    ).toThrow(
      new Error(
        'annexIIIArea must be one of none, biometrics, critical-infrastructure, education, employment, essential-services, law-enforcement, migration, justice-democracy; got "banking"',
      ),
    );
    expect(() =>
      classifyAiSystem({
        ...valid,
        prohibitedPractices: ['social-scoring', 'mind-reading'],
      }),
    ).toThrow(
      /^prohibitedPractices\[1\] must be one of subliminal-manipulation, .*; got "mind-reading"$/,
    );
    expect(() => classifyAiSystem({ ...valid, transparency: [7] })).toThrow(
      /^transparency\[0\] must be one of interacts-with-people, .*; got 7$/,
    );
  });

  it('names a duplicate list entry', () => {
    expect(() =>
      classifyAiSystem({
        ...valid,
        transparency: ['deepfake', 'interacts-with-people', 'deepfake'],
      }),
    ).toThrow(
      new Error('transparency[2] repeats "deepfake", already given at [0]'),
    );
    expect(() =>
      classifyAiSystem({
        ...valid,
        prohibitedPractices: ['social-scoring', 'social-scoring'],
      }),
    ).toThrow(/^prohibitedPractices\[1\] repeats "social-scoring"/);
  });

  it('reports every problem at once', () => {
    const bad = {
      ...without('art6Exemption'),
      annexIIIArea: 'banking',
      extra: true,
    };
    expect(() => classifyAiSystem(bad)).toThrow(
      /extra is not a known field\. annexIIIArea must be one of .*\. art6Exemption is required$/,
    );
  });

  it('accepts valid answers without throwing', () => {
    expect(isClassificationAnswers(valid)).toBe(true);
    const area: AnnexIIIArea = 'biometrics';
    const triggers: TransparencyTrigger[] = ['deepfake'];
    expect(
      isClassificationAnswers(
        answers({ annexIIIArea: area, transparency: triggers }),
      ),
    ).toBe(true);
  });
});

describe('classifyAiSystem, validation of the answers added with operator roles', () => {
  const valid = answers();
  /** The message classifying the value throws, or undefined; the value must also fail the type guard. */
  const thrown = (value: Record<string, unknown>): string | undefined => {
    if (isClassificationAnswers(value)) return undefined;
    try {
      classifyAiSystem(value);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };
  const message = (expected: string | RegExp) =>
    typeof expected === 'string' ? expected : expect.stringMatching(expected);

  it('lists every field in questionnaire order, roles first, the first release’s as required', () => {
    // Written out on purpose: the names are stored in assessments and read
    // by exports, so renaming or reordering one must fail here.
    expect(CLASSIFICATION_ANSWER_FIELDS).toEqual([
      'operatorRoles',
      'publicService',
      'prohibitedPractices',
      'annexIIIArea',
      'annexIIIUseCase',
      'productSafetyComponent',
      'art6Exemption',
      'art6Condition',
      'art6Justification',
      'profilesNaturalPersons',
      'transparency',
      'gpaiModel',
    ]);
    expect(REQUIRED_CLASSIFICATION_ANSWER_FIELDS).toEqual(Object.keys(valid));
  });

  it('accepts every new answer, and treats an undefined one as not given', () => {
    const full: ClassificationAnswers = {
      ...answers({ annexIIIArea: 'essential-services', ...claim('d') }),
      operatorRoles: ['deployer', 'provider'],
      publicService: false,
      annexIIIUseCase: '5b',
      gpaiModel: 'systemic-risk',
    };
    expect(isClassificationAnswers(full)).toBe(true);
    expect(isClassificationAnswers({ ...valid, gpaiModel: undefined })).toBe(
      true,
    );
  });

  it.each([
    [
      'an unknown role',
      { operatorRoles: ['provider', 'reseller'] },
      /^operatorRoles\[1\] must be one of provider, deployer, importer, distributor, authorised-representative, product-manufacturer; got "reseller"$/,
    ],
    [
      'a repeated role',
      { operatorRoles: ['deployer', 'importer', 'deployer'] },
      'operatorRoles[2] repeats "deployer", already given at [0]',
    ],
    [
      'no role at all',
      { operatorRoles: [] },
      'operatorRoles must name at least one role; leave it out to cover a provider and a deployer',
    ],
    [
      'roles that are not a list',
      { operatorRoles: 'provider' },
      'operatorRoles must be a list; got "provider"',
    ],
    [
      'a public-service answer that is not yes or no',
      { publicService: 'yes' },
      'publicService must be true or false; got "yes"',
    ],
    [
      'an unknown model answer',
      { gpaiModel: 'foundation' },
      'gpaiModel must be one of none, general-purpose, systemic-risk; got "foundation"',
    ],
    [
      'an unknown Annex III point',
      { annexIIIArea: 'employment', annexIIIUseCase: '4c' },
      /^annexIIIUseCase must be one of 1a, 1b, .*, 8b; got "4c"$/,
    ],
    [
      'an Annex III point without an area',
      { annexIIIUseCase: '4a' },
      'annexIIIUseCase must not be given when annexIIIArea is none; got "4a"',
    ],
    [
      'a derogation without its condition',
      { art6Exemption: true, art6Justification: 'It only sorts files.' },
      'art6Condition is required when art6Exemption is true: one of a, b, c, d',
    ],
    [
      'a derogation without its justification',
      { art6Exemption: true, art6Condition: 'a' },
      'art6Justification is required when art6Exemption is true: the written reasoning why the condition holds',
    ],
    [
      'a derogation with a blank justification',
      { ...claim('b', ' \n\t ') },
      'art6Justification must not be blank when art6Exemption is true: write why the condition holds',
    ],
    [
      'an unknown condition',
      { ...claim(), art6Condition: 'e' },
      'art6Condition must be one of a, b, c, d; got "e"',
    ],
    [
      'a justification that is not text',
      { ...claim(), art6Justification: 42 },
      'art6Justification must be text; got 42',
    ],
    [
      'a justification too long to be reasoning',
      { ...claim('c', 'x'.repeat(MAX_ART6_JUSTIFICATION_LENGTH + 1)) },
      `art6Justification must be at most ${MAX_ART6_JUSTIFICATION_LENGTH} characters; got ${
        MAX_ART6_JUSTIFICATION_LENGTH + 1
      }`,
    ],
  ])('names the field for %s', (_, change, expected) => {
    expect(thrown({ ...valid, ...change })).toEqual(message(expected));
  });

  it('names both missing parts of a bare derogation at once', () => {
    expect(thrown({ ...valid, art6Exemption: true })).toMatch(
      /^art6Condition is required .*\. art6Justification is required /,
    );
  });

  it('ignores a condition and justification kept while no derogation is claimed, but still checks their type', () => {
    expect(
      isClassificationAnswers({
        ...valid,
        art6Condition: 'a',
        art6Justification: '',
      }),
    ).toBe(true);
    expect(thrown({ ...valid, art6Condition: 'z' })).toBe(
      'art6Condition must be one of a, b, c, d; got "z"',
    );
  });

  it('names the point and the area when a point is outside its area', () => {
    expect(
      thrown({
        ...valid,
        annexIIIArea: 'essential-services',
        annexIIIUseCase: '4a',
      }),
    ).toBe(
      'annexIIIUseCase "4a" is not a point of annexIIIArea "essential-services"; its points are 5a, 5b, 5c, 5d',
    );
  });

  it('names the fields under a path', () => {
    const value = { ...valid, operatorRoles: ['x'], gpaiModel: 1 };
    expect(() => classifyAiSystem(value)).toThrow(
      /^operatorRoles\[0\] must be one of .*\. gpaiModel must be one of /,
    );
    expect(
      classificationAnswerProblems({ ...value, extra: true }, 'spec.answers'),
    ).toEqual([
      'spec.answers.extra is not a known field',
      expect.stringMatching(
        /^spec\.answers\.operatorRoles\[0\] must be one of /,
      ),
      expect.stringMatching(/^spec\.answers\.gpaiModel must be one of /),
    ]);
    expect(classificationAnswerProblems(null, 'spec.answers')).toEqual([
      'spec.answers must be an object; got null',
    ]);
  });

  it.each(ANNEX_III_AREAS.filter(o => o.value !== 'none').map(o => o.value))(
    'accepts exactly the points of %s',
    area => {
      const own = annexIIIUseCasesOf(area).map(o => o.value);
      for (const other of ANNEX_III_AREAS.map(o => o.value)) {
        for (const point of annexIIIUseCasesOf(other)) {
          const value = {
            ...valid,
            annexIIIArea: area,
            annexIIIUseCase: point.value,
          };
          expect(isClassificationAnswers(value)).toBe(
            own.includes(point.value),
          );
        }
      }
    },
  );
});
