import type { ErrorRequestHandler, Request, Response } from 'express';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  fieldProblems,
  type ApiErrorBody,
} from '@aigov/plugin-ai-governance-common';
import type { z } from 'zod';
import { FieldValidationError, PreconditionRequiredError } from '../errors';

/** Parses a body or query with a schema; failures name every bad field. */
export function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what = 'request body',
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const details = fieldProblems(result.error);
    throw new FieldValidationError(
      `Invalid ${what}: ${details
        .map(d => `${d.path} ${d.message}`)
        .join('; ')}`,
      details,
    );
  }
  return result.data;
}

/** Sends a record with its version as a strong ETag. */
export function sendVersioned(
  res: Response,
  status: number,
  record: { version: number },
) {
  res.setHeader('ETag', `"${record.version}"`);
  res.status(status).json(record);
}

/**
 * The version a client read, from If-Match (`"3"`, `W/"3"` or `3`).
 * `required` changes get 428 without it.
 */
export function ifMatch(req: Request, required: boolean): number | undefined {
  const header = req.header('if-match');
  if (header === undefined || header.trim() === '') {
    if (required) {
      throw new PreconditionRequiredError(
        'This change needs an If-Match header with the ETag you read, so concurrent edits are not lost',
      );
    }
    return undefined;
  }
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) {
    throw new FieldValidationError(
      'Invalid If-Match header: must be an ETag such as "3"',
      [{ path: 'If-Match', message: 'must be an ETag such as "3"' }],
    );
  }
  return Number(match[1]);
}

const STATUS: Record<string, number> = {
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  PreconditionFailedError: 412,
  PayloadTooLargeError: 413,
  PreconditionRequiredError: 428,
  NotModifiedError: 304,
  ServiceUnavailableError: 503,
};

/**
 * Every error becomes `{ error: { name, message, details? } }`. Body-parser
 * failures (bad JSON, too large) are client errors; anything unexpected is
 * logged and answered without internals.
 */
export function errorHandler(logger: LoggerService): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    let status = STATUS[error?.name as string];
    let body: ApiErrorBody['error'];
    if (error?.type === 'entity.too.large' || error?.status === 413) {
      status = 413;
      body = {
        name: 'PayloadTooLargeError',
        message: `Request body is larger than the limit of ${
          error.limit ?? 'the server'
        } bytes`,
      };
    } else if (
      error?.type === 'entity.parse.failed' ||
      error?.type === 'encoding.unsupported' ||
      error?.type === 'charset.unsupported'
    ) {
      status = 400;
      body = {
        name: 'InputError',
        message: 'Request body is not valid JSON',
        details: [{ path: '<body>', message: 'is not valid JSON' }],
      };
    } else if (status) {
      body = {
        name: error.name === 'FieldValidationError' ? 'InputError' : error.name,
        message: error.message,
      };
      if (error instanceof FieldValidationError) body.details = error.details;
      else if (error instanceof InputError) body.details = [];
    } else {
      status = 500;
      const known = error?.name === 'EvidenceIntegrityError';
      if (!known)
        logger.error('Unexpected error in the ai-governance API', error);
      body = known
        ? { name: error.name, message: error.message }
        : {
            name: 'InternalError',
            message:
              'The server failed to handle this request; it has been logged',
          };
    }
    res.status(status).json({ error: body });
  };
}
