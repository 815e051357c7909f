/*
 * The first governance records of a newly onboarded AI system: its EU AI Act
 * classification, a seeded risk register and a Statement of Applicability
 * covering every Annex A control. The records are request bodies of the
 * records API, so the backend or scaffolder can post them as they are and the
 * API's own validation still applies.
 */
import {
  classifyAiSystem,
  type AiSystemClassification,
  type ClassificationAnswers,
} from '../classification';
import {
  CLASSIFICATION_ANSWER_FIELDS,
  classificationAnswerProblems,
} from '../classification/answers';
import {
  AI_RISK_SCENARIOS,
  ANNEX_A_CONTROLS,
  riskScenariosFor,
} from '../library';
import type { RiskScenario } from '../library';
import {
  LIFECYCLE_STAGES,
  TEXT_LIMITS,
  type AssessmentCreate,
  type ControlPut,
  type ControlStatus,
  type RiskCreate,
} from '../records';

/** How an AI system is sourced: built in-house, built on a third-party model, or bought as a service. @public */
export const AI_SOURCING_MODES = [
  'in-house',
  'third-party-model',
  'third-party-service',
] as const;
/** How an AI system is sourced. @public */
export type AiSourcing = (typeof AI_SOURCING_MODES)[number];

/** Where the contract with an AI supplier stands. @public */
export const SUPPLIER_CONTRACT_STATUSES = [
  'none',
  'negotiating',
  'signed',
  'expired',
] as const;
/** Where the contract with an AI supplier stands. @public */
export type SupplierContractStatus =
  (typeof SUPPLIER_CONTRACT_STATUSES)[number];

/** The supplier of a third-party model or AI service. @public */
export interface SupplierDetails {
  /** The supplier's name. */
  name: string;
  /** Where the contract with it stands. */
  contractStatus: SupplierContractStatus;
  /** Kinds of data shared with the supplier, such as `customer emails`; may be empty. */
  dataShared: string[];
  /** Who to contact at the supplier. */
  contact?: string;
}

/** What onboarding needs to know about a new AI system. @public */
export interface GovernanceBaselineInput {
  /** The AiSystem's `spec.type`, such as `classifier` or `llm-application`. */
  systemType: string;
  /** The EU AI Act classification questionnaire answers. */
  answers: ClassificationAnswers;
  /** Full entity reference of the owning group, such as `group:default/payments-risk`. */
  owner: string;
  /** How the AI is sourced. */
  sourcing: AiSourcing;
  /** The supplier; required for `third-party-service`, optional for `third-party-model`, not allowed for `in-house`. */
  supplier?: SupplierDetails;
}

/** One Statement of Applicability row, with the control it is for. @public */
export interface BaselineControl extends ControlPut {
  /** Annex A control id, such as `A.10.3`. */
  controlId: string;
}

/** The initial governance records of an AI system, as request bodies of the records API. @public */
export interface GovernanceBaseline {
  /** The EU AI Act classification the records rest on. */
  classification: AiSystemClassification;
  /** The classification assessment: the answers, and as result the tier, reasons, obligations (all and by role), the Art. 27 flag and any GPAI duties. */
  assessment: AssessmentCreate;
  /** Seeded risks from the risk library, in library order. */
  risks: RiskCreate[];
  /** All Annex A controls, in library order. */
  controls: BaselineControl[];
}

const INPUT_FIELDS = [
  'systemType',
  'answers',
  'owner',
  'sourcing',
  'supplier',
] as const;
const SUPPLIER_FIELDS = ['name', 'contractStatus', 'dataShared', 'contact'];
// Bounded so a risk description with the list appended stays within the API's text limit.
const MAX_DATA_SHARED = 20;
// The records API's entity-reference rule; a bad owner would fail every record.
const ENTITY_REF = /^[a-z0-9]+:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i;

/** Development work a service buyer cannot do: the supplier builds the AI. */
const SUPPLIER_BUILT_CONTROLS = [
  'A.6.1.2',
  'A.6.1.3',
  'A.6.2.2',
  'A.6.2.3',
  'A.7.2',
  'A.7.5',
  'A.7.6',
];

const CONTRACT_STATE: Record<
  SupplierContractStatus,
  { words: string; status: ControlStatus }
> = {
  none: { words: 'no contract yet', status: 'not-started' },
  negotiating: { words: 'contract under negotiation', status: 'planned' },
  signed: { words: 'contract signed', status: 'in-progress' },
  expired: { words: 'contract expired', status: 'not-started' },
};

const show = (value: unknown) => JSON.stringify(value) ?? String(value);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function unknownFields(
  value: Record<string, unknown>,
  known: readonly string[],
  path: string,
): string[] {
  return Object.keys(value)
    .filter(key => !known.includes(key))
    .map(key => `${path}${key} is not a known field`);
}

