import type { AiRiskTier as Tier } from '../kinds';
import { classifyAiSystem } from './classify';
import {
  OPERATOR_ROLES,
  type ClassificationAnswers,
  type OperatorRole,
} from './questions';
import { TIER_ANSWERS, answers, citedDates, joined } from './testFixtures';

const PROVIDER_HIGH = [
  '(Art. 9)',
  '(Art. 10)',
  '(Art. 11)',
  '(Art. 12)',
  '(Art. 13)',
  '(Art. 14)',
  '(Art. 15)',
  '(Art. 16)',
  '(Art. 17)',
  '(Art. 18)',
  '(Art. 19)',
  '(Art. 20)',
  '(Art. 43, Art. 47 and Art. 48)',
  '(Art. 49(1) and Art. 71)',
  '(Art. 72)',
  '(Art. 73)',
];
const DEPLOYER_HIGH = [
  '(Art. 26(1), (2) and (4))',
  '(Art. 26(5))',
  '(Art. 26(6))',
  '(Art. 26(7))',
  '(Art. 26(8) and Art. 49(3))',
  '(Art. 26(9))',
  '(Art. 26(11))',
  '(Art. 26(12))',
  '(Art. 86)',
  '(Art. 25(1))',
];
const IMPORTER_HIGH = [
  '(Art. 23(1))',
  '(Art. 23(2))',
  '(Art. 23(3) and (4))',
  '(Art. 23(5) to (7))',
  '(Art. 25(1))',
];
const DISTRIBUTOR_HIGH = [
  '(Art. 24(1))',
  '(Art. 24(2) and (3))',
  '(Art. 24(4))',
  '(Art. 24(5) and (6))',
  '(Art. 25(1))',
];
const REPRESENTATIVE_HIGH = [
  '(Art. 22(1) to (3))',
  '(Art. 22(3)(a))',
  '(Art. 22(3)(b) to (d))',
  '(Art. 22(3)(e) and Art. 49(1))',
  '(Art. 22(4))',
];
const LITERACY = '(Art. 4)';
const NONE_OF_ART_50 = 'None of the transparency duties that apply';

/** The citations each role's list ends its lines with, beyond Art. 4, for each tier: exactly these, in this order. */
const EXPECTED: Record<OperatorRole, Record<Tier, string[]>> = {
  provider: {
    prohibited: ['(Art. 5)', '(Art. 99(3))'],
    high: PROVIDER_HIGH,
    limited: ['(Art. 50(1))', '(Art. 50(2))', '(Art. 50(5))'],
    minimal: ['(Art. 95)'],
  },
  deployer: {
    prohibited: ['(Art. 5)', '(Art. 99(3))'],
    high: DEPLOYER_HIGH,
    limited: ['(Art. 50(4))', '(Art. 50(3))', '(Art. 50(3))', '(Art. 50(5))'],
    minimal: ['(Art. 95)'],
  },
  importer: {
    prohibited: ['(Art. 5)', '(Art. 99(3))'],
    high: IMPORTER_HIGH,
    limited: ['(Art. 50)'],
    minimal: ['(Art. 95)'],
  },
  distributor: {
    prohibited: ['(Art. 5)', '(Art. 99(3))'],
    high: DISTRIBUTOR_HIGH,
    limited: ['(Art. 50)'],
    minimal: ['(Art. 95)'],
  },
  'authorised-representative': {
    prohibited: ['(Art. 5)', '(Art. 99(3))'],
    high: REPRESENTATIVE_HIGH,
    limited: ['(Art. 50)'],
    minimal: ['(Art. 95)'],
  },
  'product-manufacturer': {
    prohibited: ['(Art. 5)', '(Art. 99(3))'],
    high: ['(Art. 25(1))'],
    limited: ['(Art. 50)'],
    minimal: ['(Art. 95)'],
  },
};

/** The citation a line ends with, before any date: the last balanced parenthesis. */
function citation(line: string): string | undefined {
  const text = line.replace(/ — applies from .*$/, '');
  if (!text.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    if (text[i] === '(') depth--;
    if (depth === 0) return text.slice(i);
  }
  return undefined;
}

