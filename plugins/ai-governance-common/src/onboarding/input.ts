/*
 * Checking what onboarding is given before any record is built: every bad
 * field named, so the scaffolder step shows them all at once.
 */
import { classificationAnswerProblems, show } from '../classification/answers';
import { TEXT_LIMITS } from '../records';
import { AI_SOURCING_MODES, SUPPLIER_CONTRACT_STATUSES } from './types';

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

/** Every problem with a value claimed to be onboarding input, each naming its field. */
export function inputProblems(input: unknown): string[] {
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
