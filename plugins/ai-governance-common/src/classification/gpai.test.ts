import type { AiRiskTier } from '../kinds';
import { classifyAiSystem } from './classify';
import type { GpaiModel } from './questions';
import { TIER_ANSWERS, answers, date, joined } from './testFixtures';

const ALL_MODELS = [
  '(Art. 53(1)(a) and Annex XI)',
  '(Art. 53(1)(b) and Annex XII)',
  '(Art. 53(1)(c))',
  '(Art. 53(1)(d))',
  '(Art. 54)',
];
const SYSTEMIC = [
  '(Art. 52(1))',
  '(Art. 55(1)(a))',
  '(Art. 55(1)(b))',
  '(Art. 55(1)(c))',
  '(Art. 55(1)(d))',
];
const OPEN_SOURCE = '(Art. 53(2) and Art. 54(6))';
const FINES = '(Art. 101)';

const gpai = (gpaiModel: GpaiModel | undefined, tier: AiRiskTier = 'minimal') =>
  classifyAiSystem(answers({ ...TIER_ANSWERS[tier], gpaiModel }));

const ending = (line: string) => line.replace(/ — applies from .*$/, '');

describe('classifyAiSystem, general-purpose AI models (Arts. 51 to 55)', () => {
  it.each([undefined, 'none'] as const)(
    'lists no model duties for %p',
    model => {
      const result = gpai(model);
      expect(result.gpaiObligations).toEqual([]);
      expect(joined(result.obligations)).not.toMatch(/Art\. 5[1-5]/);
      expect(result.applicationDates.map(d => d.id)).not.toContain('gpai');
    },
  );

  it.each([
    ['general-purpose', [...ALL_MODELS, OPEN_SOURCE, FINES]],
    ['systemic-risk', [...ALL_MODELS, ...SYSTEMIC, FINES]],
  ] as [GpaiModel, string[]][])(
    'lists exactly the duties of a %s model',
    (model, citations) => {
      const result = gpai(model);
      expect(result.gpaiObligations).toHaveLength(citations.length);
      result.gpaiObligations.forEach((line, i) =>
        expect(ending(line).endsWith(citations[i])).toBe(true),
      );
    },
  );

  it('adds evaluation, adversarial testing, incident reporting and cybersecurity for systemic risk only', () => {
    const general = joined(gpai('general-purpose').gpaiObligations);
    const systemic = joined(gpai('systemic-risk').gpaiObligations);
    for (const words of [
      'adversarial testing',
      'serious incidents',
      'cybersecurity',
      'Notify the Commission',
    ]) {
      expect(general).not.toContain(words);
      expect(systemic).toContain(words);
    }
    expect(systemic).not.toContain('free and open-source');
    expect(general).toContain('free and open-source');
  });

  it.each(['general-purpose', 'systemic-risk'] as GpaiModel[])(
    'dates the %s duties from the GPAI date, with the later date for models already on the market',
    model => {
      const result = gpai(model);
      const start = date('gpai');
      const legacy = date('gpai-legacy-models');
      const fines = date('general-application');
      const fined = result.gpaiObligations.filter(l => l.includes(FINES));
      const dated = result.gpaiObligations.filter(
        l => !l.includes(FINES) && !l.includes(OPEN_SOURCE),
      );
      expect(fined).toHaveLength(1);
      expect(fined[0]).toMatch(
        new RegExp(`— applies from ${fines.appliesFrom}$`),
      );
      expect(dated.length).toBeGreaterThanOrEqual(5);
      for (const line of dated) {
        expect(line).toMatch(
          new RegExp(
            `— applies from ${start.appliesFrom}; for models placed on the market before then, from ${legacy.appliesFrom}$`,
          ),
        );
      }
      const dates = result.applicationDates.filter(d =>
        ['gpai', 'gpai-legacy-models', 'general-application'].includes(d.id),
      );
      expect(dates.map(d => [d.id, d.status, d.confidence])).toEqual([
        ['gpai', 'in-force', 'high'],
        ['general-application', 'in-force', 'high'],
        ['gpai-legacy-models', 'in-force', 'high'],
      ]);
      expect(
        dates.every(d => d.source.startsWith('Regulation (EU) 2024/1689')),
      ).toBe(true);
    },
  );

  it.each(
    (['general-purpose', 'systemic-risk'] as GpaiModel[]).flatMap(model =>
      (Object.keys(TIER_ANSWERS) as AiRiskTier[]).map(
        tier => [model, tier] as const,
      ),
    ),
  )('lists the %s duties the same way at the %s tier, last', (model, tier) => {
    const result = gpai(model, tier);
    expect(result.tier).toBe(tier);
    expect(result.gpaiObligations).toEqual(gpai(model).gpaiObligations);
    expect(result.obligations.slice(-result.gpaiObligations.length)).toEqual(
      result.gpaiObligations,
    );
    for (const lines of Object.values(result.obligationsByRole)) {
      for (const line of result.gpaiObligations) {
        expect(lines).not.toContain(line);
      }
    }
  });

  it('does not depend on the operator roles, since answering it means providing the model', () => {
    const asDeployer = classifyAiSystem(
      answers({ operatorRoles: ['deployer'], gpaiModel: 'systemic-risk' }),
    );
    expect(asDeployer.gpaiObligations).toEqual(
      gpai('systemic-risk').gpaiObligations,
    );
  });

  it('says why, citing the articles', () => {
    expect(joined(gpai('general-purpose').reasons)).toContain(
      'The organisation provides a general-purpose AI model, which brings the model provider’s duties whatever the tier of this system (Art. 53 and Art. 54).',
    );
    expect(joined(gpai('systemic-risk').reasons)).toContain(
      '(Art. 51, Art. 52 and Art. 55).',
    );
    expect(joined(gpai('none').reasons)).not.toContain('general-purpose');
  });
});
