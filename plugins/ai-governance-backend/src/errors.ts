import { CustomErrorBase } from '@backstage/errors';

/*
 * Errors with an HTTP status of their own. The status is a getter on the
 * prototype: Backstage's error middleware reads `statusCode`, and the
 * serialised body stays `{ name, message, details? }`.
 */
function withStatus<N extends string>(name: N, status: number) {
  return class extends CustomErrorBase {
    name = name;
    get statusCode() {
      return status;
    }
  };
}

/** The record changed since the client read it (HTTP 412). */
export class PreconditionFailedError extends withStatus(
  'PreconditionFailedError',
  412,
) {}

/** A change to an existing record came without If-Match (HTTP 428). */
export class PreconditionRequiredError extends withStatus(
  'PreconditionRequiredError',
  428,
) {}

/** Stored evidence no longer matches the hash taken at upload (HTTP 500, never served). */
export class EvidenceIntegrityError extends withStatus(
  'EvidenceIntegrityError',
  500,
) {}

/** A request body over the configured size (HTTP 413). */
export class PayloadTooLargeError extends withStatus(
  'PayloadTooLargeError',
  413,
) {}

/** Something failed that the client cannot fix; details are in the log (HTTP 500). */
export class InternalError extends withStatus('InternalError', 500) {}

/** Bad input with the fields it concerns (HTTP 400 with `details`). */
export class FieldValidationError extends CustomErrorBase {
  name = 'InputError' as const;
  constructor(
    message: string,
    readonly details: Array<{ path: string; message: string }>,
  ) {
    super(message);
  }
}
