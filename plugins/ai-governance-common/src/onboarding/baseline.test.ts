import fc from 'fast-check';
import {
  ANNEX_III_AREAS,
  ANNEX_III_USE_CASES,
  ART6_CONDITIONS,
  DEFAULT_CLASSIFICATION_ANSWERS,
  GPAI_MODEL_OPTIONS,
  OPERATOR_ROLES,
  REQUIRED_CLASSIFICATION_ANSWER_FIELDS,
  TRANSPARENCY_TRIGGERS,
  classifyAiSystem,
  type ClassificationAnswers,
  type ProhibitedPractice,
} from '../classification';
import { aiSystemEntityV1alpha1Schema } from '../kinds';
import { ANNEX_A_CONTROL_IDS } from '../library';
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
import { input, OWNER, supplier } from './__testUtils__/baselineInput';

/** The system types the AiSystem kind documents; any other string is allowed too. */
const SYSTEM_TYPES =
  aiSystemEntityV1alpha1Schema.properties.spec.properties.type.examples;

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
