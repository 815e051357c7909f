import fc from 'fast-check';
import {
  ANNEX_III_AREAS,
  ANNEX_III_USE_CASES,
  ART6_CONDITIONS,
  DEFAULT_CLASSIFICATION_ANSWERS,
  GPAI_MODEL_OPTIONS,
  OPERATOR_ROLES,
  PROHIBITED_PRACTICES,
  REQUIRED_CLASSIFICATION_ANSWER_FIELDS,
  TRANSPARENCY_TRIGGERS,
  classifyAiSystem,
  type ClassificationAnswers,
  type ProhibitedPractice,
} from '../classification';
import { aiSystemEntityV1alpha1Schema } from '../kinds';
import {
  AI_RISK_SCENARIOS,
  ANNEX_A_CONTROL_IDS,
  riskScenariosFor,
} from '../library';
import {
  assessmentCreateSchema,
  controlPutSchema,
  riskCreateSchema,
} from '../records';
import { buildGovernanceBaseline } from './baseline';
import {
  AI_SOURCING_MODES,
  SUPPLIER_CONTRACT_STATUSES,
  type GovernanceBaselineInput,
  type SupplierDetails,
} from './types';

const OWNER = 'group:default/payments-risk';
/** The system types the AiSystem kind documents; any other string is allowed too. */
const SYSTEM_TYPES =
  aiSystemEntityV1alpha1Schema.properties.spec.properties.type.examples;
// Written out rather than imported: which controls a service buyer may
// exclude is a Statement of Applicability decision, so a change must fail here.
const DEV_ONLY = [
  'A.6.1.2',
  'A.6.1.3',
  'A.6.2.2',
  'A.6.2.3',
  'A.7.2',
  'A.7.5',
  'A.7.6',
];
const SUPPLIER_SCENARIOS = AI_RISK_SCENARIOS.filter(
  s => s.category === 'supplier',
).map(s => s.id);

const supplier = (
  overrides: Partial<SupplierDetails> = {},
): SupplierDetails => ({
  name: 'Acme Models Ltd',
  contractStatus: 'signed',
  dataShared: ['support tickets', 'product catalogue'],
  ...overrides,
});

const input = (
  overrides: Partial<GovernanceBaselineInput> = {},
): GovernanceBaselineInput => ({
  systemType: 'llm-application',
  answers: { ...DEFAULT_CLASSIFICATION_ANSWERS, transparency: [] },
  owner: OWNER,
  sourcing: 'in-house',
  ...overrides,
});

const control = (
  baseline: ReturnType<typeof buildGovernanceBaseline>,
  id: string,
) => baseline.controls.find(c => c.controlId === id)!;

/** Valid, non-prohibited answers, with or without the answers added with operator roles. */
const answersArb: fc.Arbitrary<ClassificationAnswers> = fc
  .record(
    {
      operatorRoles: fc.subarray(
        OPERATOR_ROLES.map(o => o.value),
        {
          minLength: 1,
        },
      ),
      publicService: fc.boolean(),
      prohibitedPractices: fc.constant<ProhibitedPractice[]>([]),
      annexIIIArea: fc.constantFrom(...ANNEX_III_AREAS.map(o => o.value)),
      annexIIIUseCase: fc.constantFrom(
        ...ANNEX_III_USE_CASES.map(o => o.value),
      ),
      productSafetyComponent: fc.boolean(),
      art6Exemption: fc.boolean(),
      art6Condition: fc.constantFrom(...ART6_CONDITIONS.map(o => o.value)),
      art6Justification: fc.string({ minLength: 1, maxLength: 300 }),
      profilesNaturalPersons: fc.boolean(),
      transparency: fc.subarray(TRANSPARENCY_TRIGGERS.map(o => o.value)),
      gpaiModel: fc.constantFrom(...GPAI_MODEL_OPTIONS.map(o => o.value)),
    },
    { requiredKeys: [...REQUIRED_CLASSIFICATION_ANSWER_FIELDS] },
  )
  .map((a): ClassificationAnswers => {
    // A point only with its own area; a derogation only with its condition
    // and a justification that is not blank.
    const { annexIIIUseCase, art6Condition, art6Justification, ...rest } = a;
    const point = ANNEX_III_USE_CASES.find(o => o.value === annexIIIUseCase);
    return {
      ...rest,
      ...(point && point.area === a.annexIIIArea ? { annexIIIUseCase } : {}),
      ...(a.art6Exemption
        ? {
            art6Condition: art6Condition ?? 'a',
            art6Justification: `${art6Justification ?? ''} It only files.`,
          }
        : {}),
    };
  });

const supplierArb: fc.Arbitrary<SupplierDetails> = fc.record(
  {
    name: fc
      .string({ minLength: 1, maxLength: 200 })
      .filter(s => s.trim() !== ''),
    contractStatus: fc.constantFrom(...SUPPLIER_CONTRACT_STATUSES),
    dataShared: fc.array(
      fc.string({ minLength: 1, maxLength: 200 }).filter(s => s.trim() !== ''),
      { maxLength: 20 },
    ),
    contact: fc
      .string({ minLength: 1, maxLength: 200 })
      .filter(s => s.trim() !== ''),
  },
  { requiredKeys: ['name', 'contractStatus', 'dataShared'] },
);