const cases = OPERATOR_ROLES.flatMap(({ value: role }) =>
  (['prohibited', 'high', 'limited', 'minimal'] as const).map(
    tier => [role, tier] as const,
  ),
);

describe('classifyAiSystem, one role at each tier', () => {
  it.each(cases)(
    'lists exactly the duties of the role %s at the %s tier',
    (role, tier) => {
      const result = classifyAiSystem(
        answers({ ...TIER_ANSWERS[tier], operatorRoles: [role] }),
      );
      expect(result.tier).toBe(tier);
      expect(result.roles).toEqual([role]);
      expect(Object.keys(result.obligationsByRole)).toEqual([role]);
      const lines = result.obligationsByRole[role]!;
      expect(result.obligations).toEqual(lines);
      // Art. 4 binds every role; the prohibition lines come first for the
      // prohibited tier, as they did before roles were asked.
      const own = lines.filter(l => !l.includes(LITERACY));
      expect(lines.filter(l => l.includes(LITERACY))).toHaveLength(1);
      expect(own.map(citation)).toEqual(EXPECTED[role][tier]);
      // A role without an Art. 50 duty is told so at the limited tier.
      expect(own[0].includes(NONE_OF_ART_50)).toBe(
        tier === 'limited' && EXPECTED[role].limited[0] === '(Art. 50)',
      );
      expect(result.fundamentalRightsImpactAssessment).toBe(false);
      expect(result.gpaiObligations).toEqual([]);
      expect(result.reasons[result.reasons.length - 1]).toBe(
        `The duties listed are those of the organisation’s role: ${
          OPERATOR_ROLES.find(o => o.value === role)!.label
        } (${OPERATOR_ROLES.find(o => o.value === role)!.article}).`,
      );
    },
  );

  it.each(OPERATOR_ROLES.map(o => o.value))(
    'never gives the role %s a duty of another role',
    role => {
      const others = OPERATOR_ROLES.filter(o => o.value !== role).map(
        o => o.value,
      );
      const all = (['high', 'limited'] as const).flatMap(tier =>
        classifyAiSystem(
          answers({ ...TIER_ANSWERS[tier], operatorRoles: [role] }),
        ).obligations.map(citation),
      );
      const ownCitations = new Set(
        (['high', 'limited'] as const).flatMap(t => EXPECTED[role][t]),
      );
      const foreign = others
        .flatMap(o =>
          (['high', 'limited'] as const).flatMap(t => EXPECTED[o][t]),
        )
        .filter(c => !ownCitations.has(c));
      for (const c of foreign) expect(all).not.toContain(c);
    },
  );
});

describe('classifyAiSystem, the product manufacturer of an Annex I product', () => {
  it('counts as provider and takes on the provider duties, without Annex III registration', () => {
    const result = classifyAiSystem(
      answers({
        productSafetyComponent: true,
        operatorRoles: ['product-manufacturer'],
      }),
    );
    const lines = result.obligationsByRole['product-manufacturer']!;
    expect(lines.map(citation)).toEqual([
      '(Art. 4)',
      '(Art. 25(3))',
      ...PROVIDER_HIGH.filter(c => !c.includes('Art. 49')).map(c =>
        c === '(Art. 43, Art. 47 and Art. 48)'
          ? '(Art. 43(3), Art. 47 and Art. 48)'
          : c,
      ),
    ]);
    expect(joined(lines)).not.toContain('(Art. 25(1))');
    expect(result.applicationDates.map(d => d.id)).toEqual([
      'ai-literacy',
      'high-risk-annex-i',
    ]);
  });

  it('shares the provider lines with a provider in the union, once each', () => {
    const result = classifyAiSystem(
      answers({
        productSafetyComponent: true,
        operatorRoles: ['product-manufacturer', 'provider'],
      }),
    );
    expect(result.roles).toEqual(['provider', 'product-manufacturer']);
    expect(result.obligations.filter(l => l.includes('(Art. 9)'))).toHaveLength(
      1,
    );
    expect(result.obligations[result.obligations.length - 1]).toContain(
      '(Art. 25(3))',
    );
  });
});

