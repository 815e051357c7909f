import contentType from 'content-type';
import type {
  ErrorRequestHandler,
  Request,
  RequestHandler,
  Response,
} from 'express';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { fieldProblems } from '@aigov/plugin-ai-governance-common';
import type { z } from 'zod';
import {
  FieldValidationError,
  InternalError,
  PayloadTooLargeError,
  PreconditionRequiredError,
} from '../errors';

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

/** Names of errors this API raises on purpose; anything else is unexpected. */
const KNOWN = new Set([
  'InputError',
  'AuthenticationError',
  'NotAllowedError',
  'NotFoundError',
  'ConflictError',
  'NotModifiedError',
  'ServiceUnavailableError',
  'PreconditionFailedError',
  'PreconditionRequiredError',
  'PayloadTooLargeError',
  'EvidenceIntegrityError',
]);

/** What the body parsers say, as the field problem a client can act on. */
function bodyParserError(error: any): Error | undefined {
  if (error?.type === 'entity.too.large') {
    return new PayloadTooLargeError(
      `Request body is larger than the limit of ${error.limit} bytes`,
    );
  }
  const problem: Record<string, string> = {
    'entity.parse.failed': 'is not valid JSON',
    'encoding.unsupported': `is sent with an unsupported Content-Encoding`,
    'charset.unsupported': 'is sent with an unsupported charset',
    'request.aborted': 'was cut off before it was complete',
    'request.size.invalid': 'does not have the length its headers announce',
  };
  if (problem[error?.type]) {
    return new FieldValidationError(`Request body ${problem[error.type]}`, [
      { path: '<body>', message: problem[error.type] },
    ]);
  }
  // A body that does not decompress as its Content-Encoding says (zlib).
  if (typeof error?.code === 'string' && error.code.startsWith('Z_')) {
    return new FieldValidationError(
      'Request body does not match its Content-Encoding',
      [
        {
          path: '<body>',
          message: 'does not decompress as its Content-Encoding says',
        },
      ],
    );
  }
  return undefined;
}

/** Content-Type errors found before the spec router, raised after it. */
const heldBack = new WeakMap<object, Error>();

/**
 * Checks, before anything reads the request, that a Content-Type header is a
 * media type and, on paths other than `rawBodyPaths`, JSON: the API reads no
 * other body there, and the spec router fails with a 500 on media types it
 * cannot look up (such as `%/#`). A bad header is taken off the request and
 * its error held back for `heldBackContentTypeError`, because the spec
 * router's error transformer would keep only the message, not the field.
 */
export function contentTypeGuard(rawBodyPaths: RegExp): RequestHandler {
  return (req, _res, next) => {
    const problem = contentTypeProblem(req, rawBodyPaths);
    if (problem) {
      heldBack.set(req, problem);
      delete req.headers['content-type'];
    }
    next();
  };
}

function contentTypeProblem(req: Request, rawBodyPaths: RegExp) {
  if (req.headers['content-type'] === undefined) return undefined;
  let type: string;
  try {
    type = contentType.parse(req).type;
  } catch {
    return new FieldValidationError('Content-Type is not a media type', [
      { path: 'Content-Type', message: 'is not a media type' },
    ]);
  }
  if (type === 'application/json' || rawBodyPaths.test(req.path)) {
    return undefined;
  }
  return new FieldValidationError('Content-Type must be application/json', [
    { path: 'Content-Type', message: 'must be application/json' },
  ]);
}

/** Raises, after the spec router, what `contentTypeGuard` found. */
export const heldBackContentTypeError: RequestHandler = (req, _res, next) => {
  next(heldBack.get(req));
};

/**
 * What reading a JSON body failed on, as a 400 naming the body or the header:
 * anything the body parser raises is about the request, never the server.
 */
export function bodyError(error: any): Error {
  const mapped = bodyParserError(error);
  if (mapped) return mapped;
  if (typeof error?.status === 'number' && error.status < 500) return error;
  return new FieldValidationError(
    `Request body could not be read: ${error?.message ?? error}`,
    [{ path: 'Content-Type', message: 'is not a media type the API can read' }],
  );
}

/**
 * Gives every error the shape Backstage's error middleware serialises
 * (`{ error: { name, message, details? }, request, response }`): body-parser
 * failures become the client errors they are, and anything unexpected is
 * logged and passed on without internals. Status codes come from the error
 * names Backstage knows and the `statusCode` of this plugin's own errors.
 */
export function errorMapper(logger: LoggerService): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    const mapped = bodyParserError(error);
    if (mapped) {
      next(mapped);
    } else if (error?.name === 'InputError' && !Array.isArray(error.details)) {
      // Every 400 names what is wrong; errors raised before the routes run
      // (the spec router's path and header parsing) only say it in words.
      next(
        new FieldValidationError(error.message, [
          { path: '<request>', message: error.message },
        ]),
      );
    } else if (KNOWN.has(error?.name)) {
      next(error);
    } else {
      logger.error('Unexpected error in the ai-governance API', error);
      next(
        new InternalError(
          'The server failed to handle this request; it has been logged',
        ),
      );
    }
  };
}