const inputArb: fc.Arbitrary<GovernanceBaselineInput> = fc
  .record({
    systemType: fc.oneof(
      fc.constantFrom(...SYSTEM_TYPES),
      fc.stringMatching(/^[a-z][a-z-]{0,30}$/),
    ),
    answers: answersArb,
    owner: fc.constantFrom(
      OWNER,
      'group:default/ml-platform',
      'user:default/jane.doe',
      'group:finance/credit-ops',
    ),
    sourcing: fc.constantFrom(...AI_SOURCING_MODES),
    supplier: supplierArb,
    withSupplier: fc.boolean(),
  })
  .map(({ withSupplier, supplier: s, ...rest }) => {
    const needs = rest.sourcing === 'third-party-service';
    const allowed = rest.sourcing !== 'in-house';
    return needs || (allowed && withSupplier) ? { ...rest, supplier: s } : rest;
  });

describe('buildGovernanceBaseline, output shape', () => {
  it('passes the records API schemas for any valid input', () => {
    fc.assert(
      fc.property(inputArb, value => {
        const baseline = buildGovernanceBaseline(value);
        expect(
          assessmentCreateSchema.safeParse(baseline.assessment).error,
        ).toBe(undefined);
        for (const risk of baseline.risks) {
          expect(riskCreateSchema.safeParse(risk).error).toBe(undefined);
        }
        expect(baseline.controls.map(c => c.controlId)).toEqual(
          ANNEX_A_CONTROL_IDS,
        );
        for (const { controlId, ...row } of baseline.controls) {
          expect(controlPutSchema.safeParse(row).error).toBe(undefined);
          expect(row.owner).toBe(value.owner);
        }
        expect(baseline.classification).toEqual(
          classifyAiSystem(value.answers),
        );
        const titles = baseline.risks.map(r => r.title);
        expect(new Set(titles).size).toBe(titles.length);
      }),
      { numRuns: 200 },
    );
  });

  it('stores the answers and the tier, reasons and obligations in the assessment', () => {
    const answers: ClassificationAnswers = {
      ...DEFAULT_CLASSIFICATION_ANSWERS,
      annexIIIArea: 'employment',
      transparency: ['interacts-with-people'],
    };
    const baseline = buildGovernanceBaseline(input({ answers }));
    expect(baseline.assessment).toEqual({
      type: 'eu-ai-act-classification',
      answers,
      result: {
        tier: 'high',
        reasons: baseline.classification.reasons,
        obligations: baseline.classification.obligations,
        roles: ['provider', 'deployer'],
        obligationsByRole: baseline.classification.obligationsByRole,
        fundamentalRightsImpactAssessment: false,
        gpaiObligations: [],
      },
    });
    expect(baseline.assessment.answers).not.toBe(answers);
  });

  it('stores the answers added with operator roles, so the stored result can be reproduced', () => {
    const answers: ClassificationAnswers = {
      ...DEFAULT_CLASSIFICATION_ANSWERS,
      operatorRoles: ['deployer'],
      publicService: true,
      annexIIIArea: 'essential-services',
      annexIIIUseCase: '5a',
      transparency: [],
      gpaiModel: 'none',
    };
    const baseline = buildGovernanceBaseline(input({ answers }));
    expect(baseline.assessment.answers).toEqual(answers);
    expect(baseline.classification.fundamentalRightsImpactAssessment).toBe(
      true,
    );
    const reproduced = classifyAiSystem(baseline.assessment.answers);
    expect(baseline.assessment.result).toEqual({
      tier: 'high',
      reasons: baseline.classification.reasons,
      obligations: reproduced.obligations,
      roles: ['deployer'],
      obligationsByRole: { deployer: reproduced.obligationsByRole.deployer },
      fundamentalRightsImpactAssessment: true,
      gpaiObligations: [],
    });
    expect(JSON.stringify(baseline.assessment.result)).not.toContain(
      '(Art. 9)',
    );
  });

  it('is deterministic', () => {
    const value = input({
      sourcing: 'third-party-service',
      supplier: supplier(),
    });
    expect(buildGovernanceBaseline(value)).toEqual(
      buildGovernanceBaseline(value),
    );
  });
});

