import { AI_RISK_TIERS } from '../kinds';
import { EU_AI_ACT_APPLICATION_DATES } from './applicationDates';
import { classifyAiSystem } from './classify';
import {
  ANNEX_III_AREAS,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
  type ClassificationAnswers,
  type ProhibitedPractice,
} from './questions';
import { answers, claim, date, joined } from './testFixtures';

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

/** The sentence a result without roles ends its reasons with. */
const DEFAULT_ROLES_REASON =
  'No operator role was answered, so the duties listed are those of a provider and a deployer; answer the roles to list only those that apply (Art. 3(3) and Art. 3(4)).';

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
              ...(flags & 2 ? claim() : {}),
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

    // No practice, each of the nine alone, all nine together.
    expect(count).toBe(11 * 9 * 8 * 32);
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
      DEFAULT_ROLES_REASON,
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
      DEFAULT_ROLES_REASON,
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
    for (const n of [
      9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 25, 26, 43, 49, 72, 73, 86,
    ]) {
      expect(text).toMatch(new RegExp(`\\(Art\\. ${n}\\b`));
    }
    expect(joined(result.obligations)).not.toContain('Art. 27');
    const suffix = ` — applies from ${annexIII.appliesFrom} (moved from ${annexIII.originalDate} by the Digital Omnibus on AI)`;
    // Every high-risk duty of the provider (16 lines) and the deployer (10)
    // carries the date; only Art. 4 has another.
    expect(result.obligations.filter(o => o.endsWith(suffix))).toHaveLength(26);
    expect(result.obligations).toHaveLength(27);
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
      answers({ annexIIIArea: 'education', ...claim() }),
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
        ...claim(),
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
        ...claim(),
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
    const result = classifyAiSystem(answers(claim()));
    expect(result.tier).toBe('minimal');
    expect(joined(result.reasons)).toContain('it changes nothing (Art. 6(3))');
    expect(joined(result.obligations)).not.toContain('Art. 6(4)');
  });

  it('does not lift the Annex I route', () => {
    const result = classifyAiSystem(
      answers({
        productSafetyComponent: true,
        annexIIIArea: 'essential-services',
        ...claim(),
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
