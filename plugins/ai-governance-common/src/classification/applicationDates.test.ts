import { isoDateSchema } from '../records';
import { EU_AI_ACT_APPLICATION_DATES } from './applicationDates';
import { classifyAiSystem } from './classify';
import { claim } from './testFixtures';
import {
  ANNEX_III_AREAS,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
} from './questions';

const byId = (id: string) => EU_AI_ACT_APPLICATION_DATES.find(d => d.id === id);

describe('EU_AI_ACT_APPLICATION_DATES', () => {
  it('has unique kebab-case ids and real calendar dates, earliest first', () => {
    const ids = EU_AI_ACT_APPLICATION_DATES.map(d => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of EU_AI_ACT_APPLICATION_DATES) {
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(isoDateSchema.safeParse(entry.appliesFrom).success).toBe(true);
      expect(entry.covers.trim()).not.toBe('');
      expect(entry.source).toMatch(
        /^(Regulation \(EU\) 2024\/1689, Art\. \d+|Digital Omnibus on AI)/,
      );
      expect(['high', 'medium', 'low']).toContain(entry.confidence);
    }
    const dates = EU_AI_ACT_APPLICATION_DATES.map(d => d.appliesFrom);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives every moved date both the amending act and the earlier date', () => {
    const amended = EU_AI_ACT_APPLICATION_DATES.filter(d => d.amendedBy);
    expect(amended.length).toBeGreaterThan(0);
    for (const entry of EU_AI_ACT_APPLICATION_DATES) {
      expect(Boolean(entry.amendedBy)).toBe(Boolean(entry.originalDate));
    }
    for (const entry of amended) {
      expect(entry.amendedBy).toMatch(/^Digital Omnibus on AI \(.*reported\)$/);
      expect(isoDateSchema.safeParse(entry.originalDate).success).toBe(true);
      expect(entry.originalDate! < entry.appliesFrom).toBe(true);
      // Reported by secondary sources only, so never marked as checked.
      expect(entry.confidence).not.toBe('high');
    }
  });

  it('carries the dates of Art. 113 as adopted and the Digital Omnibus as reported', () => {
    const summary = (id: string) => {
      const entry = byId(id);
      return entry && [entry.appliesFrom, entry.originalDate ?? null];
    };
    expect(summary('entry-into-force')).toEqual(['2024-08-01', null]);
    expect(summary('prohibitions')).toEqual(['2025-02-02', null]);
    expect(summary('ai-literacy')).toEqual(['2025-02-02', null]);
    expect(summary('gpai')).toEqual(['2025-08-02', null]);
    expect(summary('governance-and-penalties')).toEqual(['2025-08-02', null]);
    expect(summary('transparency')).toEqual(['2026-08-02', null]);
    expect(summary('transparency-marking-legacy')).toEqual([
      '2026-12-02',
      '2026-08-02',
    ]);
    expect(summary('prohibition-intimate-imagery')).toEqual([
      '2026-12-02',
      null,
    ]);
    expect(summary('regulatory-sandboxes')).toEqual([
      '2027-08-02',
      '2026-08-02',
    ]);
    expect(summary('high-risk-annex-iii')).toEqual([
      '2027-12-02',
      '2026-08-02',
    ]);
    expect(summary('high-risk-annex-i')).toEqual(['2028-08-02', '2027-08-02']);
    expect(summary('gpai-legacy-models')).toEqual(['2027-08-02', null]);
    expect(summary('high-risk-legacy-public-authorities')).toEqual([
      '2030-08-02',
      null,
    ]);
    expect(summary('large-scale-it-systems')).toEqual(['2030-12-31', null]);
    expect(byId('high-risk-annex-i')?.source).toBe(
      'Regulation (EU) 2024/1689, Art. 113(c)',
    );
  });

  it('gives every date its status: in force for the Act as adopted, adopted for the amendment whose reference is unverified', () => {
    for (const entry of EU_AI_ACT_APPLICATION_DATES) {
      const byAmendment =
        entry.amendedBy !== undefined ||
        entry.source.startsWith('Digital Omnibus on AI');
      expect([entry.id, entry.status]).toEqual([
        entry.id,
        byAmendment ? 'adopted' : 'in-force',
      ]);
      // The Official Journal reference comes from secondary sources only.
      expect([entry.id, entry.referenceConfidence]).toEqual([
        entry.id,
        byAmendment ? 'low' : undefined,
      ]);
      expect(byAmendment && entry.confidence === 'high').toBe(false);
    }
    expect(
      EU_AI_ACT_APPLICATION_DATES.filter(d => d.status === 'adopted').map(
        d => d.id,
      ),
    ).toEqual([
      'transparency-marking-legacy',
      'prohibition-intimate-imagery',
      'regulatory-sandboxes',
      'high-risk-annex-iii',
      'high-risk-annex-i',
    ]);
  });

  it('cannot be changed by a consumer', () => {
    expect(Object.isFrozen(EU_AI_ACT_APPLICATION_DATES)).toBe(true);
    expect(EU_AI_ACT_APPLICATION_DATES.every(Object.isFrozen)).toBe(true);
    const result = classifyAiSystem({
      prohibitedPractices: [],
      annexIIIArea: 'education',
      productSafetyComponent: false,
      art6Exemption: false,
      profilesNaturalPersons: false,
      transparency: [],
    });
    result.applicationDates[0].appliesFrom = '1999-01-01';
    expect(EU_AI_ACT_APPLICATION_DATES.map(d => d.appliesFrom)).not.toContain(
      '1999-01-01',
    );
  });

  it('is where every date an obligation cites comes from', () => {
    const table = new Map(EU_AI_ACT_APPLICATION_DATES.map(d => [d.id, d]));
    const seen = new Set<string>();
    for (const prohibited of [[], [PROHIBITED_PRACTICES[0].value]]) {
      for (const { value: area } of ANNEX_III_AREAS) {
        for (let flags = 0; flags < 8; flags++) {
          const result = classifyAiSystem({
            prohibitedPractices: prohibited,
            annexIIIArea: area,
            productSafetyComponent: Boolean(flags & 1),
            art6Exemption: false,
            ...(flags & 2 ? claim() : {}),
            profilesNaturalPersons: Boolean(flags & 4),
            transparency: TRANSPARENCY_TRIGGERS.map(o => o.value),
          });
          const allowed = new Set(
            result.applicationDates.flatMap(d => {
              expect(table.get(d.id)).toEqual(d);
              seen.add(d.id);
              return [d.appliesFrom, d.originalDate ?? d.appliesFrom];
            }),
          );
          const cited =
            result.obligations.join('\n').match(/\d{4}-\d{2}-\d{2}/g) ?? [];
          expect(cited.length).toBeGreaterThan(0);
          for (const d of cited) expect(allowed).toContain(d);
        }
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'ai-literacy',
        'governance-and-penalties',
        'high-risk-annex-i',
        'high-risk-annex-iii',
        'prohibitions',
        'transparency',
        'transparency-marking-legacy',
      ].sort(),
    );
  });
});
