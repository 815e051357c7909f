import {
  AI_RISK_TIERS,
  ANNEX_III_AREAS,
  ART6_CONDITIONS,
  GPAI_MODEL_OPTIONS,
  OPERATOR_ROLES,
  type AiRiskTier,
  type AiSystemClassification,
  type Assessment,
  type ClassificationAnswers,
  type ClassificationOption,
  DEFAULT_CLASSIFICATION_ANSWERS,
  MAX_ART6_JUSTIFICATION_LENGTH,
  type OperatorRole,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
  annexIIIUseCasesOf,
  classifyAiSystem,
  recordedClassification,
  type RecordedClassification,
} from '@aigov/plugin-ai-governance-common';

/*
 * The questions, their options and the classification itself live in
 * @aigov/plugin-ai-governance-common, shared with the backend and the
 * scaffolder field. This module only adapts them to what the frontend stores
 * and reads back, which may predate the current options or result shape,
 * and decides which questions apply to the roles answered.
 */

type JsonObject = Assessment['answers'];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps the known values of `options` found in `v`, once each. */
function known<V extends string>(
  v: unknown,
  options: readonly ClassificationOption<V>[],
): V[] {
  if (!Array.isArray(v)) return [];
  const values = new Set<string>(options.map(o => o.value));
  return [...new Set(v)].filter((x): x is V => values.has(x));
}

function knownOne<V extends string>(
  v: unknown,
  options: readonly ClassificationOption<V>[],
): V | undefined {
  return options.find(o => o.value === v)?.value;
}

/** The roles a result covers when none is answered, as the classifier does. */
export const ROLES_WHEN_UNANSWERED: readonly OperatorRole[] = [
  'provider',
  'deployer',
];

/** The roles the answers speak for: the answered ones, or provider and deployer. */
export function rolesOf(answers: ClassificationAnswers): OperatorRole[] {
  return answers.operatorRoles?.length
    ? answers.operatorRoles
    : [...ROLES_WHEN_UNANSWERED];
}

/** Which of the questions that depend on other answers apply to these answers. */
export interface ApplicableQuestions {
  /** Art. 27(1) public body or public service: a deployer's question. */
  publicService: boolean;
  /** The Annex III point: once an area is chosen. */
  annexIIIUseCase: boolean;
  /** The Art. 6(3) derogation: the provider's assessment of an Annex III system. */
  derogation: boolean;
  /** A general-purpose AI model: something only a provider places on the market. */
  gpaiModel: boolean;
}

/** The questions that apply to the answers given so far. */
export function applicableQuestions(
  answers: ClassificationAnswers,
): ApplicableQuestions {
  const roles = rolesOf(answers);
  const inAnnexIII = answers.annexIIIArea !== 'none';
  return {
    publicService: roles.includes('deployer'),
    annexIIIUseCase: inAnnexIII,
    derogation: inAnnexIII && roles.includes('provider'),
    gpaiModel: roles.includes('provider'),
  };
}

/**
 * The answers without those to questions that no longer apply, so a hidden
 * answer never changes the result nor blocks the form: a public-service
 * answer kept after the deployer role was unticked, or a derogation claimed
 * before the area was set back to none. The condition and justification stay
 * while the derogation is only switched off, so switching it back on keeps
 * the text written.
 */
export function withoutInapplicable(
  answers: ClassificationAnswers,
): ClassificationAnswers {
  const applies = applicableQuestions(answers);
  const next: ClassificationAnswers = { ...answers };
  if (!next.operatorRoles?.length) delete next.operatorRoles;
  if (!applies.publicService) delete next.publicService;
  if (
    !applies.annexIIIUseCase ||
    !annexIIIUseCasesOf(next.annexIIIArea).some(
      o => o.value === next.annexIIIUseCase,
    )
  ) {
    delete next.annexIIIUseCase;
  }
  if (!applies.derogation) {
    next.art6Exemption = false;
    delete next.art6Condition;
    delete next.art6Justification;
  }
  if (!applies.gpaiModel) delete next.gpaiModel;
  return next;
}

/**
 * Reads stored answers, which may be partial or hold values the options no
 * longer list: missing answers take their defaults, unknown values are
 * dropped, and answers to questions that do not apply are left out. The
 * result classifies once a claimed derogation has its condition and
 * justification; {@link liveClassification} covers the moment before.
 */