describe('classifyAiSystem, several roles', () => {
  const subsets = Array.from({ length: 63 }, (_unused, i) =>
    OPERATOR_ROLES.filter((_role, bit) => (i + 1) & (1 << bit)).map(
      o => o.value,
    ),
  );
  const scenarios: Partial<ClassificationAnswers>[] = [
    ...Object.values(TIER_ANSWERS),
    { annexIIIArea: 'essential-services', annexIIIUseCase: '5b' },
    { productSafetyComponent: true, transparency: ['deepfake'] },
    { gpaiModel: 'systemic-risk', transparency: ['interacts-with-people'] },
  ];

  it('unites the role lists in role order, every date cited and listed, for every set of roles', () => {
    const failures: string[] = [];
    for (const scenario of scenarios) {
      for (const roles of subsets) {
        const given = [...roles].reverse();
        const result = classifyAiSystem(
          answers({ ...scenario, operatorRoles: given }),
        );
        const where = `${JSON.stringify(scenario)} ${roles.join(',')}`;
        if (JSON.stringify(result.roles) !== JSON.stringify(roles)) {
          failures.push(`${where}: roles ${result.roles}`);
        }
        // Every list starts with the every-role lines, so the union in role
        // order is the lists one after the other, repeats dropped.
        const lists = roles.map(r => result.obligationsByRole[r] ?? []);
        const union = [
          ...new Set([...lists.flat(), ...result.gpaiObligations]),
        ];
        if (JSON.stringify(result.obligations) !== JSON.stringify(union)) {
          failures.push(`${where}: union differs`);
        }
        if (
          result.tier !== 'prohibited' &&
          !lists.every(l => l[0] === result.obligations[0])
        ) {
          failures.push(`${where}: every-role lines not first`);
        }
        const cited = new Set(citedDates(result.obligations));
        for (const d of result.applicationDates) {
          if (!cited.has(d.appliesFrom)) failures.push(`${where}: ${d.id}`);
        }
        if (new Set(result.obligations).size !== result.obligations.length) {
          failures.push(`${where}: repeated line`);
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('orders the union: every role’s lines, then the provider’s, then the deployer’s', () => {
    const result = classifyAiSystem(
      answers({
        annexIIIArea: 'employment',
        transparency: ['interacts-with-people', 'deepfake'],
        operatorRoles: ['deployer', 'provider'],
      }),
    );
    const at = (c: string) =>
      result.obligations.findIndex(l => citation(l) === c);
    expect(at('(Art. 4)')).toBe(0);
    expect(at('(Art. 9)')).toBe(1);
    expect(at('(Art. 73)')).toBeLessThan(at('(Art. 50(1))'));
    expect(at('(Art. 50(1))')).toBeLessThan(at('(Art. 26(5))'));
    expect(at('(Art. 26(5))')).toBeLessThan(at('(Art. 50(4))'));
    expect(
      result.obligations.filter(l => l.includes('(Art. 50(5))')),
    ).toHaveLength(1);
  });

  it('covers a provider and a deployer when no role is answered, and says so', () => {
    const result = classifyAiSystem(answers({ annexIIIArea: 'education' }));
    expect(result.roles).toEqual(['provider', 'deployer']);
    expect(Object.keys(result.obligationsByRole)).toEqual([
      'provider',
      'deployer',
    ]);
    expect(result.reasons).toContain(
      'No operator role was answered, so the duties listed are those of a provider and a deployer; answer the roles to list only those that apply (Art. 3(3) and Art. 3(4)).',
    );
    const explicit = classifyAiSystem(
      answers({
        annexIIIArea: 'education',
        operatorRoles: ['provider', 'deployer'],
      }),
    );
    expect(explicit.obligations).toEqual(result.obligations);
    expect(explicit.reasons).not.toEqual(result.reasons);
  });

  it('words Art. 4 as amended, for every role', () => {
    const result = classifyAiSystem(
      answers({ operatorRoles: OPERATOR_ROLES.map(o => o.value) }),
    );
    for (const role of OPERATOR_ROLES) {
      expect(result.obligationsByRole[role.value]![0]).toMatch(
        /^Take measures that support enough AI literacy .*Digital Omnibus on AI.*\(Art\. 4\) — applies from 2025-02-02$/,
      );
    }
  });
});
