import { ResponseError } from '@backstage/errors';
import type { FieldProblem } from '../records/fieldProblems';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The ResponseError for a non-2xx answer of the ai-governance API.
 *
 * The API answers `{ "error": { name, message, details? } }`, while
 * `ResponseError.fromResponse` only keeps a body that also carries Backstage's
 * `response: { statusCode }` (otherwise it folds the text into a generic
 * message and `details` is lost), so that part is added when it is missing.
 */
export async function responseErrorOf(
  response: Response,
): Promise<ResponseError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // An unreadable body: ResponseError then names only the status.
  }
  try {
    const body = JSON.parse(text);
    if (isObject(body) && isObject(body.error) && !isObject(body.response)) {
      text = JSON.stringify({
        ...body,
        response: { statusCode: response.status },
      });
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): ResponseError keeps the text.
  }
  return ResponseError.fromResponse({
    headers: response.headers,
    ok: response.ok,
    redirected: response.redirected,
    status: response.status,
    statusText: response.statusText,
    type: response.type,
    url: response.url,
    text: async () => text,
  });
}

function responseErrorBody(error: unknown) {
  // Duck-typed rather than instanceof, so a ResponseError of another copy of
  // @backstage/errors (or one that crossed a worker boundary) still counts.
  if (!isObject(error) || error.name !== 'ResponseError') return undefined;
  return isObject(error.body) ? error.body : undefined;
}

/**
 * The fields an error of the ai-governance API names (`error.details` of a
 * 400), for showing next to form fields; empty for any other error.
 * @public
 */
export function fieldErrorsOf(error: unknown): FieldProblem[] {
  const inner = responseErrorBody(error)?.error;
  const details = isObject(inner) ? inner.details : undefined;
  if (!Array.isArray(details)) return [];
  return details.flatMap(d =>
    isObject(d) && typeof d.path === 'string' && typeof d.message === 'string'
      ? [{ path: d.path, message: d.message }]
      : [],
  );
}

/**
 * True when the record changed since it was read (the API's 412): reload it
 * and apply the change again.
 * @public
 */
export function isConflictError(error: unknown): boolean {
  return isObject(error) && error.statusCode === 412;
}