export function toClassificationAnswers(
  answers: JsonObject | undefined,
): ClassificationAnswers {
  const a = answers ?? {};
  const area = ANNEX_III_AREAS.find(o => o.value === a.annexIIIArea);
  const operatorRoles = known(a.operatorRoles, OPERATOR_ROLES);
  const read: ClassificationAnswers = {
    ...(operatorRoles.length > 0 && { operatorRoles }),
    ...(typeof a.publicService === 'boolean' && {
      publicService: a.publicService,
    }),
    prohibitedPractices: known(a.prohibitedPractices, PROHIBITED_PRACTICES),
    annexIIIArea: area?.value ?? DEFAULT_CLASSIFICATION_ANSWERS.annexIIIArea,
    productSafetyComponent: a.productSafetyComponent === true,
    art6Exemption: a.art6Exemption === true,
    profilesNaturalPersons: a.profilesNaturalPersons === true,
    transparency: known(a.transparency, TRANSPARENCY_TRIGGERS),
  };
  const useCase = annexIIIUseCasesOf(read.annexIIIArea).find(
    o => o.value === a.annexIIIUseCase,
  );
  if (useCase) read.annexIIIUseCase = useCase.value;
  const condition = knownOne(a.art6Condition, ART6_CONDITIONS);
  if (condition) read.art6Condition = condition;
  if (typeof a.art6Justification === 'string') {
    read.art6Justification = a.art6Justification.slice(
      0,
      MAX_ART6_JUSTIFICATION_LENGTH,
    );
  }
  const gpai = knownOne(a.gpaiModel, GPAI_MODEL_OPTIONS);
  if (gpai) read.gpaiModel = gpai;
  return withoutInapplicable(read);
}

/** What is missing before a claimed Art. 6(3) derogation can count, if anything. */
export function derogationGaps(answers: unknown): string[] {
  if (!isRecord(answers) || answers.art6Exemption !== true) return [];
  const gaps: string[] = [];
  // Only what is absent; a malformed value is the classifier's to name.
  if (answers.art6Condition === undefined) {
    gaps.push('choose the Art. 6(3) condition');
  }
  const text = answers.art6Justification;
  if (text === undefined || (typeof text === 'string' && !text.trim())) {
    gaps.push('write why the condition holds');
  }
  return gaps;
}

/** The classification to show while answering, and why it may not be final. */
export interface LiveClassification {
  result: AiSystemClassification;
  /** Set while a claimed derogation lacks its condition or justification: the result then leaves the claim out. */
  pending?: string;
}

/**
 * Classifies answers that are being written. A derogation claimed without
 * its condition or written reasoning is not one yet (the classifier rejects
 * it), so the result shown leaves the claim out and says what is missing.
 */
export function liveClassification(
  answers: ClassificationAnswers,
): LiveClassification {
  const gaps = derogationGaps(answers);
  if (gaps.length === 0) return { result: classifyAiSystem(answers) };
  return {
    result: classifyAiSystem({ ...answers, art6Exemption: false }),
    pending: `The Art. 6(3) derogation counts once you ${gaps.join(
      ' and ',
    )}; until then the result is shown without it.`,
  };
}

/** The result to store for the answers being written (a derogation still missing its basis left out). */
export function classificationResult(
  answers: ClassificationAnswers,
): RecordedClassification {
  return recordedClassification(liveClassification(answers).result);
}

/** A stored result as far as it can be shown; the later parts only when stored. */
export interface StoredClassificationResult {
  tier: AiRiskTier;
  reasons: string[];
  obligations?: string[];
  roles?: OperatorRole[];
  obligationsByRole?: Partial<Record<OperatorRole, string[]>>;
  fundamentalRightsImpactAssessment?: boolean;
  gpaiObligations?: string[];
}

const isTier = (v: unknown): v is AiRiskTier =>
  (AI_RISK_TIERS as readonly unknown[]).includes(v);

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function byRole(v: unknown): Partial<Record<OperatorRole, string[]>> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(
    OPERATOR_ROLES.filter(o => Array.isArray(v[o.value])).map(o => [
      o.value,
      strings(v[o.value]),
    ]),
  );
}

/**
 * Reads a stored `result`. Results saved before the shared classifier name
 * the tier `suggestedTier` and have no obligations; the demo seed has `tier`
 * and reasons only; results saved before the roles were asked have no
 * per-role obligations. Anything without a known tier reads as no result.
 */
export function readStoredClassificationResult(
  result: unknown,
): StoredClassificationResult | undefined {
  if (!isRecord(result)) return undefined;
  const r = result;
  const tier = isTier(r.tier) ? r.tier : r.suggestedTier;
  if (!isTier(tier)) return undefined;
  const roles = known(r.roles, OPERATOR_ROLES);
  return {
    tier,
    reasons: strings(r.reasons),
    ...(Array.isArray(r.obligations) && {
      obligations: strings(r.obligations),
    }),
    ...(roles.length > 0 && { roles }),
    ...(isRecord(r.obligationsByRole) && {
      obligationsByRole: byRole(r.obligationsByRole),
    }),
    ...(typeof r.fundamentalRightsImpactAssessment === 'boolean' && {
      fundamentalRightsImpactAssessment: r.fundamentalRightsImpactAssessment,
    }),
    ...(Array.isArray(r.gpaiObligations) && {
      gpaiObligations: strings(r.gpaiObligations),
    }),
  };
}
