import { ANNEX_III_USE_CASES, annexIIIUseCasesOf } from './annexIII';
import {
  ANNEX_III_AREAS,
  ART6_CONDITIONS,
  GPAI_MODEL_OPTIONS,
  OPERATOR_ROLES,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
  type AnnexIIIArea,
  type ClassificationAnswers,
  type ClassificationOption,
} from './questions';

/*
 * Checking a value claimed to be classification answers: every field named
 * in the problems, before the classifier reads any of them.
 */

/** The fields of the classification answers, in questionnaire order: the roles first, since they decide which duties the result lists. @public */
export const CLASSIFICATION_ANSWER_FIELDS: readonly (keyof ClassificationAnswers)[] =
  [
    'operatorRoles',
    'publicService',
    'prohibitedPractices',
    'annexIIIArea',
    'annexIIIUseCase',
    'productSafetyComponent',
    'art6Exemption',
    'art6Condition',
    'art6Justification',
    'profilesNaturalPersons',
    'transparency',
    'gpaiModel',
  ];

/** The fields every set of classification answers must have, in questionnaire order; the others were added later and are optional. @public */
export const REQUIRED_CLASSIFICATION_ANSWER_FIELDS: readonly (keyof ClassificationAnswers)[] =
  [
    'prohibitedPractices',
    'annexIIIArea',
    'productSafetyComponent',
    'art6Exemption',
    'profilesNaturalPersons',
    'transparency',
  ];

/** The longest Art. 6(3) justification accepted, in characters: room for a reasoned page, not for a pasted document. @public */
export const MAX_ART6_JUSTIFICATION_LENGTH = 4000;

/** A short, readable rendering of a bad value for an error message; never throws, even for a BigInt or a cycle. @internal */
export function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function enumProblem(
  path: string,
  options: readonly ClassificationOption[],
  value: unknown,
): string | undefined {
  if (options.some(o => o.value === value)) return undefined;
  return `${path} must be one of ${options
    .map(o => o.value)
    .join(', ')}; got ${show(value)}`;
}

function listProblems(
  path: string,
  options: readonly ClassificationOption[],
  value: unknown,
): string[] {
  if (!Array.isArray(value)) {
    return [`${path} must be a list; got ${show(value)}`];
  }
  const problems: string[] = [];
  value.forEach((item, i) => {
    const problem = enumProblem(`${path}[${i}]`, options, item);
    const first = value.indexOf(item);
    if (problem) problems.push(problem);
    else if (first !== i) {
      problems.push(
        `${path}[${i}] repeats ${show(item)}, already given at [${first}]`,
      );
    }
  });
  return problems;
}

function booleanProblem(path: string, value: unknown): string | undefined {
  return typeof value === 'boolean'
    ? undefined
    : `${path} must be true or false; got ${show(value)}`;
}

/** The Annex III point must be one of the area's, so a carve-out is never stored under the wrong area. */
function useCaseProblem(
  path: string,
  value: unknown,
  area: unknown,
): string | undefined {
  const problem = enumProblem(path, ANNEX_III_USE_CASES, value);
  if (problem) return problem;
  if (!ANNEX_III_AREAS.some(o => o.value === area)) return undefined;
  if (area === 'none') {
    return `${path} must not be given when annexIIIArea is none; got ${show(
      value,
    )}`;
  }
  const points = annexIIIUseCasesOf(area as AnnexIIIArea);
  if (points.some(o => o.value === value)) return undefined;
  return `${path} ${show(value)} is not a point of annexIIIArea ${show(
    area,
  )}; its points are ${points.map(o => o.value).join(', ')}`;
}

function justificationProblem(
  path: string,
  value: unknown,
  claimed: boolean,
): string | undefined {
  if (typeof value !== 'string') {
    return `${path} must be text; got ${show(value)}`;
  }
  if (value.length > MAX_ART6_JUSTIFICATION_LENGTH) {
    return `${path} must be at most ${MAX_ART6_JUSTIFICATION_LENGTH} characters; got ${value.length}`;
  }
  if (claimed && value.trim() === '') {
    return `${path} must not be blank when art6Exemption is true: write why the condition holds`;
  }
  return undefined;
}

