import { ANNEX_III_USE_CASES, annexIIIUseCasesOf } from './annexIII';
import { classifyAiSystem } from './classify';
import { ANNEX_III_AREAS, type AnnexIIIArea } from './questions';
import { answers, joined } from './testFixtures';

/** The area each Annex III point number belongs to, from the order of the areas. */
const areaOfNumber = (n: number) => ANNEX_III_AREAS[n].value;

describe('ANNEX_III_USE_CASES', () => {
  it('lists the 25 points of Annex III in order, with unique values', () => {
    expect(ANNEX_III_USE_CASES.map(o => o.value)).toEqual([
      '1a',
      '1b',
      '1c',
      '2',
      '3a',
      '3b',
      '3c',
      '3d',
      '4a',
      '4b',
      '5a',
      '5b',
      '5c',
      '5d',
      '6a',
      '6b',
      '6c',
      '6d',
      '6e',
      '7a',
      '7b',
      '7c',
      '7d',
      '8a',
      '8b',
    ]);
  });

  it('splits into the areas without gaps, every area having at least one point', () => {
    const areas = ANNEX_III_AREAS.map(o => o.value);
    expect(annexIIIUseCasesOf('none')).toEqual([]);
    expect(areas.flatMap(a => annexIIIUseCasesOf(a))).toEqual(
      ANNEX_III_USE_CASES,
    );
    for (const area of areas.slice(1)) {
      expect(annexIIIUseCasesOf(area).length).toBeGreaterThan(0);
    }
  });

  it.each(ANNEX_III_USE_CASES.map(o => [o.value, o] as const))(
    'places point %s in its area and cites it',
    (value, option) => {
      const n = Number(value[0]);
      expect(option.area).toBe(areaOfNumber(n));
      expect(option.article).toBe(
        value.length === 1
          ? `Annex III point ${n}`
          : `Annex III point ${n}(${value[1]})`,
      );
      expect(option.label.trim()).not.toBe('');
      expect(option.help.trim()).not.toBe('');
      // A carve-out, when there is one, is a whole sentence.
      expect(option.carveOut ?? 'None.').toMatch(/^[A-Z].*\.$/);
    },
  );

  it.each([
    ['1a', /confirm that a person is who they claim/],
    ['1b', /prohibited \(Art\. 5\(1\)\(g\)\)/],
    ['1c', /prohibited .*\(Art\. 5\(1\)\(f\)\)/],
    ['5b', /detect financial fraud/],
    ['6d', /prohibited .*\(Art\. 5\(1\)\(d\)\)/],
    ['7d', /travel documents/],
    ['8b', /administratively or logistically/],
  ])('explains what point %s leaves out', (value, text) => {
    expect(ANNEX_III_USE_CASES.find(o => o.value === value)!.carveOut).toMatch(
      text,
    );
  });
});

describe('classifyAiSystem with an Annex III point', () => {
  it.each(ANNEX_III_USE_CASES.map(o => [o.value, o] as const))(
    'makes point %s high-risk, citing the point and any carve-out',
    (value, option) => {
      const result = classifyAiSystem(
        answers({ annexIIIArea: option.area, annexIIIUseCase: value }),
      );
      expect(result.tier).toBe('high');
      const area = ANNEX_III_AREAS.find(o => o.value === option.area)!;
      expect(result.reasons).toContain(
        `It is used for an Annex III use: ${option.label}, in the area ${area.label} (Art. 6(2) and ${option.article}).`,
      );
      const carveOut = result.reasons.filter(r =>
        r.startsWith(`What ${option.article} leaves out: `),
      );
      expect(carveOut).toEqual(
        option.carveOut
          ? [`What ${option.article} leaves out: ${option.carveOut}`]
          : [],
      );
    },
  );

  it.each(
    ANNEX_III_USE_CASES.filter(
      o => !['1a', '5a', '5b', '5c', '5d'].includes(o.value),
    ).map(o => [o.value, o.area] as const),
  )(
    'gives point %s the same duties as its area alone',
    (value, area: AnnexIIIArea) => {
      const byArea = classifyAiSystem(answers({ annexIIIArea: area }));
      const byPoint = classifyAiSystem(
        answers({ annexIIIArea: area, annexIIIUseCase: value }),
      );
      expect(byPoint.obligations).toEqual(byArea.obligations);
      expect(byPoint.applicationDates).toEqual(byArea.applicationDates);
    },
  );

  it('adds the authorisation duty of post-remote identification for point 1(a) only', () => {
    const duty = '(Art. 26(10))';
    for (const option of annexIIIUseCasesOf('biometrics')) {
      const result = classifyAiSystem(
        answers({
          annexIIIArea: 'biometrics',
          annexIIIUseCase: option.value,
          operatorRoles: ['deployer'],
        }),
      );
      expect(joined(result.obligations).includes(duty)).toBe(
        option.value === '1a',
      );
    }
  });

  it('keeps a critical-infrastructure system out of the EU database, Art. 26(8) and Art. 86', () => {
    const result = classifyAiSystem(
      answers({
        annexIIIArea: 'critical-infrastructure',
        annexIIIUseCase: '2',
      }),
    );
    const text = joined(result.obligations);
    expect(text).toContain('(Art. 49(5))');
    expect(text).not.toContain('Art. 49(1)');
    expect(text).not.toContain('(Art. 26(8)');
    expect(text).not.toContain('(Art. 86)');
    expect(text).toContain('(Art. 26(11))');
  });

  it('asks a notified body for biometrics unless harmonised standards were applied in full', () => {
    const result = classifyAiSystem(
      answers({ annexIIIArea: 'biometrics', annexIIIUseCase: '1c' }),
    );
    expect(joined(result.obligations)).toContain('notified body (Annex VII)');
  });

  it('lets an Annex III point be lifted by a derogation like its area', () => {
    const result = classifyAiSystem(
      answers({
        annexIIIArea: 'justice-democracy',
        annexIIIUseCase: '8a',
        art6Exemption: true,
        art6Condition: 'a',
        art6Justification: 'It only numbers the pages of case files.',
      }),
    );
    expect(result.tier).toBe('minimal');
    expect(joined(result.reasons)).toContain('Annex III point 8(a)');
  });
});
