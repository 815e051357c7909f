import fs from 'node:fs';
import path from 'node:path';
import { TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  alice,
  catalogSyncAtStartup,
  startGovernanceBackend,
} from '../../__testUtils__/backend';
import { asBytes } from '../../__testUtils__/evidence';
import {
  BASE,
  operationOf,
  operations,
  requestBodyProblems,
  resolve,
  type JsonMap,
  type Method,
} from './spec';

/*
 * The harness of the conformance tests: a real ai-governance backend on
 * SQLite whose answers are held to src/schema/openapi.yaml (statuses, media
 * types, headers, request bodies and query parameters here; JSON bodies by
 * the router's own response validation, on in the test backend). Each file
 * under src/schema/conformance/ covers the operations of its spec tags and
 * ends by checking that it exercised every one of them with a success.
 */

/**
 * Spec tags whose operations a file of their own under
 * src/schema/conformance/ exercises (named `<slug>.conformance.test.ts`);
 * openapi.conformance.test.ts covers every other tag (Health, and any new
 * tag until it gets a file).
 */
export const TAGS_WITH_OWN_FILE: Record<string, string> = {
  Library: 'risks',
  Risks: 'risks',
  Controls: 'controlsAndEvidence',
  Evidence: 'controlsAndEvidence',
  Assessments: 'assessments',
  Scorecards: 'assessments',
  Onboarding: 'assessments',
  Changes: 'historyAndExports',
  History: 'historyAndExports',
  Exports: 'historyAndExports',
  Tasks: 'incidents',
  Nonconformities: 'incidents',
  Incidents: 'incidents',
  'Management system': 'managementSystem',
  'AIMS scope and roles': 'scopeAndRoles',
  'AIMS policies': 'policies',
  'AIMS objectives': 'objectives',
  Training: 'training',
  'Management reviews': 'managementReviews',
  Readiness: 'readiness',
};

/** Options of one request of {@link ConformanceHarness.call}. */
export interface CallOptions {
  /** Request headers; alice's credentials unless given. */
  headers?: Record<string, string>;
  /** A JSON body. */
  body?: unknown;
  /** A raw body with its media type. */
  raw?: { bytes: Buffer; type: string };
  /** Read the answer as bytes. */
  binary?: boolean;
}

/** A running backend and the spec-checking request function. */
export interface ConformanceHarness {
  /**
   * Sends a request to `BASE + url` and holds the answer to the spec: the
   * status must be listed for the operation (and be the one expected), the
   * media type must be one the spec gives, JSON must match the schema, and
   * documented headers must be there. A body the server accepted must match
   * the spec's request schema, and its query parameters must be declared.
   */
  call(
    method: Method,
    url: string,
    expected: number,
    options?: CallOptions,
  ): Promise<request.Response>;
  /** The database of the backend, once started. */
  knex(): Knex;
}

/**
 * Starts a backend before the tests of the calling `describe` and returns
 * the request function; `config` is merged into the test backend's, and
 * `entities` replace the test catalog.
 */
