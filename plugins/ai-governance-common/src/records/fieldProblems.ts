import type { z } from 'zod';

/** A field-level problem, as the API reports it. @public */
export interface FieldProblem {
  path: string;
  message: string;
}

/** What a value is, in the words a type problem uses. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const kind = typeof value;
  return kind === 'object' ? 'an object' : `a ${kind}`;
}

/**
 * A wrong type says what was expected and what came; only a missing value
 * is "required". zod reports the value itself when asked (`reportInput`),
 * and otherwise names its type in its default message.
 */
function typeProblem(issue: z.core.$ZodIssueInvalidType): string {
  let received: string | undefined;
  if ('input' in issue) {
    received = issue.input === undefined ? undefined : kindOf(issue.input);
  } else {
    const named = /received (\w+)/.exec(issue.message)?.[1];
    if (!named) return issue.message;
    received = named === 'undefined' ? undefined : named;
  }
  if (received === undefined) return 'is required';
  const article = (t: string) =>
    /^(a |an |null)/.test(t) ? t : `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`;
  return `expected ${article(String(issue.expected))}, got ${article(
    received,
  )}`;
}

/** Turns zod issues into `{ path, message }` pairs with dotted paths (`controlIds[2]`). @public */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap(issue => {
    const base = issue.path
      .map((p, i) =>
        typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`,
      )
      .join('');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(key => ({
        path: base ? `${base}.${key}` : key,
        message: 'is not a known field',
      }));
    }
    const message =
      issue.code === 'invalid_type' ? typeProblem(issue) : issue.message;
    return [{ path: base || '<body>', message }];
  });
}
