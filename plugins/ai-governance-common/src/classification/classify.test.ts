import { AI_RISK_TIERS } from '../kinds';
import { EU_AI_ACT_APPLICATION_DATES } from './applicationDates';
import { isClassificationAnswers } from './answers';
import { classifyAiSystem } from './classify';
import {
  ANNEX_III_AREAS,
  DEFAULT_CLASSIFICATION_ANSWERS,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
  type AnnexIIIArea,
  type ClassificationAnswers,
  type ProhibitedPractice,
  type TransparencyTrigger,
} from './questions';

const answers = (
  overrides: Partial<ClassificationAnswers> = {},
): ClassificationAnswers => ({
  prohibitedPractices: [],
  annexIIIArea: 'none',
  productSafetyComponent: false,
  art6Exemption: false,
  profilesNaturalPersons: false,
  transparency: [],
  ...overrides,
});

const date = (id: string) => {
  const entry = EU_AI_ACT_APPLICATION_DATES.find(d => d.id === id);
  if (!entry) throw new Error(`missing date ${id}`);
  return entry;
};

/** The tier rules of the brief, written out without sharing any code. */
function oracleTier(a: ClassificationAnswers): string {
  if (a.prohibitedPractices.length > 0) return 'prohibited';
  if (a.productSafetyComponent) return 'high';
  if (a.annexIIIArea !== 'none') {
    const derogationHolds = a.art6Exemption && !a.profilesNaturalPersons;
    if (!derogationHolds) return 'high';
  }
  if (a.transparency.length > 0) return 'limited';
  return 'minimal';
}

function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 0; mask < 1 << items.length; mask++) {
    out.push(items.filter((_, i) => mask & (1 << i)));
  }
  return out;
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}/g;

/** A result's reasons or obligations as one text, to find a citation in any line. */
const joined = (lines: readonly string[]) => lines.join('\n');

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
    expect(PROHIBITED_PRACTICES.map(o => o.article)).toEqual(
      'abcdefgh'.split('').map(letter => `Art. 5(1)(${letter})`),
    );
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

describe('classifyAiSystem, every combination', () => {
  it('matches the oracle tier and cites a provision in every line', () => {
    const practiceChoices: ProhibitedPractice[][] = [
      [],
      ...PROHIBITED_PRACTICES.map(o => [o.value]),
      PROHIBITED_PRACTICES.map(o => o.value),
    ];
    const triggerSubsets = subsets(TRANSPARENCY_TRIGGERS.map(o => o.value));
    const tableDates = new Set(
      EU_AI_ACT_APPLICATION_DATES.flatMap(d => [
        d.appliesFrom,
        d.originalDate ?? d.appliesFrom,
      ]),
    );
    const failures: string[] = [];
    const tiers = new Map<string, number>();
    let count = 0;

    for (const prohibitedPractices of practiceChoices) {
      for (const { value: annexIIIArea } of ANNEX_III_AREAS) {
        for (let flags = 0; flags < 8; flags++) {
          for (const transparency of triggerSubsets) {
            const a = answers({
              prohibitedPractices,
              annexIIIArea,
              productSafetyComponent: Boolean(flags & 1),
              art6Exemption: Boolean(flags & 2),
              profilesNaturalPersons: Boolean(flags & 4),
              transparency,
            });
            count++;
            const result = classifyAiSystem(a);
            const where = JSON.stringify(a);
            const expected = oracleTier(a);
            tiers.set(result.tier, (tiers.get(result.tier) ?? 0) + 1);
            if (result.tier !== expected) {
              failures.push(`${where}: tier ${result.tier}, want ${expected}`);
            }
            if (
              result.reasons.length === 0 ||
              result.obligations.length === 0
            ) {
              failures.push(`${where}: empty reasons or obligations`);
            }
            for (const line of [...result.reasons, ...result.obligations]) {
              if (!/Art\.|Annex/.test(line)) {
                failures.push(`${where}: no provision cited in "${line}"`);
              }
            }
            if (!result.obligations.some(o => o.includes('(Art. 4)'))) {
              failures.push(`${where}: no AI literacy duty`);
            }
            const cited: string[] =
              joined(result.obligations).match(ISO_DATE) ?? [];
            const own = new Set(
              result.applicationDates.flatMap(d => [
                d.appliesFrom,
                d.originalDate ?? d.appliesFrom,
              ]),
            );
            for (const d of cited) {
              if (!tableDates.has(d) || !own.has(d)) {
                failures.push(`${where}: date ${d} not from its dates`);
              }
            }
            const ids = result.applicationDates.map(d => d.id);
            if (new Set(ids).size !== ids.length) {
              failures.push(`${where}: repeated application dates`);
            }
            for (const d of result.applicationDates) {
              if (!cited.includes(d.appliesFrom)) {
                failures.push(`${where}: date ${d.id} listed but not cited`);
              }
            }
            if (expected !== 'prohibited') {
              const art50 = result.obligations.filter(o =>
                o.includes('(Art. 50('),
              );
              const want = transparency.length + (transparency.length ? 1 : 0);
              if (art50.length !== want) {
                failures.push(`${where}: ${art50.length} Art. 50 duties`);
              }
            }
          }
        }
      }
    }

    expect(count).toBe(10 * 9 * 8 * 32);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(new Set(tiers.keys())).toEqual(new Set(AI_RISK_TIERS));
  });
});

