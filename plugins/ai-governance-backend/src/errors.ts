import { CustomErrorBase } from '@backstage/errors';

/** The record changed since the client read it (HTTP 412). */
export class PreconditionFailedError extends CustomErrorBase {
  name = 'PreconditionFailedError' as const;
}

/** A change to an existing record came without If-Match (HTTP 428). */
export class PreconditionRequiredError extends CustomErrorBase {
  name = 'PreconditionRequiredError' as const;
}

/** Stored evidence no longer matches the hash taken at upload (HTTP 500, never served). */
export class EvidenceIntegrityError extends CustomErrorBase {
  name = 'EvidenceIntegrityError' as const;
}

/** A request body over the configured size (HTTP 413). */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
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