function textProblem(
  path: string,
  value: unknown,
  optional = false,
): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') {
    return value === undefined
      ? `${path} is required`
      : `${path} must be text; got ${show(value)}`;
  }
  if (value.trim() === '') return `${path} must not be empty`;
  if (value.length > TEXT_LIMITS.short) {
    return `${path} must be at most ${TEXT_LIMITS.short} characters`;
  }
  return undefined;
}

function supplierProblems(supplier: unknown): string[] {
  if (!isObject(supplier)) {
    return [`supplier must be an object; got ${show(supplier)}`];
  }
  const problems = unknownFields(supplier, SUPPLIER_FIELDS, 'supplier.');
  const push = (problem: string | undefined) => {
    if (problem) problems.push(problem);
  };
  push(textProblem('supplier.name', supplier.name));
  if (!SUPPLIER_CONTRACT_STATUSES.includes(supplier.contractStatus as never)) {
    push(
      supplier.contractStatus === undefined
        ? 'supplier.contractStatus is required'
        : `supplier.contractStatus must be one of ${SUPPLIER_CONTRACT_STATUSES.join(
            ', ',
          )}; got ${show(supplier.contractStatus)}`,
    );
  }
  const shared = supplier.dataShared;
  if (!Array.isArray(shared)) {
    push(
      shared === undefined
        ? 'supplier.dataShared is required'
        : `supplier.dataShared must be a list; got ${show(shared)}`,
    );
  } else if (shared.length > MAX_DATA_SHARED) {
    push(`supplier.dataShared must have at most ${MAX_DATA_SHARED} entries`);
  } else {
    shared.forEach((item, i) => {
      push(textProblem(`supplier.dataShared[${i}]`, item));
    });
  }
  push(textProblem('supplier.contact', supplier.contact, true));
  return problems;
}

function inputProblems(input: unknown): string[] {
  if (!isObject(input)) return [`input must be an object; got ${show(input)}`];
  const problems = unknownFields(input, INPUT_FIELDS, '');
  const push = (problem: string | undefined) => {
    if (problem) problems.push(problem);
  };
  push(textProblem('systemType', input.systemType));
  problems.push(...classificationAnswerProblems(input.answers, 'answers'));
  const ownerProblem = textProblem('owner', input.owner);
  push(ownerProblem);
  if (!ownerProblem && !ENTITY_REF.test(input.owner as string)) {
    push(
      `owner must be a full entity reference like group:default/payments-risk; got ${show(
        input.owner,
      )}`,
    );
  }
  const sourcing = input.sourcing;
  if (!AI_SOURCING_MODES.includes(sourcing as never)) {
    push(
      sourcing === undefined
        ? 'sourcing is required'
        : `sourcing must be one of ${AI_SOURCING_MODES.join(', ')}; got ${show(
            sourcing,
          )}`,
    );
  }
  if (input.supplier !== undefined) {
    if (sourcing === 'in-house') {
      push('supplier must not be given when sourcing is in-house');
    } else {
      problems.push(...supplierProblems(input.supplier));
    }
  } else if (sourcing === 'third-party-service') {
    push('supplier is required when sourcing is third-party-service');
  }
  return problems;
}

function supplierNote(input: GovernanceBaselineInput): string {
  const supplier = input.supplier;
  if (!supplier) {
    return 'The supplier of the third-party model is not recorded yet.';
  }
  const shared = supplier.dataShared.length
    ? ` Data shared with it: ${supplier.dataShared.join(', ')}.`
    : ' No data is recorded as shared with it.';
  return `Supplier: ${supplier.name} (${
    CONTRACT_STATE[supplier.contractStatus].words
  }).${shared}`;
}

function toRisk(
  scenario: RiskScenario,
  input: GovernanceBaselineInput,
): RiskCreate {
  const lifecycleStage = LIFECYCLE_STAGES.find(
    stage => stage === scenario.lifecycleStages[0],
  );
  if (!lifecycleStage) {
    throw new Error(
      `Risk scenario ${scenario.id} has no known lifecycle stage to start from`,
    );
  }
  const forSupplier =
    scenario.category === 'supplier' && input.sourcing !== 'in-house';
  return {
    title: scenario.title,
    description: forSupplier
      ? `${scenario.description} ${supplierNote(input)}`
      : scenario.description,
    category: scenario.category,
    source: scenario.sourceIds[0] ?? null,
    lifecycleStage,
    likelihood: scenario.suggestedLikelihood,
    impact: scenario.suggestedImpact,
    treatment: 'mitigate',
    treatmentPlan: scenario.suggestedTreatment,
    controlIds: [...scenario.suggestedControls],
    status: 'open',
    owner: input.owner,
  };
}

