import {
  type FieldProblem,
  fieldErrorsOf,
} from '@aigov/plugin-ai-governance-common';

/** Messages by field path (`justification`, `answers.scope`), first one wins. */
export type FieldErrors = Record<string, string>;

/** Collects problems from the shared schemas or from an API 400 by path. */
export function toFieldErrors(problems: readonly FieldProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const p of problems) errors[p.path] ??= p.message;
  return errors;
}

/** The field problems an API error names, if any, by path. */
export function apiFieldErrors(error: unknown): FieldErrors {
  return toFieldErrors(fieldErrorsOf(error));
}

/**
 * Turns a schema message into a sentence under its field. The schemas phrase
 * messages as predicates ("is required when …", "must not be empty") so the
 * API and the form read the same; prefixing the label makes them readable
 * on their own.
 */
export function describe(label: string, message?: string): string | undefined {
  if (!message) return undefined;
  if (/^(is|must)\b/.test(message)) return `${label} ${message}`;
  return message.charAt(0).toLocaleUpperCase('en-US') + message.slice(1);
}