describe('classifyAiSystem, tiers and reasons', () => {
  it('names each prohibited practice, in questionnaire order, whatever the input order', () => {
    const result = classifyAiSystem(
      answers({
        prohibitedPractices: ['social-scoring', 'subliminal-manipulation'],
        annexIIIArea: 'employment',
        transparency: ['deepfake'],
      }),
    );
    expect(result.tier).toBe('prohibited');
    expect(result.reasons).toEqual([
      'It uses a prohibited practice: Subliminal or manipulative techniques (Art. 5(1)(a)).',
      'It uses a prohibited practice: Social scoring (Art. 5(1)(c)).',
    ]);
    expect(result.obligations[0]).toMatch(
      /^It must not be placed on the market, put into service or used .*\(Art\. 5\) — applies from 2025-02-02$/,
    );
    expect(result.obligations[1]).toMatch(/Art\. 99/);
    expect(result.applicationDates.map(d => d.id)).toEqual([
      'prohibitions',
      'ai-literacy',
      'governance-and-penalties',
    ]);
  });

  it('gives the same result for permuted lists', () => {
    const one = classifyAiSystem(
      answers({
        annexIIIArea: 'education',
        transparency: [
          'deepfake',
          'interacts-with-people',
          'emotion-recognition',
        ],
      }),
    );
    const two = classifyAiSystem(
      answers({
        annexIIIArea: 'education',
        transparency: [
          'emotion-recognition',
          'deepfake',
          'interacts-with-people',
        ],
      }),
    );
    expect(two).toEqual(one);
  });

  it('explains a minimal-risk system and points to voluntary codes', () => {
    const result = classifyAiSystem(answers());
    expect(result.tier).toBe('minimal');
    expect(result.reasons).toEqual([
      'It uses none of the prohibited practices (Art. 5).',
      'It is neither a safety component of an Annex I product nor used in an Annex III area, so it is not high-risk (Art. 6(1) and Art. 6(2)).',
      'No transparency trigger applies, so only the duties shared by every AI system remain and it is minimal risk (Art. 50 and Art. 95).',
    ]);
    expect(result.obligations).toHaveLength(2);
    expect(result.obligations[0]).toMatch(
      /\(Art\. 4\) — applies from 2025-02-02$/,
    );
    expect(result.obligations[1]).toMatch(
      /voluntary codes of conduct.*\(Art\. 95\)$/,
    );
  });

  it('lists the Art. 50 duties of each trigger for a limited-risk system', () => {
    const result = classifyAiSystem(
      answers({ transparency: TRANSPARENCY_TRIGGERS.map(o => o.value) }),
    );
    expect(result.tier).toBe('limited');
    for (const article of ['50(1)', '50(2)', '50(3)', '50(4)', '50(5)']) {
      expect(joined(result.obligations)).toContain(`(Art. ${article})`);
    }
    for (const trigger of TRANSPARENCY_TRIGGERS) {
      expect(result.reasons).toContain(
        `Transparency trigger: ${trigger.label} (${trigger.article}).`,
      );
    }
    expect(joined(result.reasons)).toContain('Annex III point 1');
    const transparency = date('transparency');
    const legacy = date('transparency-marking-legacy');
    expect(result.obligations.find(o => o.includes('(Art. 50(2))'))).toMatch(
      new RegExp(
        `applies from ${transparency.appliesFrom}; for generative systems already on the market before then, from ${legacy.appliesFrom} \\(moved from ${legacy.originalDate} by the Digital Omnibus on AI\\)$`,
      ),
    );
    expect(result.obligations.find(o => o.includes('(Art. 50(1))'))).toMatch(
      new RegExp(`— applies from ${transparency.appliesFrom}$`),
    );
  });

  it('keeps the Art. 50 duties of a high-risk system', () => {
    const result = classifyAiSystem(
      answers({
        annexIIIArea: 'employment',
        transparency: ['interacts-with-people'],
      }),
    );
    expect(result.tier).toBe('high');
    expect(joined(result.obligations)).toContain('(Art. 50(1))');
  });

  it('lists the high-risk duties with the moved Annex III date', () => {
    const result = classifyAiSystem(answers({ annexIIIArea: 'employment' }));
    const annexIII = date('high-risk-annex-iii');
    expect(result.tier).toBe('high');
    expect(result.reasons).toContain(
      'It is used in an Annex III area: Employment and workers (Art. 6(2) and Annex III point 4).',
    );
    const text = joined(result.obligations);
    for (const n of [9, 10, 11, 12, 13, 14, 15, 17, 26, 43, 49, 72, 73]) {
      expect(text).toMatch(new RegExp(`\\(Art\\. ${n}\\b`));
    }
    expect(joined(result.obligations)).not.toContain('Art. 27');
    const suffix = ` — applies from ${annexIII.appliesFrom} (moved from ${annexIII.originalDate} by the Digital Omnibus on AI)`;
    expect(result.obligations.filter(o => o.endsWith(suffix))).toHaveLength(13);
    expect(suffix).toBe(
      ' — applies from 2027-12-02 (moved from 2026-08-02 by the Digital Omnibus on AI)',
    );
  });

  it('dates the Annex I product route from the Annex I date and registers nothing in the EU database', () => {
    const result = classifyAiSystem(answers({ productSafetyComponent: true }));
    const annexI = date('high-risk-annex-i');
    expect(result.tier).toBe('high');
    expect(joined(result.reasons)).toContain('(Art. 6(1) and Annex I)');
    expect(result.applicationDates.map(d => d.id)).toEqual([
      'ai-literacy',
      'high-risk-annex-i',
    ]);
    expect(joined(result.obligations)).toContain(
      `applies from ${annexI.appliesFrom} (moved from ${annexI.originalDate}`,
    );
    expect(joined(result.obligations)).toContain('Art. 43(3)');
    expect(joined(result.obligations)).not.toContain('Art. 49');
  });

  it('dates a system that is high-risk on both grounds from the earlier date', () => {
    const result = classifyAiSystem(
      answers({ productSafetyComponent: true, annexIIIArea: 'education' }),
    );
    expect(result.applicationDates.map(d => d.id)).toEqual([
      'ai-literacy',
      'high-risk-annex-iii',
    ]);
    expect(joined(result.reasons)).toContain('Annex III point 3');
    expect(joined(result.reasons)).toContain('Annex I)');
  });
});

