import { CustomErrorBase } from '@backstage/errors';

/*
 * Errors with an HTTP status of their own. The status is a getter on the
 * prototype: Backstage's error middleware reads `statusCode`, and the
 * serialised body stays `{ name, message, details? }`.
 */

/** The record changed since the client read it (HTTP 412). */
export class PreconditionFailedError extends CustomErrorBase {
  name = 'PreconditionFailedError' as const;
  get statusCode() {
    return 412;
  }
}

/** A change to an existing record came without If-Match (HTTP 428). */
export class PreconditionRequiredError extends CustomErrorBase {
  name = 'PreconditionRequiredError' as const;
  get statusCode() {
    return 428;
  }
}

/** Stored evidence no longer matches the hash taken at upload (HTTP 500, never served). */
export class EvidenceIntegrityError extends CustomErrorBase {
  name = 'EvidenceIntegrityError' as const;
  get statusCode() {
    return 500;
  }
}

/** A request body over the configured size (HTTP 413). */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  get statusCode() {
    return 413;
  }
}

/** Something failed that the client cannot fix; details are in the log (HTTP 500). */
export class InternalError extends CustomErrorBase {
  name = 'InternalError' as const;
  get statusCode() {
    return 500;
  }
}

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
