import { makeValidator } from '@backstage/catalog-model';
import fc from 'fast-check';
import type { Response } from 'supertest';

/*
 * Arbitraries of client input the API must survive, and the one verdict it
 * is held to, for the property tests (src/service/validation.property.test.ts).
 */

/** Free-form JSON in objects or arrays `depth` levels deep: around the limit (32) and far past it. */
export const nestedJson = fc
  .record({
    depth: fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 41, max: 3000 }),
    ),
    inObjects: fc.boolean(),
    leaf: fc.jsonValue({ maxDepth: 0 }),
  })
  .map(({ depth, inObjects, leaf }) => {
    // Built in a loop: a recursive arbitrary could not reach these depths.
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = inObjects ? { a: value } : [value];
    return { depth, value };
  });

/** Any text a header may carry (Node refuses control characters). */
const printable = fc.string({
  maxLength: 60,
  unit: fc.integer({ min: 0x20, max: 0x7e }).map(c => String.fromCharCode(c)),
});

/** Content-Type values: the usual ones, odd casing and parameters, and any text. */
export const contentTypes = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'application/json; charset',
    'application/merge-patch+json',
    'APPLICATION/JSON',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    '*/*',
  ),
  printable,
);

/** Content-Encoding values: supported, unsupported, lists, and any text. */
export const contentEncodings = fc.oneof(
  fc.constantFrom(
    'gzip',
    'x-gzip',
    'GZIP',
    'deflate',
    'br',
    'zstd',
    'identity',
    'gzip, gzip',
    'compress',
    '*',
    '',
  ),
  printable,
);

/** Text percent-encoding can take (it refuses lone surrogates). */
const encodable = (arb: fc.Arbitrary<string>) =>
  arb.filter(v => {
    try {
      encodeURIComponent(v);
      return true;
    } catch {
      return false;
    }
  });

/**
 * A kind, namespace or name as a client may put it in a path:
 * catalog-like, unicode, over-long, dot segments; percent-encoded once or
 * twice. `value` is what the server decodes it to.
 */
export const pathSegment = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(
        'aisystem',
        'AiSystem',
        'group',
        'default',
        'credit-scoring',
        'risk',
        '.',
        '..',
        '%',
        ' ',
        '🔥',
      ),
      fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,70}$/),
      encodable(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' })),
      encodable(fc.string({ minLength: 1, maxLength: 20, unit: 'binary' })),
      fc.string({
        minLength: 64,
        maxLength: 1500,
        unit: fc.constantFrom('a', 'Z', '9', '-', '.'),
      }),
    ),
    fc.boolean(),
  )
  .map(([text, twice]) => {
    const once = encodeURIComponent(text);
    return twice
      ? { raw: encodeURIComponent(once), value: once }
      : { raw: once, value: text };
  });

/** An id path parameter: a well-formed one nobody has, or anything a segment can be. */
export const idSegment = fc.oneof(
  fc.uuid().map(id => ({ raw: id, value: id })),
  pathSegment,
);

/** Path text that does not percent-decode, so Express cannot match parameters. */
export const undecodable = fc
  .tuple(
    fc.stringMatching(/^[a-z]{0,5}$/),
    fc.constantFrom('%', '%zz', '%E0%A4%A', '%C3', '%ED%A0%80', '%%'),
    fc.stringMatching(/^[a-z]{0,5}$/),
  )
  .map(parts => parts.join(''));

/** Which parts of a decoded entity path the catalog calls malformed (refs are compared in lower case). */
export function malformedRefParts(
  kind: string,
  namespace: string,
  name: string,
) {
  const v = makeValidator();
  const lower = (s: string) => s.toLocaleLowerCase('en-US');
  return [
    v.isValidKind(lower(kind)) ? [] : ['kind'],
    v.isValidNamespace(lower(namespace)) ? [] : ['namespace'],
    v.isValidEntityName(lower(name)) ? [] : ['name'],
  ].flat();
}

/**
 * What the API may answer: 2xx, or a 4xx in Backstage's error shape (a 400
 * an InputError naming fields), never 5xx; and a 4xx writes nothing.
 * 'ok', or what was wrong, so a failing property shows the answer.
 */
export function verdict(res: Response, written: number) {
  const error = res.body?.error;
  const details = error?.details;
  const named =
    Array.isArray(details) &&
    details.length > 0 &&
    details.every(
      (d: any) => typeof d.path === 'string' && typeof d.message === 'string',
    );
  const ok =
    res.status < 400 ||
    (res.status < 500 &&
      typeof error?.name === 'string' &&
      typeof error?.message === 'string' &&
      (res.status !== 400 || (error.name === 'InputError' && named)) &&
      written === 0);
  return ok ? 'ok' : { status: res.status, body: res.body, written };
}