describe('classifyAiSystem, the Art. 6(3) derogation', () => {
  it('holds for an Annex III system that does not profile people, and asks for the Art. 6(4) record', () => {
    const result = classifyAiSystem(
      answers({ annexIIIArea: 'education', art6Exemption: true }),
    );
    expect(result.tier).toBe('minimal');
    expect(joined(result.reasons)).toMatch(
      /derogation is claimed and the system does not profile natural persons.*\(Art\. 6\(3\) and Art\. 6\(4\)\)/,
    );
    const record = result.obligations.find(o => o.includes('Art. 6(4)'));
    expect(record).toContain('Art. 49(2)');
    expect(record).toMatch(/applies from 2027-12-02/);
    expect(joined(result.obligations)).not.toContain('(Art. 9)');
  });

  it('holding, leaves a transparency trigger to decide the tier', () => {
    const result = classifyAiSystem(
      answers({
        annexIIIArea: 'migration',
        art6Exemption: true,
        transparency: ['interacts-with-people'],
      }),
    );
    expect(result.tier).toBe('limited');
    expect(joined(result.obligations)).toContain('Art. 6(4)');
  });

  it('never holds when the system profiles people', () => {
    const result = classifyAiSystem(
      answers({
        annexIIIArea: 'employment',
        art6Exemption: true,
        profilesNaturalPersons: true,
      }),
    );
    expect(result.tier).toBe('high');
    expect(joined(result.reasons)).toContain(
      'An Art. 6(3) derogation is claimed but cannot hold',
    );
    expect(joined(result.obligations)).not.toContain('Art. 6(4)');
  });

  it('says that profiling rules out the derogation even when none is claimed', () => {
    const result = classifyAiSystem(
      answers({ annexIIIArea: 'employment', profilesNaturalPersons: true }),
    );
    expect(result.tier).toBe('high');
    expect(joined(result.reasons)).toContain('It profiles natural persons');
  });

  it('changes nothing without an Annex III area', () => {
    const result = classifyAiSystem(answers({ art6Exemption: true }));
    expect(result.tier).toBe('minimal');
    expect(joined(result.reasons)).toContain('it changes nothing (Art. 6(3))');
    expect(joined(result.obligations)).not.toContain('Art. 6(4)');
  });

  it('does not lift the Annex I route', () => {
    const result = classifyAiSystem(
      answers({
        productSafetyComponent: true,
        annexIIIArea: 'essential-services',
        art6Exemption: true,
      }),
    );
    expect(result.tier).toBe('high');
    expect(joined(result.obligations)).toContain('Art. 6(4)');
    expect(joined(result.obligations)).not.toContain('Art. 27');
    expect(result.applicationDates.map(d => d.id)).toEqual([
      'ai-literacy',
      'high-risk-annex-iii',
      'high-risk-annex-i',
    ]);
  });
});

describe('classifyAiSystem, the fundamental rights impact assessment', () => {
  it('is listed for essential services, naming who must do it', () => {
    const result = classifyAiSystem(
      answers({ annexIIIArea: 'essential-services' }),
    );
    const fria = result.obligations.filter(o => o.includes('(Art. 27)'));
    expect(fria).toHaveLength(1);
    expect(fria[0]).toContain('public bodies');
    expect(fria[0]).toContain('public services');
    expect(fria[0]).toContain('Annex III point 5(b) and (c)');
    expect(fria[0]).toMatch(/applies from 2027-12-02/);
  });

  it('is left out for every other area', () => {
    for (const { value } of ANNEX_III_AREAS) {
      if (value === 'essential-services') continue;
      const result = classifyAiSystem(
        answers({ annexIIIArea: value, productSafetyComponent: true }),
      );
      expect(joined(result.obligations)).not.toContain('Art. 27');
    }
  });
});

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
