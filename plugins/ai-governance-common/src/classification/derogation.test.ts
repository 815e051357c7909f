import { classifyAiSystem } from './classify';
import {
  ANNEX_III_AREAS,
  ART6_CONDITIONS,
  PROHIBITED_PRACTICES,
  type Art6Condition,
} from './questions';
import { answers, claim, date, joined } from './testFixtures';

const RECORD = '(Art. 6(4) and Art. 49(2))';
const AREAS = ANNEX_III_AREAS.filter(o => o.value !== 'none').map(o => o.value);

describe('classifyAiSystem, the justified Art. 6(3) derogation', () => {
  it('refuses a derogation without its condition, naming art6Condition', () => {
    expect(() =>
      classifyAiSystem(
        answers({
          annexIIIArea: 'employment',
          art6Exemption: true,
          art6Justification: 'It only sorts the CVs by date received.',
        }),
      ),
    ).toThrow(
      new Error(
        'art6Condition is required when art6Exemption is true: one of a, b, c, d',
      ),
    );
  });

  it('refuses a derogation without a written justification, naming art6Justification', () => {
    expect(() =>
      classifyAiSystem(
        answers({
          annexIIIArea: 'employment',
          art6Exemption: true,
          art6Condition: 'a',
          art6Justification: '   ',
        }),
      ),
    ).toThrow(/^art6Justification must not be blank/);
  });

  it.each(
    ART6_CONDITIONS.flatMap(c => AREAS.map(area => [c.value, area] as const)),
  )(
    'holds under condition (%s) in the area %s: not high-risk, with the Art. 6(4) record and Art. 49(2) registration',
    (condition, area) => {
      const result = classifyAiSystem(
        answers({ annexIIIArea: area, ...claim(condition) }),
      );
      expect(result.tier).toBe('minimal');
      const record = result.obligationsByRole.provider!.filter(l =>
        l.includes(RECORD),
      );
      expect(record).toHaveLength(1);
      expect(record[0]).toMatch(
        new RegExp(
          `— applies from ${
            date('high-risk-annex-iii').appliesFrom
          } \\(moved from`,
        ),
      );
      expect(result.obligationsByRole.deployer!.join()).not.toContain(RECORD);
      const option = ART6_CONDITIONS.find(o => o.value === condition)!;
      expect(result.reasons).toContainEqual(
        expect.stringContaining(
          `The derogation rests on condition (${condition}), ${option.label.toLowerCase()}, and on the written justification kept with the assessment: “It only sorts incoming applications`,
        ),
      );
      expect(joined(result.reasons)).toContain(`(${option.article}).`);
      expect(joined(result.obligations)).not.toContain('(Art. 9)');
    },
  );

  it.each(ART6_CONDITIONS.map(o => o.value))(
    'never holds under condition (%s) when the system profiles people',
    (condition: Art6Condition) => {
      const result = classifyAiSystem(
        answers({
          annexIIIArea: 'essential-services',
          ...claim(condition),
          profilesNaturalPersons: true,
        }),
      );
      expect(result.tier).toBe('high');
      expect(joined(result.obligations)).not.toContain(RECORD);
      expect(joined(result.obligations)).toContain('(Art. 9)');
      expect(joined(result.reasons)).toContain(
        'An Art. 6(3) derogation is claimed but cannot hold',
      );
      expect(joined(result.reasons)).not.toContain('rests on condition');
    },
  );

  it('quotes the justification on one line, shortened, and keeps it whole in the answers only', () => {
    const long = `It only converts\n\nscanned   forms into text. ${'The officer reads every form. '.repeat(
      12,
    )}`;
    const result = classifyAiSystem(
      answers({ annexIIIArea: 'migration', ...claim('a', long) }),
    );
    const reason = result.reasons.find(r => r.includes('rests on condition'))!;
    expect(reason).toContain('“It only converts scanned forms into text.');
    expect(reason).toMatch(/…” \(Art\. 6\(3\)\(a\)\)\.$/);
    expect(reason.length).toBeLessThan(long.length);
  });

  it('leaves the record to the provider: a deployer relying on the derogation gets none', () => {
    const result = classifyAiSystem(
      answers({
        annexIIIArea: 'education',
        ...claim('b'),
        operatorRoles: ['deployer'],
      }),
    );
    expect(result.tier).toBe('minimal');
    expect(joined(result.obligations)).not.toContain(RECORD);
    expect(joined(result.reasons)).toContain('rests on condition (b)');
  });

  it('ends the minimal-risk provider list with Art. 95, after the record', () => {
    const result = classifyAiSystem(
      answers({ annexIIIArea: 'education', ...claim('c') }),
    );
    const provider = result.obligationsByRole.provider!;
    expect(provider[provider.length - 2]).toContain(RECORD);
    expect(provider[provider.length - 1]).toContain('(Art. 95)');
  });
});

describe('classifyAiSystem, the prohibited practice added by the amendment', () => {
  const practice = PROHIBITED_PRACTICES.find(
    o => o.value === 'non-consensual-intimate-imagery',
  )!;

  it('is listed with the amendment as its source', () => {
    expect(practice.article).toBe(
      'Art. 5(1) as amended by the Digital Omnibus on AI',
    );
  });

  it('makes the system prohibited from its own date, as adopted but not verified', () => {
    const result = classifyAiSystem(
      answers({ prohibitedPractices: ['non-consensual-intimate-imagery'] }),
    );
    expect(result.tier).toBe('prohibited');
    expect(result.reasons[0]).toBe(
      `It uses a prohibited practice: ${practice.label} (${practice.article}).`,
    );
    expect(result.obligations[0]).toMatch(
      /^It must not be placed on the market, put into service or used in the EU, as the Digital Omnibus on AI bans .*— applies from 2026-12-02 \(added by the Digital Omnibus on AI\)$/,
    );
    const ids = result.applicationDates.map(d => d.id);
    expect(ids).toContain('prohibition-intimate-imagery');
    expect(ids).not.toContain('prohibitions');
    const entry = result.applicationDates.find(
      d => d.id === 'prohibition-intimate-imagery',
    )!;
    expect(entry).toMatchObject({
      status: 'adopted',
      confidence: 'medium',
      referenceConfidence: 'low',
    });
    expect(entry.source).toMatch(
      /^Digital Omnibus on AI \(Regulation \(EU\) 2026\/1744, reported\)/,
    );
  });

  it('keeps the original bans on their own date when combined with another practice', () => {
    const result = classifyAiSystem(
      answers({
        prohibitedPractices: [
          'non-consensual-intimate-imagery',
          'social-scoring',
        ],
      }),
    );
    expect(result.obligations[0]).toMatch(
      /\(Art\. 5\) — applies from 2025-02-02$/,
    );
    expect(result.obligations[1]).toMatch(/— applies from 2026-12-02/);
    expect(result.reasons.slice(0, 2)).toEqual([
      'It uses a prohibited practice: Social scoring (Art. 5(1)(c)).',
      `It uses a prohibited practice: ${practice.label} (${practice.article}).`,
    ]);
  });
});
