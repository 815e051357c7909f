import { ResponseError } from '@backstage/errors';

/*
 * What the views show of a failed request. The client throws ResponseError;
 * its own message only names the status, while the API's sentence for
 * people is the cause it carries.
 */

/** The message of anything thrown, in the API's words where it gave some. */
export const errorMessage = (error: unknown): string => {
  if (error instanceof ResponseError) return error.cause.message;
  return error instanceof Error ? error.message : String(error);
};

/** True when the API refused the request for this user (HTTP 403). */
export const isForbidden = (error: unknown): boolean =>
  error instanceof ResponseError && error.statusCode === 403;