describe('buildGovernanceBaseline, risks', () => {
  it('seeds one open, mitigated risk per scenario for the type and tier', () => {
    const baseline = buildGovernanceBaseline(input({ systemType: 'agent' }));
    const scenarios = riskScenariosFor('agent', 'minimal');
    expect(baseline.risks.map(r => r.title)).toEqual(
      scenarios.map(s => s.title),
    );
    baseline.risks.forEach((risk, i) => {
      const s = scenarios[i];
      expect(risk).toEqual({
        title: s.title,
        description: s.description,
        category: s.category,
        source: s.sourceIds[0] ?? null,
        lifecycleStage: s.lifecycleStages[0],
        likelihood: s.suggestedLikelihood,
        impact: s.suggestedImpact,
        treatment: 'mitigate',
        treatmentPlan: s.suggestedTreatment,
        controlIds: s.suggestedControls,
        status: 'proposed',
        owner: OWNER,
      });
    });
  });

  it('adds the high-tier scenarios for a high-risk system', () => {
    const minimal = buildGovernanceBaseline(input());
    const high = buildGovernanceBaseline(
      input({
        answers: {
          ...DEFAULT_CLASSIFICATION_ANSWERS,
          annexIIIArea: 'education',
        },
      }),
    );
    const title = AI_RISK_SCENARIOS.find(
      s => s.id === 'inadequate-human-oversight',
    )!.title;
    expect(minimal.risks.map(r => r.title)).not.toContain(title);
    expect(high.risks.map(r => r.title)).toContain(title);
    expect(high.risks.length).toEqual(
      riskScenariosFor('llm-application', 'high').length,
    );
  });

  it('includes every supplier scenario once for third-party sourcing, naming the supplier', () => {
    const baseline = buildGovernanceBaseline(
      input({
        systemType: 'unheard-of-type',
        sourcing: 'third-party-service',
        supplier: supplier({ contractStatus: 'negotiating' }),
      }),
    );
    const supplierRisks = baseline.risks.filter(r => r.category === 'supplier');
    expect(supplierRisks.map(r => r.title)).toEqual(
      AI_RISK_SCENARIOS.filter(s => SUPPLIER_SCENARIOS.includes(s.id)).map(
        s => s.title,
      ),
    );
    for (const risk of supplierRisks) {
      expect(risk.description).toContain('Supplier: Acme Models Ltd');
      expect(risk.description).toContain('contract under negotiation');
      expect(risk.description).toContain('support tickets, product catalogue');
    }
    for (const risk of baseline.risks.filter(r => r.category !== 'supplier')) {
      expect(risk.description).not.toContain('Acme');
    }
  });

  it('says when a third-party model has no recorded supplier', () => {
    const baseline = buildGovernanceBaseline(
      input({ sourcing: 'third-party-model' }),
    );
    const risks = baseline.risks.filter(r => r.category === 'supplier');
    expect(risks.length).toBe(SUPPLIER_SCENARIOS.length);
    for (const risk of risks) {
      expect(risk.description).toMatch(/supplier .* is not recorded yet\.$/);
    }
  });
});

describe('buildGovernanceBaseline, Statement of Applicability', () => {
  it('excludes supplier controls for an in-house system, with reasons', () => {
    const baseline = buildGovernanceBaseline(input());
    const excluded = baseline.controls.filter(c => !c.applicable);
    expect(excluded.map(c => c.controlId)).toEqual(['A.10.2', 'A.10.3']);
    for (const row of excluded) {
      expect(row.justification).toMatch(/in-house/);
    }
    for (const row of baseline.controls.filter(c => c.applicable)) {
      expect(row).toEqual({
        controlId: row.controlId,
        applicable: true,
        status: 'not-started',
        owner: OWNER,
      });
    }
    expect(control(baseline, 'A.10.4').applicable).toBe(true);
  });

  it('excludes development-only controls for a bought service, pointing to A.10.3', () => {
    const baseline = buildGovernanceBaseline(
      input({ sourcing: 'third-party-service', supplier: supplier() }),
    );
    const excluded = baseline.controls.filter(c => !c.applicable);
    expect(excluded.map(c => c.controlId)).toEqual(DEV_ONLY);
    for (const row of excluded) {
      expect(row.justification).toContain('Acme Models Ltd');
      expect(row.justification).toContain('A.10.3');
    }
  });

  it('keeps every control applicable when building on a third-party model', () => {
    const baseline = buildGovernanceBaseline(
      input({ sourcing: 'third-party-model', supplier: supplier() }),
    );
    expect(baseline.controls.every(c => c.applicable)).toBe(true);
  });

  it.each([
    ['signed', 'in-progress'],
    ['negotiating', 'planned'],
    ['none', 'not-started'],
    ['expired', 'not-started'],
  ] as const)(
    'sets A.10.3 from a %s contract to %s, for both third-party modes',
    (contractStatus, status) => {
      for (const sourcing of [
        'third-party-model',
        'third-party-service',
      ] as const) {
        const baseline = buildGovernanceBaseline(
          input({
            sourcing,
            supplier: supplier({
              contractStatus,
              contact: 'ai-vendor@acme.example',
            }),
          }),
        );
        const row = control(baseline, 'A.10.3');
        expect(row.applicable).toBe(true);
        expect(row.status).toBe(status);
        expect(row.justification).toContain('Acme Models Ltd');
        expect(row.justification).toContain('ai-vendor@acme.example');
        for (const id of ['A.10.2', 'A.10.4']) {
          expect(control(baseline, id)).toMatchObject({
            applicable: true,
            status: 'not-started',
          });
        }
      }
    },
  );

  it('leaves A.10.3 not started when a third-party model has no recorded supplier', () => {
    const baseline = buildGovernanceBaseline(
      input({ sourcing: 'third-party-model' }),
    );
    expect(control(baseline, 'A.10.3')).toMatchObject({
      applicable: true,
      status: 'not-started',
    });
  });
});

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
