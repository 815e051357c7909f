import {
  ANNEX_III_AREAS,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
  type ClassificationAnswers,
  type ClassificationOption,
} from './questions';

/*
 * Checking a value claimed to be classification answers: every field named
 * in the problems, before the classifier reads any of them.
 */

/** The fields of the classification answers, in questionnaire order. @public */
export const CLASSIFICATION_ANSWER_FIELDS: readonly (keyof ClassificationAnswers)[] =
  [
    'prohibitedPractices',
    'annexIIIArea',
    'productSafetyComponent',
    'art6Exemption',
    'profilesNaturalPersons',
    'transparency',
  ];

/** A short, readable rendering of a bad value for an error message. */
function show(value: unknown): string {
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
  const problems: string[] = [];
  for (const key of Object.keys(record)) {
    if (!(CLASSIFICATION_ANSWER_FIELDS as readonly string[]).includes(key)) {
      problems.push(`${at(key)} is not a known field`);
    }
  }
  for (const field of CLASSIFICATION_ANSWER_FIELDS) {
    const v = record[field];
    if (!Object.prototype.hasOwnProperty.call(record, field)) {
      problems.push(`${at(field)} is required`);
    } else if (field === 'prohibitedPractices') {
      problems.push(...listProblems(at(field), PROHIBITED_PRACTICES, v));
    } else if (field === 'transparency') {
      problems.push(...listProblems(at(field), TRANSPARENCY_TRIGGERS, v));
    } else if (field === 'annexIIIArea') {
      const problem = enumProblem(at(field), ANNEX_III_AREAS, v);
      if (problem) problems.push(problem);
    } else if (typeof v !== 'boolean') {
      problems.push(`${at(field)} must be true or false; got ${show(v)}`);
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