export function useConformanceBackend(
  options: { config?: object; entities?: Entity[] } = {},
): ConformanceHarness & { exercised: Map<string, Set<number>> } {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  /** Statuses seen per operation. */
  const exercised = new Map<string, Set<number>>();
  let server: any;
  let knex: Knex | undefined;

  beforeAll(async () => {
    knex = await databases.init('SQLITE_3');
    ({ server } = await startGovernanceBackend({
      knex,
      config: options.config,
      entities: options.entities,
      // Team scorecards need the groups the catalog sync brings.
      extraFeatures: [catalogSyncAtStartup()],
    }));
  });

  /**
   * Sends a request to `BASE + url` and holds the answer to the spec: the
   * status must be listed for the operation (and be the one expected), the
   * media type must be one the spec gives, JSON must match the schema, and
   * documented headers must be there. A body the server accepted must match
   * the spec's request schema, and its query parameters must be declared.
   */
  async function call(
    method: Method,
    url: string,
    expected: number,
    sent: CallOptions = {},
  ): Promise<request.Response> {
    let test = request(server)
      [method](BASE + url)
      .set(sent.headers ?? alice);
    if (sent.binary) test = asBytes(test);
    if (sent.raw) {
      test = test.set('Content-Type', sent.raw.type).send(sent.raw.bytes);
    } else if (sent.body !== undefined) {
      test = test.send(sent.body as object);
    }
    const res = await test;

    const { pathname, searchParams } = new URL(BASE + url, 'http://x');
    const relative = pathname.slice(BASE.length);
    const found = operationOf(method, relative);
    const where = `${method.toUpperCase()} ${relative}${
      found ? ` (${found.template})` : ''
    } answered ${res.status}`;
    const problems: string[] = [];
    if (!found) throw new Error(`${where}: no operation in the spec`);
    if (!exercised.has(found.key)) exercised.set(found.key, new Set());
    exercised.get(found.key)!.add(res.status);

    // The router checks every JSON answer against the spec (the test
    // backend turns aiGovernance.openapi.validateResponses on): an answer
    // that does not conform comes back as a 500 naming the mismatch.
    if (res.status !== expected) {
      problems.push(`expected ${expected}; body: ${res.text?.slice(0, 500)}`);
    }
    const response = found.op.responses[String(res.status)];
    if (!response) {
      problems.push(
        `status ${res.status} is not in the spec, which lists ${Object.keys(
          found.op.responses,
        ).join(', ')}`,
      );
    } else {
      const r = resolve(response);
      const content = (r.content ?? {}) as Record<string, JsonMap>;
      const mediaType = String(res.headers['content-type'] ?? '')
        .split(';')[0]
        .trim();
      const media = Object.keys(content).find(
        m =>
          m === mediaType ||
          m === '*/*' ||
          (m.endsWith('/*') && mediaType.startsWith(m.slice(0, -1))),
      );
      if (Object.keys(content).length && !media) {
        problems.push(
          `Content-Type "${mediaType}" is not one of ${Object.keys(content)}`,
        );
      }
      for (const name of Object.keys(r.headers ?? {})) {
        if (res.headers[name.toLowerCase()] === undefined) {
          problems.push(`the ${name} header the spec lists is missing`);
        }
      }
    }
    if (res.status < 300) {
      const declared = found.parameters
        .filter(p => p.in === 'query')
        .map(p => p.name);
      for (const name of searchParams.keys()) {
        if (!declared.includes(name)) {
          problems.push(`query parameter ${name} is not in the spec`);
        }
      }
      if (sent.body !== undefined && found.op.requestBody) {
        const bodyProblems = requestBodyProblems(found.key, sent.body);
        if (bodyProblems) {
          problems.push(
            `the server accepted a body the spec refuses:\n      ${bodyProblems}`,
          );
        }
      }
    }
    if (problems.length) {
      throw new Error(`${where}:\n  - ${problems.join('\n  - ')}`);
    }
    return res;
  }

  return {
    call,
    exercised,
    knex: () => {
      if (!knex) throw new Error('The backend has not started yet');
      return knex;
    },
  };
}

/**
 * The check that ends each conformance file, called in its last test: the
 * operations of the given tags (or, with `exceptTags`, of every other tag)
 * that were never answered with a success. A file naming tags that have no
 * operation gets an error, so a renamed tag cannot pass unnoticed.
 */
export function unexercisedOperations(
  harness: { exercised: Map<string, Set<number>> },
  scope: { tags: string[] } | { exceptTags: string[] },
): string[] {
  const covered = operations.filter(o => {
    const tags: string[] = o.op.tags ?? [];
    return 'tags' in scope
      ? tags.some(t => scope.tags.includes(t))
      : !tags.some(t => scope.exceptTags.includes(t));
  });
  if (!covered.length) {
    throw new Error(
      `No operation of the spec has the tags ${JSON.stringify(scope)}`,
    );
  }
  return covered
    .filter(o => ![...(harness.exercised.get(o.key) ?? [])].some(s => s < 300))
    .map(o => o.key);
}

/** The files TAGS_WITH_OWN_FILE names that are missing. */
export function missingConformanceFiles(): string[] {
  return Object.entries(TAGS_WITH_OWN_FILE)
    .map(([, slug]) => `${slug}.conformance.test.ts`)
    .filter(
      file => !fs.existsSync(path.resolve(__dirname, '../conformance', file)),
    );
}

/** A JSON map, re-exported for the conformance files. */
export type { JsonMap };