type FieldCheck = (
  path: string,
  value: unknown,
  answers: Record<string, unknown>,
) => string[];

const one = (problem: string | undefined) => (problem ? [problem] : []);
const yesNo: FieldCheck = (path, value) => one(booleanProblem(path, value));
const oneOf =
  (options: readonly ClassificationOption[]): FieldCheck =>
  (path, value) =>
    one(enumProblem(path, options, value));
const listOf =
  (options: readonly ClassificationOption[]): FieldCheck =>
  (path, value) =>
    listProblems(path, options, value);

/** How each given answer is checked; one entry per field, so a new field cannot go unchecked. */
const FIELD_CHECKS: Record<keyof ClassificationAnswers, FieldCheck> = {
  operatorRoles: (path, value) => {
    const problems = listProblems(path, OPERATOR_ROLES, value);
    if (problems.length === 0 && (value as unknown[]).length === 0) {
      return [
        `${path} must name at least one role; leave it out to cover a provider and a deployer`,
      ];
    }
    return problems;
  },
  publicService: yesNo,
  prohibitedPractices: listOf(PROHIBITED_PRACTICES),
  annexIIIArea: oneOf(ANNEX_III_AREAS),
  annexIIIUseCase: (path, value, answers) =>
    one(useCaseProblem(path, value, answers.annexIIIArea)),
  productSafetyComponent: yesNo,
  art6Exemption: yesNo,
  art6Condition: oneOf(ART6_CONDITIONS),
  art6Justification: (path, value, answers) =>
    one(justificationProblem(path, value, answers.art6Exemption === true)),
  profilesNaturalPersons: yesNo,
  transparency: listOf(TRANSPARENCY_TRIGGERS),
  gpaiModel: oneOf(GPAI_MODEL_OPTIONS),
};

/**
 * What a claimed derogation needs besides the claim: its condition and the
 * written reasoning. Without a claim both are ignored, so a form may keep
 * them while the claim is switched off and on.
 */
const REQUIRED_WITH_CLAIM: Partial<
  Record<keyof ClassificationAnswers, string>
> = {
  art6Condition: `is required when art6Exemption is true: one of ${ART6_CONDITIONS.map(
    o => o.value,
  ).join(', ')}`,
  art6Justification:
    'is required when art6Exemption is true: the written reasoning why the condition holds',
};

/** Every problem with a value claimed to be classification answers, each message starting with the field's path under `path`. @internal */
export function classificationAnswerProblems(
  value: unknown,
  path = '',
): string[] {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [`${path || 'answers'} must be an object; got ${show(value)}`];
  }
  const record = value as Record<string, unknown>;
  const problems = Object.keys(record)
    .filter(
      key => !(CLASSIFICATION_ANSWER_FIELDS as readonly string[]).includes(key),
    )
    .map(key => `${at(key)} is not a known field`);
  const claimed = record.art6Exemption === true;
  for (const field of CLASSIFICATION_ANSWER_FIELDS) {
    const f = at(field);
    const given =
      Object.prototype.hasOwnProperty.call(record, field) &&
      record[field] !== undefined;
    if (given) {
      problems.push(...FIELD_CHECKS[field](f, record[field], record));
    } else if (REQUIRED_CLASSIFICATION_ANSWER_FIELDS.includes(field)) {
      problems.push(`${f} is required`);
    } else if (claimed && REQUIRED_WITH_CLAIM[field]) {
      problems.push(`${f} ${REQUIRED_WITH_CLAIM[field]}`);
    }
  }
  return problems;
}

/** Whether a value is a complete, valid set of classification answers; never throws. @public */
export function isClassificationAnswers(
  value: unknown,
): value is ClassificationAnswers {
  return classificationAnswerProblems(value).length === 0;
}