function seededRisks(
  input: GovernanceBaselineInput,
  classification: AiSystemClassification,
): RiskCreate[] {
  const ids = new Set(
    riskScenariosFor(input.systemType.trim(), classification.tier).map(
      s => s.id,
    ),
  );
  if (input.sourcing !== 'in-house') {
    for (const scenario of AI_RISK_SCENARIOS) {
      if (scenario.category === 'supplier') ids.add(scenario.id);
    }
  }
  return AI_RISK_SCENARIOS.filter(s => ids.has(s.id)).map(s =>
    toRisk(s, input),
  );
}

function notApplicable(
  controlId: string,
  input: GovernanceBaselineInput,
): string | undefined {
  if (input.sourcing === 'in-house') {
    if (controlId === 'A.10.2') {
      return 'Not applicable while the AI is built and run in-house: no external party supplies any part of it, so there are no responsibilities to divide with another organisation.';
    }
    if (controlId === 'A.10.3') {
      return 'Not applicable while the AI is built in-house: no outside supplier provides its models, data services or AI components.';
    }
  }
  if (
    input.sourcing === 'third-party-service' &&
    SUPPLIER_BUILT_CONTROLS.includes(controlId)
  ) {
    return `Not applicable to a bought AI service: ${
      input.supplier!.name
    } builds and trains it, so this development work is the supplier’s and is checked through supplier management (A.10.3).`;
  }
  return undefined;
}

function supplierControl(input: GovernanceBaselineInput): {
  status: ControlStatus;
  justification: string;
} {
  const supplier = input.supplier;
  if (!supplier) {
    return {
      status: 'not-started',
      justification:
        'Applicable: the system is built on a third-party model whose supplier is not recorded yet.',
    };
  }
  const state = CONTRACT_STATE[supplier.contractStatus];
  const contact = supplier.contact ? ` Contact: ${supplier.contact}.` : '';
  return {
    status: state.status,
    justification: `Applicable: the AI comes from ${supplier.name} (${state.words}).${contact}`,
  };
}

function statementOfApplicability(
  input: GovernanceBaselineInput,
): BaselineControl[] {
  return ANNEX_A_CONTROLS.map(control => {
    const row: BaselineControl = {
      controlId: control.id,
      applicable: true,
      status: 'not-started',
      owner: input.owner,
    };
    const exclusion = notApplicable(control.id, input);
    if (exclusion) {
      return { ...row, applicable: false, justification: exclusion };
    }
    if (control.id === 'A.10.3' && input.sourcing !== 'in-house') {
      return { ...row, ...supplierControl(input) };
    }
    return row;
  });
}

/** The answers as the assessment keeps them: every field given, lists copied, none left out, so the result can be reproduced from them. */
function storedAnswers(
  a: ClassificationAnswers,
): Record<string, string | boolean | string[]> {
  const stored: Record<string, string | boolean | string[]> = {};
  for (const field of CLASSIFICATION_ANSWER_FIELDS) {
    const value = a[field];
    if (value === undefined) continue;
    stored[field] = Array.isArray(value) ? [...value] : value;
  }
  return stored;
}

/** Builds a new AI system's classification assessment, seeded risks and Annex A rows; throws naming each bad field, or for a prohibited system. @public */
export function buildGovernanceBaseline(
  input: GovernanceBaselineInput,
): GovernanceBaseline {
  const problems = inputProblems(input);
  if (problems.length > 0) throw new Error(problems.join('. '));
  const classification = classifyAiSystem(input.answers);
  if (classification.tier === 'prohibited') {
    throw new Error(
      `This AI system uses a prohibited practice and cannot be onboarded: it must not be placed on the market, put into service or used (Art. 5). ${classification.reasons.join(
        ' ',
      )}`,
    );
  }
  const a = input.answers;
  const assessment: AssessmentCreate = {
    type: 'eu-ai-act-classification',
    answers: storedAnswers(a),
    // The same result the questionnaire stores; application dates stay out,
    // since amendments move them and live views read them from the classifier.
    result: {
      tier: classification.tier,
      reasons: classification.reasons,
      obligations: classification.obligations,
      roles: classification.roles,
      obligationsByRole: classification.obligationsByRole,
      fundamentalRightsImpactAssessment:
        classification.fundamentalRightsImpactAssessment,
      gpaiObligations: classification.gpaiObligations,
    },
  };
  return {
    classification,
    assessment,
    risks: seededRisks(input, classification),
    controls: statementOfApplicability(input),
  };
}
