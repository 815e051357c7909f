import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  AI_RISK_TIERS,
  ANNEX_A_CONTROL_IDS,
  ASSESSMENT_STATUSES,
  ASSESSMENT_TYPES,
  assessmentApproveSchema,
  assessmentCreateSchema,
  assessmentPatchSchema,
  CONTROL_STATUSES,
  controlPutSchema,
  EVIDENCE_KINDS,
  evidenceCreateSchema,
  LIFECYCLE_STAGES,
  RISK_LEVELS,
  RISK_STATUSES,
  RISK_TREATMENTS,
  riskAcceptSchema,
  riskCreateSchema,
  riskPatchSchema,
  SCORECARD_LEVELS,
  TEXT_LIMITS,
} from '@aigov/plugin-ai-governance-common';
// ajv is not a declared dependency of this package (it comes with
// @aigov/plugin-ai-governance-common and the Backstage tooling).
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import yaml from 'js-yaml';
import type { Knex } from 'knex';
import request from 'supertest';
import type { z } from 'zod';
import { as, CREDIT, startGovernanceBackend } from '../__testUtils__/backend';
import { createRouter, type RouterOptions } from '../service/router';

/*
 * Holds the router to src/schema/openapi.yaml: every route is in the spec and
 * every spec operation is a route, and the answers of a realistic sequence of
 * requests (successes and errors) match the status codes, media types,
 * headers and JSON schemas the spec gives.
 */

jest.setTimeout(60_000);

// --- the spec ------------------------------------------------------------------

type JsonMap = Record<string, unknown>;

interface Operation {
  operationId: string;
  description?: string;
  parameters?: JsonMap[];
  requestBody?: JsonMap;
  responses: Record<string, JsonMap>;
  security?: unknown[];
}

const METHODS = [
  'get',
  'put',
  'post',
  'patch',
  'delete',
  'head',
  'options',
] as const;
type Method = (typeof METHODS)[number];

const spec = yaml.load(
  fs.readFileSync(path.resolve(__dirname, 'openapi.yaml'), 'utf8'),
) as {
  openapi: string;
  info: { title: string };
  servers: Array<{ url: string }>;
  security: unknown[];
  paths: Record<string, Partial<Record<Method, Operation>> & JsonMap>;
  components: {
    schemas: Record<string, JsonMap>;
    parameters: Record<string, JsonMap>;
    responses: Record<string, JsonMap>;
    headers: Record<string, JsonMap>;
    securitySchemes: Record<string, JsonMap>;
  };
};
const BASE = spec.servers[0].url;

const isObject = (v: unknown): v is JsonMap =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Follows a local `$ref` (`#/components/...`) to what it names. */
function deref<T = JsonMap>(node: unknown): T {
  let current = node;
  for (let hops = 0; isObject(current) && '$ref' in current; hops++) {
    const ref = String(current.$ref);
    if (!ref.startsWith('#/') || hops > 10) throw new Error(`Bad $ref ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), spec);
    if (current === undefined) throw new Error(`Unresolved $ref ${ref}`);
  }
  return current as T;
}

/** Every operation of the spec, as `METHOD /template`. */
function specOperations() {
  const ops: Array<{
    key: string;
    method: Method;
    template: string;
    op: Operation;
    parameters: JsonMap[];
  }> = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [
        ...((item.parameters as JsonMap[] | undefined) ?? []),
        ...(op.parameters ?? []),
      ].map(p => deref(p));
      ops.push({
        key: `${method.toUpperCase()} ${template}`,
        method,
        template,
        op,
        parameters,
      });
    }
  }
  return ops;
}
const operations = specOperations();

/** The spec operation a request path (below BASE) falls under; literal segments win over parameters. */
function findOperation(method: Method, pathname: string) {
  const candidates = operations
    .filter(o => o.method === method)
    .filter(o => {
      const pattern = o.template
        .split('/')
        .map(seg =>
          /^\{[^}]+\}$/.test(seg)
            ? '[^/]+'
            : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('/');
      return new RegExp(`^${pattern}$`).test(pathname);
    })
    .sort(
      (a, b) =>
        b.template.split('/').filter(s => !s.startsWith('{')).length -
        a.template.split('/').filter(s => !s.startsWith('{')).length,
    );
  return candidates[0];
}

// --- OpenAPI schemas as JSON Schema, for ajv ---------------------------------

const SPEC_ID = 'ai-governance-openapi.json';
/** Keys whose value is data, not a schema. */
const DATA_KEYS = new Set(['enum', 'default', 'required', 'const']);
/** OpenAPI-only keys that JSON Schema does not have. */
const OPENAPI_KEYS = new Set([
  'nullable',
  'example',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

/** `nullable: true` becomes "or null"; refs point into the registered components. */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!isObject(schema)) return schema;
  const out: JsonMap = {};
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_KEYS.has(key)) continue;
    if (key === '$ref') {
      out.$ref = String(value).replace(
        /^#\/components\/schemas\//,
        `${SPEC_ID}#/components/schemas/`,
      );
    } else if (key === 'properties' && isObject(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, s]) => [name, toJsonSchema(s)]),
      );
    } else if (DATA_KEYS.has(key)) {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  return schema.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('binary', true);
ajv.addSchema({
  $id: SPEC_ID,
  components: {
    schemas: Object.fromEntries(
      Object.entries(spec.components.schemas).map(([name, s]) => [
        name,
        toJsonSchema(s),
      ]),
    ),
  },
});
const compiled = new Map<unknown, ValidateFunction>();
function validator(openApiSchema: unknown): ValidateFunction {
  let validate = compiled.get(openApiSchema);
  if (!validate) {
    validate = ajv.compile(toJsonSchema(openApiSchema) as object);
    compiled.set(openApiSchema, validate);
  }
  return validate;
}
const ajvErrors = (validate: ValidateFunction) =>
  (validate.errors ?? [])
    .map(
      e =>
        `${e.instancePath || '<root>'} ${e.message} ${JSON.stringify(
          e.params,
        )}`,
    )
    .join('\n      ');

const componentValidator = (name: string) =>
  validator({ $ref: `#/components/schemas/${name}` });

/** Whether a body is valid for an operation's JSON request body, with the errors. */
function requestBodyProblems(key: string, body: unknown): string | undefined {
  const found = operations.find(o => o.key === key);
  if (!found) throw new Error(`No operation ${key} in the spec`);
  const requestBody = deref(found.op.requestBody);
  const schema = (requestBody.content as any)?.['application/json']?.schema;
  if (!schema) throw new Error(`${key} has no JSON request body in the spec`);
  const validate = validator(schema);
  return validate(body) ? undefined : ajvErrors(validate);
}

// --- route coverage ----------------------------------------------------------------

type Layer = {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  regexp?: RegExp & { fast_slash?: boolean };
};

/** The routes of an express router as `METHOD /path/{param}`, nested routers included. */
function expressRoutes(stack: Layer[]): string[] {
  const routes: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      if (typeof layer.route.path !== 'string') {
        throw new Error(
          `Route ${String(
            layer.route.path,
          )} is not a plain path; teach this test to read it`,
        );
      }
      const template = layer.route.path.replace(/:(\w+)/g, '{$1}');
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (!on) continue;
        if (method === '_all') {
          throw new Error(
            `router.all(${template}) cannot be described per method`,
          );
        }
        routes.push(`${method.toUpperCase()} ${template}`);
      }
    } else if (layer.handle?.stack) {
      if (!layer.regexp?.fast_slash) {
        throw new Error(
          `A nested router is mounted at ${layer.regexp}; teach this test its prefix`,
        );
      }
      routes.push(...expressRoutes(layer.handle.stack));
    }
  }
  return routes;
}

describe('the OpenAPI spec of the ai-governance API', () => {
  it('is an OpenAPI 3.1.0 document for /api/ai-governance with bearer auth everywhere but /health', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.info.title).toBe('ai-governance');
    expect(spec.servers).toEqual([{ url: '/api/ai-governance' }]);
    expect(spec.security).toEqual([{ bearerAuth: [] }]);
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    const open = operations.filter(o => o.op.security !== undefined);
    expect(open.map(o => o.key)).toEqual(['GET /health']);
    expect(open[0].op.security).toEqual([]);
  });

  it('describes every operation, its path parameters and its responses', () => {
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const { key, op, template, parameters } of operations) {
      if (!op.operationId || ids.has(op.operationId)) {
        problems.push(`${key}: missing or duplicate operationId`);
      }
      ids.add(op.operationId);
      if (!op.description) problems.push(`${key}: no description`);
      const inTemplate = [...template.matchAll(/\{(\w+)\}/g)]
        .map(m => m[1])
        .sort();
      const declared = parameters
        .filter(p => p.in === 'path')
        .map(p => String(p.name))
        .sort();
      if (JSON.stringify(inTemplate) !== JSON.stringify(declared)) {
        problems.push(
          `${key}: path parameters ${declared} do not match the template`,
        );
      }
      for (const [status, response] of Object.entries(op.responses)) {
        const r = deref(response);
        if (!r.description) problems.push(`${key} ${status}: no description`);
        for (const media of Object.values(
          (r.content as Record<string, JsonMap>) ?? {},
        )) {
          try {
            validator(media.schema);
          } catch (error) {
            problems.push(`${key} ${status}: ${(error as Error).message}`);
          }
        }
      }
    }
    // Every named schema compiles and every $ref resolves.
    for (const name of Object.keys(spec.components.schemas)) {
      try {
        componentValidator(name);
      } catch (error) {
        problems.push(`schema ${name}: ${(error as Error).message}`);
      }
    }
    const refs = JSON.stringify(spec).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) {
      try {
        deref(JSON.parse(`{${ref}}`));
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses the enums and limits of @aigov/plugin-ai-governance-common', () => {
    const s = spec.components.schemas as Record<string, any>;
    expect(s.AnnexAControlId.enum).toEqual([...ANNEX_A_CONTROL_IDS]);
    expect(s.AiRiskTier.enum).toEqual([...AI_RISK_TIERS]);
    expect(s.RiskLevel.enum).toEqual([...RISK_LEVELS]);
    expect(s.RiskTreatment.enum).toEqual([...RISK_TREATMENTS]);
    expect(s.RiskStatus.enum).toEqual([...RISK_STATUSES]);
    expect(s.LifecycleStage.enum).toEqual([...LIFECYCLE_STAGES]);
    expect(s.ControlStatus.enum).toEqual([...CONTROL_STATUSES]);
    expect(s.EvidenceKind.enum).toEqual([...EVIDENCE_KINDS]);
    expect(s.AssessmentType.enum).toEqual([...ASSESSMENT_TYPES]);
    expect(s.AssessmentStatus.enum).toEqual([...ASSESSMENT_STATUSES]);
    expect(s.ScorecardLevel.enum).toEqual([...SCORECARD_LEVELS]);
    expect(s.RiskCreate.properties.title.maxLength).toBe(TEXT_LIMITS.title);
    expect(s.RiskCreate.properties.description.maxLength).toBe(
      TEXT_LIMITS.text,
    );
    expect(s.RiskCreate.properties.category.maxLength).toBe(TEXT_LIMITS.short);
    expect(s.RequestEntityRef.maxLength).toBe(TEXT_LIMITS.short);
    expect(s.EvidenceCreate.properties.url.maxLength).toBe(TEXT_LIMITS.url);
    expect(s.EvidenceCreate.properties.fileName.maxLength).toBe(
      TEXT_LIMITS.fileName,
    );
    expect(s.RiskCreate.properties.controlIds.maxItems).toBe(
      ANNEX_A_CONTROL_IDS.length,
    );
  });

  /*
   * The request-body schemas agree with the zod schemas the router validates
   * with, on bodies whose validity JSON Schema can express (not: trimming,
   * "justification required when not applicable", dates in the future).
   */
  it.each<[string, z.ZodType, string, unknown[], unknown[]]>([
    [
      'RiskCreate',
      riskCreateSchema,
      'POST /entities/{kind}/{namespace}/{name}/risks',
      [
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 5,
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'operation',
          likelihood: 3,
          impact: 4,
          description: 'd',
          source: null,
          treatment: 'transfer',
          treatmentPlan: '',
          controlIds: ['A.7.4', 'A.10.4'],
          residualLikelihood: 1,
          residualImpact: 2,
          owner: 'group:default/lending',
          status: 'treating',
          dueDate: '2027-02-28',
          nextReviewDate: null,
        },
      ],
      [
        {},
        { title: 't', category: 'c', lifecycleStage: 'design', likelihood: 1 },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 6,
          impact: 1,
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1.5,
          impact: 1,
        },
        {
          title: '',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'later',
          likelihood: 1,
          impact: 1,
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          status: 'accepted',
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          controlIds: ['A.99'],
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          owner: 'lending',
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          dueDate: '1 May',
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          colour: 'red',
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          description: null,
        },
      ],
    ],
    [
      'RiskPatch',
      riskPatchSchema,
      'PATCH /risks/{id}',
      [
        { likelihood: 5 },
        { owner: null, dueDate: null, source: null, status: 'closed' },
        { residualLikelihood: null, residualImpact: null },
      ],
      [
        {},
        { status: 'accepted' },
        { treatmentPlan: null },
        { impact: 0 },
        { id: 'x' },
      ],
    ],
    [
      'RiskAccept',
      riskAcceptSchema,
      'POST /risks/{id}/accept',
      [{ expiresAt: '2099-01-01' }, { expiresAt: '2099-01-01', note: 'ok' }],
      [
        {},
        { expiresAt: '2099-01-01T00:00:00Z' },
        { expiresAt: '2099-01-01', by: 'me' },
      ],
    ],
    [
      'ControlPut',
      controlPutSchema,
      'PUT /entities/{kind}/{namespace}/{name}/controls/{controlId}',
      [
        { applicable: true },
        {
          applicable: true,
          status: 'implemented',
          owner: 'user:default/alice',
          dueDate: null,
          justification: null,
        },
        { applicable: false, justification: 'No suppliers.' },
      ],
      [
        {},
        { applicable: 'yes' },
        { applicable: true, status: 'done' },
        { applicable: true, dueDate: '2026-13-01' },
        { applicable: true, version: 2 },
      ],
    ],
    [
      'EvidenceCreate',
      evidenceCreateSchema,
      'POST /entities/{kind}/{namespace}/{name}/evidence',
      [
        {
          title: 'Model card',
          kind: 'model-card',
          url: 'https://example.com/card',
          collectedAt: '2026-10-01',
        },
        {
          title: 'Bias review',
          kind: 'report',
          fileName: 'bias.pdf',
          mediaType: 'application/pdf',
          collectedAt: '2026-10-01T10:00:00Z',
          expiresAt: null,
          controlIds: ['A.7.4'],
          riskIds: [randomUUID()],
        },
      ],
      [
        { title: 'x', kind: 'log', collectedAt: '2026-10-01' },
        {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          fileName: 'a.log',
          collectedAt: '2026-10-01',
        },
        {
          title: 'x',
          kind: 'log',
          fileName: '../a.log',
          collectedAt: '2026-10-01',
        },
        { title: 'x', kind: 'log', fileName: '..', collectedAt: '2026-10-01' },
        {
          title: 'x',
          kind: 'log',
          fileName: 'a.log',
          mediaType: 'pdf',
          collectedAt: '2026-10-01',
        },
        {
          title: 'x',
          kind: 'log',
          url: 'ftp://example.com/a',
          collectedAt: '2026-10-01',
        },
        {
          title: 'x',
          kind: 'video',
          url: 'https://example.com',
          collectedAt: '2026-10-01',
        },
        {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          collectedAt: 'yesterday',
        },
        {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          collectedAt: '2026-10-01',
          riskIds: ['r1'],
        },
      ],
    ],
    [
      'AssessmentCreate',
      assessmentCreateSchema,
      'POST /entities/{kind}/{namespace}/{name}/assessments',
      [
        { type: 'risk' },
        {
          type: 'eu-ai-act-classification',
          answers: { scope: 'x', n: 1, nested: { a: [1, null] } },
          result: null,
        },
        { type: 'impact', result: { tier: 'high' } },
      ],
      [
        {},
        { type: 'audit' },
        { type: 'risk', answers: [] },
        { type: 'risk', status: 'approved' },
      ],
    ],
    [
      'AssessmentPatch',
      assessmentPatchSchema,
      'PATCH /assessments/{id}',
      [{ status: 'in-review' }, { answers: {} }, { result: null }],
      [{}, { status: 'approved' }, { answers: 'x' }, { type: 'risk' }],
    ],
    [
      'AssessmentApprove',
      assessmentApproveSchema,
      'POST /assessments/{id}/approve',
      [{}, { note: 'Looks right.' }],
      [{ note: 1 }, { approvedBy: 'me' }],
    ],
  ])(
    'has a %s schema that agrees with the router',
    (_name, zodSchema, key, valid, invalid) => {
      for (const body of valid) {
        expect(zodSchema.safeParse(body).success).toBe(true);
        expect(requestBodyProblems(key, body)).toBeUndefined();
      }
      for (const body of invalid) {
        expect(zodSchema.safeParse(body).success).toBe(false);
        expect({ body, problems: requestBodyProblems(key, body) }).toEqual({
          body,
          problems: expect.any(String),
        });
      }
    },
  );

  it('has exactly the routes of the router', async () => {
    const router = await createRouter({
      maxEvidenceBytes: 1024,
    } as unknown as RouterOptions);
    const routes = expressRoutes(
      (router as unknown as { stack: Layer[] }).stack,
    ).sort();
    expect(new Set(routes).size).toBe(routes.length);
    const specified = operations.map(o => o.key).sort();
    expect({
      notInSpec: routes.filter(r => !specified.includes(r)),
      notInRouter: specified.filter(o => !routes.includes(o)),
    }).toEqual({ notInSpec: [], notInRouter: [] });
    expect(routes.length).toBeGreaterThan(20);
  });
});

// --- response conformance ------------------------------------------------------------

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const MAX_EVIDENCE_BYTES = 4096;

describe('the answers of the ai-governance API', () => {
  let server: any;
  let knex: Knex;
  /** Statuses seen per operation. */
  const exercised = new Map<string, Set<number>>();

  beforeAll(async () => {
    knex = await databases.init('SQLITE_3');
    ({ server } = await startGovernanceBackend({
      knex,
      config: { aiGovernance: { evidence: { maxBytes: MAX_EVIDENCE_BYTES } } },
      extraFeatures: [
        // Runs the catalog sync at startup, so team scorecards have groups.
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
      ],
    }));
  });

  const alice = as('user:default/alice');
  const bob = as('user:default/bob');
  const entity = '/entities/aisystem/default/credit-scoring';

  interface CallOptions {
    /** Request headers; alice's credentials unless given. */
    headers?: Record<string, string>;
    /** A JSON body. */
    body?: unknown;
    /** A raw body with its media type. */
    raw?: { bytes: Buffer; type: string };
    /** Read the answer as bytes. */
    binary?: boolean;
  }

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
    options: CallOptions = {},
  ): Promise<request.Response> {
    let test = request(server)
      [method](BASE + url)
      .set(options.headers ?? alice);
    if (options.binary) {
      test = test.buffer(true).parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    }
    if (options.raw) {
      test = test.set('Content-Type', options.raw.type).send(options.raw.bytes);
    } else if (options.body !== undefined) {
      test = test.send(options.body as object);
    }
    const res = await test;

    const { pathname, searchParams } = new URL(BASE + url, 'http://x');
    const relative = pathname.slice(BASE.length);
    const found = findOperation(method, relative);
    const where = `${method.toUpperCase()} ${relative}${
      found ? ` (${found.template})` : ''
    } answered ${res.status}`;
    const problems: string[] = [];
    if (!found) throw new Error(`${where}: no operation in the spec`);
    if (!exercised.has(found.key)) exercised.set(found.key, new Set());
    exercised.get(found.key)!.add(res.status);

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
      const r = deref(response);
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
      } else if (media === 'application/json') {
        const validate = validator(content[media].schema);
        if (!validate(res.body)) {
          problems.push(
            `the body does not match the spec:\n      ${ajvErrors(validate)}`,
          );
        }
      }
      for (const [name, header] of Object.entries(
        (r.headers ?? {}) as Record<string, JsonMap>,
      )) {
        const value = res.headers[name.toLowerCase()];
        if (value === undefined) {
          problems.push(`the ${name} header the spec lists is missing`);
          continue;
        }
        const validate = validator(deref(header).schema);
        if (!validate(value)) {
          problems.push(
            `${name}: ${JSON.stringify(value)} ${ajvErrors(validate)}`,
          );
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
      if (options.body !== undefined && found.op.requestBody) {
        const bodyProblems = requestBodyProblems(found.key, options.body);
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

  const validRisk = {
    title: 'Unfair declines for young applicants',
    description:
      'The model may score applicants under 25 lower for reasons unrelated to credit risk.',
    category: 'fairness',
    source: 'bias-unfair-outcomes',
    lifecycleStage: 'operation',
    likelihood: 3,
    impact: 4,
    treatmentPlan: 'Quarterly bias review across age bands.',
    controlIds: ['A.7.4', 'A.6.2.4'],
    owner: 'group:default/lending',
    dueDate: '2027-03-31',
  };
  let riskId: string;

  describe('health and authentication', () => {
    it('answers /health without credentials', async () => {
      const res = await call('get', '/health', 200, { headers: {} });
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('answers 401 without valid credentials', async () => {
      const res = await call('get', '/controls', 401, {
        headers: { Authorization: 'Bearer mock-none-token' },
      });
      expect(res.body.error.name).toBe('AuthenticationError');
    });

    it('answers 403 when a service without a user changes records', async () => {
      const refused = await call('post', `${entity}/risks`, 403, {
        headers: { Authorization: 'Bearer mock-service-token' },
        body: validRisk,
      });
      expect(refused.body.error.name).toBe('NotAllowedError');
      // ...but lets it read.
      const read = await call('get', `${entity}/risks`, 200, {
        headers: { Authorization: 'Bearer mock-service-token' },
      });
      expect(read.body).toEqual({ items: [] });
    });
  });

  describe('library', () => {
    it('serves the Annex A controls and the risk scenarios', async () => {
      const controls = await call('get', '/controls', 200);
      expect(controls.body.items).toHaveLength(ANNEX_A_CONTROL_IDS.length);
      const scenarios = await call(
        'get',
        '/library/risk-scenarios?systemType=classifier&tier=high',
        200,
      );
      expect(scenarios.body.items.length).toBeGreaterThan(0);
      await call('get', '/library/risk-scenarios?systemType=classifier', 200);
      await call('get', '/library/risk-scenarios', 400);
      await call(
        'get',
        '/library/risk-scenarios?systemType=classifier&tier=extreme',
        400,
      );
    });
  });

  describe('risks', () => {
    it('creates, reads, changes and lists risks', async () => {
      const created = await call('post', `${entity}/risks`, 201, {
        body: validRisk,
      });
      riskId = created.body.id;
      expect(created.headers.etag).toBe('"1"');
      expect(created.headers.location).toBe(
        `/api/ai-governance/risks/${riskId}`,
      );
      const got = await call('get', `/risks/${riskId}`, 200, { headers: bob });
      expect(got.body).toEqual(created.body);

      const patched = await call('patch', `/risks/${riskId}`, 200, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: {
          likelihood: 5,
          status: 'treating',
          residualLikelihood: 2,
          residualImpact: 2,
          nextReviewDate: '2027-01-15',
        },
      });
      expect(patched.body).toMatchObject({ version: 2, residualLevel: 'low' });
      await call('patch', `/risks/${riskId}`, 200, {
        headers: { ...alice, 'If-Match': 'W/"2"' },
        body: { owner: null, dueDate: null, source: null },
      });

      for (let i = 0; i < 2; i++) {
        await call('post', `${entity}/risks`, 201, {
          body: {
            title: `Minimal ${i}`,
            category: 'privacy',
            lifecycleStage: 'data',
            likelihood: 1,
            impact: 2,
          },
        });
      }
      const first = await call('get', `${entity}/risks?limit=2`, 200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await call(
        'get',
        `${entity}/risks?limit=2&cursor=${first.body.nextCursor}`,
        200,
      );
      expect(second.body.nextCursor).toBeUndefined();
    });

    it('answers the errors the spec lists', async () => {
      const bad = {
        ...validRisk,
        likelihood: 7,
        impact: 'high',
        controlIds: ['A.99'],
        colour: 'red',
        title: '',
      };
      const invalid = await call('post', `${entity}/risks`, 400, { body: bad });
      expect(invalid.body.error.details.length).toBeGreaterThanOrEqual(5);
      expect(
        requestBodyProblems(
          'POST /entities/{kind}/{namespace}/{name}/risks',
          bad,
        ),
      ).toEqual(expect.any(String));
      await call('post', `${entity}/risks`, 400, {
        raw: { bytes: Buffer.from('{"title": '), type: 'application/json' },
      });
      await call('post', `${entity}/risks`, 413, {
        raw: {
          bytes: Buffer.from(
            JSON.stringify({
              ...validRisk,
              description: 'x'.repeat(1_100_000),
            }),
          ),
          type: 'application/json',
        },
      });
      await call('post', '/entities/aisystem/default/ghost/risks', 404, {
        body: validRisk,
      });
      await call('get', '/entities/aisystem/default/ghost/risks', 404);
      await call('get', `${entity}/risks?cursor=nonsense`, 400);
      await call('get', `${entity}/risks?limit=0`, 400);
      await call('get', `${entity}/risks?limit=201`, 400);
      await call('get', `${entity}/risks?sort=title`, 400);
      await call('get', '/risks/not-an-id', 400);
      await call('get', `/risks/${randomUUID()}`, 404);
      await call('patch', `/risks/${randomUUID()}`, 404, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { impact: 1 },
      });
      await call('patch', `/risks/${riskId}`, 428, { body: { impact: 1 } });
      await call('patch', `/risks/${riskId}`, 412, {
        headers: { ...bob, 'If-Match': '"1"' },
        body: { impact: 1 },
      });
      const badEtag = await call('patch', `/risks/${riskId}`, 400, {
        headers: { ...alice, 'If-Match': 'yesterday' },
        body: { impact: 1 },
      });
      expect(badEtag.body.error.details).toEqual([
        { path: 'If-Match', message: expect.any(String) },
      ]);
      await call('patch', `/risks/${riskId}`, 400, {
        headers: { ...alice, 'If-Match': '"3"' },
        body: { status: 'accepted' },
      });
      await call('patch', `/risks/${riskId}`, 400, {
        headers: { ...alice, 'If-Match': '"3"' },
        body: {},
      });
    });

    it('lets only someone else accept a risk', async () => {
      await call('post', `/risks/${riskId}/accept`, 428, {
        body: { expiresAt: '2099-01-01' },
      });
      await call('post', `/risks/${riskId}/accept`, 403, {
        headers: { ...alice, 'If-Match': '"3"' },
        body: { expiresAt: '2099-01-01' },
      });
      await call('post', `/risks/${riskId}/accept`, 400, {
        headers: { ...bob, 'If-Match': '"3"' },
        body: { expiresAt: '2001-01-01' },
      });
      await call('post', `/risks/${riskId}/accept`, 400, {
        headers: { ...bob, 'If-Match': '"3"' },
        body: {},
      });
      await call('post', `/risks/${riskId}/accept`, 412, {
        headers: { ...bob, 'If-Match': '"2"' },
        body: { expiresAt: '2099-01-01' },
      });
      const accepted = await call('post', `/risks/${riskId}/accept`, 200, {
        headers: { ...bob, 'If-Match': '"3"' },
        body: { expiresAt: '2099-01-01', note: 'Within appetite for now.' },
      });
      expect(accepted.body).toMatchObject({
        status: 'accepted',
        treatment: 'accept',
        acceptance: { approvedBy: 'user:default/bob', expiresAt: '2099-01-01' },
      });
      await call('post', `/risks/${randomUUID()}/accept`, 404, {
        headers: { ...bob, 'If-Match': '"1"' },
        body: { expiresAt: '2099-01-01' },
      });

      const closed = await call('post', `${entity}/risks`, 201, {
        body: { ...validRisk, title: 'Closed one', status: 'closed' },
      });
      await call('post', `/risks/${closed.body.id}/accept`, 409, {
        headers: { ...bob, 'If-Match': '"1"' },
        body: { expiresAt: '2099-01-01' },
      });
    });
  });

  describe('controls', () => {
    it('reads and records the Statement of Applicability', async () => {
      const list = await call('get', `${entity}/controls`, 200);
      expect(list.body.items).toHaveLength(ANNEX_A_CONTROL_IDS.length);
      const fresh = await call('get', `${entity}/controls/A.10.3`, 200);
      expect(fresh.headers.etag).toBe('"0"');
      expect(fresh.body).toMatchObject({ recorded: false, version: 0 });

      await call('put', `${entity}/controls/A.10.3`, 400, {
        body: { applicable: false },
      });
      const created = await call('put', `${entity}/controls/A.10.3`, 200, {
        body: {
          applicable: false,
          justification: 'No third-party suppliers are involved.',
        },
      });
      expect(created.body).toMatchObject({ recorded: true, version: 1 });
      await call('put', `${entity}/controls/A.10.3`, 428, {
        body: { applicable: true },
      });
      await call('put', `${entity}/controls/A.10.3`, 412, {
        headers: { ...alice, 'If-Match': '"7"' },
        body: { applicable: true },
      });
      const updated = await call('put', `${entity}/controls/A.10.3`, 200, {
        headers: { ...alice, 'If-Match': created.headers.etag },
        body: {
          applicable: true,
          status: 'planned',
          owner: 'user:default/alice',
          dueDate: '2020-01-01',
          justification: 'Suppliers arrive next year.',
        },
      });
      expect(updated.body).toMatchObject({ overdue: true, version: 2 });
      await call('put', `${entity}/controls/A.7.4`, 200, {
        headers: { ...alice, 'If-Match': '"0"' },
        body: { applicable: true, status: 'implemented' },
      });

      await call('get', `${entity}/controls/A.6.2.9`, 404);
      await call('put', `${entity}/controls/A.6.2.9`, 404, {
        body: { applicable: true },
      });
      await call('get', '/entities/aisystem/default/ghost/controls', 404);
      await call('put', `${entity}/controls/A.7.5`, 400, {
        body: { applicable: true, status: 'done' },
      });
    });
  });

  describe('evidence', () => {
    const bytes = Buffer.from(
      Array.from({ length: MAX_EVIDENCE_BYTES }, (_, i) => (i * 7) % 256),
    );
    let fileId: string;
    let linkId: string;

    it('adds link and file evidence and serves the file back', async () => {
      const link = await call('post', `${entity}/evidence`, 201, {
        body: {
          title: 'Fairness dashboard',
          kind: 'test-result',
          url: 'https://dashboards.example.com/fairness',
          collectedAt: '2026-10-01T09:30:00+02:00',
          expiresAt: '2099-12-31',
          controlIds: ['A.7.4'],
          riskIds: [riskId],
        },
      });
      linkId = link.body.id;
      const file = await call('post', `${entity}/evidence`, 201, {
        body: {
          title: 'Bias review Q3',
          kind: 'report',
          fileName: 'bias review Q3.pdf',
          mediaType: 'application/pdf',
          collectedAt: '2026-10-01',
          controlIds: ['A.7.4', 'A.10.3'],
        },
      });
      fileId = file.body.id;
      expect(file.body.file).toMatchObject({ uploaded: false, sha256: null });

      await call('put', `/evidence/${fileId}/content`, 400, {
        raw: { bytes: Buffer.alloc(0), type: 'application/pdf' },
      });
      await call('put', `/evidence/${fileId}/content`, 413, {
        raw: {
          bytes: Buffer.alloc(MAX_EVIDENCE_BYTES + 1),
          type: 'application/octet-stream',
        },
      });
      const uploaded = await call('put', `/evidence/${fileId}/content`, 200, {
        raw: { bytes, type: 'application/pdf' },
      });
      expect(uploaded.body.file).toMatchObject({
        uploaded: true,
        size: bytes.length,
      });
      expect(uploaded.headers.etag).toBe('"2"');
      await call('put', `/evidence/${fileId}/content`, 409, {
        raw: { bytes, type: 'application/octet-stream' },
      });
      await call('put', `/evidence/${linkId}/content`, 409, {
        raw: { bytes, type: 'application/octet-stream' },
      });

      await call('get', `/evidence/${fileId}`, 200, { headers: bob });
      const page = await call('get', `${entity}/evidence?limit=1`, 200);
      expect(page.body.nextCursor).toEqual(expect.any(String));
      await call(
        'get',
        `${entity}/evidence?limit=1&cursor=${page.body.nextCursor}`,
        200,
      );
      const controls = await call('get', `${entity}/controls/A.7.4`, 200);
      expect(controls.body.evidence).toHaveLength(2);

      const download = await call('get', `/evidence/${fileId}/content`, 200, {
        headers: bob,
        binary: true,
      });
      expect(Buffer.compare(download.body, bytes)).toBe(0);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers.digest).toBe(
        `sha-256=${Buffer.from(uploaded.body.file.sha256, 'hex').toString(
          'base64',
        )}`,
      );
      expect(download.headers['content-disposition']).toBe(
        "attachment; filename*=UTF-8''bias%20review%20Q3.pdf",
      );
    });

    it('answers the errors the spec lists', async () => {
      const neither = await call('post', `${entity}/evidence`, 400, {
        body: { title: 'x', kind: 'log', collectedAt: '2026-10-01' },
      });
      expect(neither.body.error.details).toEqual([
        { path: 'url', message: 'give either url or fileName' },
      ]);
      // A risk of no (or another) entity: an InputError naming the item.
      const foreign = await call('post', `${entity}/evidence`, 400, {
        body: {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          collectedAt: '2026-10-01',
          riskIds: [randomUUID()],
        },
      });
      expect(foreign.body.error).toMatchObject({
        name: 'InputError',
        details: [
          {
            path: 'riskIds[0]',
            message: expect.stringContaining('is not a risk of'),
          },
        ],
      });
      await call('post', '/entities/aisystem/default/ghost/evidence', 404, {
        body: {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          collectedAt: '2026-10-01',
        },
      });
      const badId = await call('get', '/evidence/nope', 400);
      expect(badId.body.error.details).toEqual([
        { path: 'id', message: 'must be an id this API returned' },
      ]);
      await call('get', `/evidence/${randomUUID()}`, 404);
      await call('get', `/evidence/${randomUUID()}/content`, 404);
      await call('get', `/evidence/${linkId}/content`, 404);
      await call('put', `/evidence/${randomUUID()}/content`, 404, {
        raw: { bytes, type: 'application/octet-stream' },
      });
      await call('get', `${entity}/evidence?cursor=nonsense`, 400);
    });

    it('refuses to serve a file whose bytes no longer match their SHA-256', async () => {
      const created = await call('post', `${entity}/evidence`, 201, {
        body: {
          title: 'Access log',
          kind: 'log',
          fileName: 'access.log',
          collectedAt: '2026-10-02',
        },
      });
      const uploaded = await call(
        'put',
        `/evidence/${created.body.id}/content`,
        200,
        {
          raw: {
            bytes: Buffer.from(`GET /score ${randomUUID()}\n`),
            type: 'text/plain',
          },
        },
      );
      expect(uploaded.body.file.mediaType).toBe('application/octet-stream');
      const blob = await knex('evidence_blobs')
        .where('sha256', uploaded.body.file.sha256)
        .first();
      const tampered = Buffer.from(blob.content);
      tampered[0] ^= 0xff;
      await knex('evidence_blobs')
        .where('sha256', uploaded.body.file.sha256)
        .update({ content: tampered });
      const res = await call(
        'get',
        `/evidence/${created.body.id}/content`,
        500,
      );
      expect(res.body.error.name).toBe('EvidenceIntegrityError');
    });
  });

  describe('assessments', () => {
    it('is started, reviewed and approved by someone else', async () => {
      const created = await call('post', `${entity}/assessments`, 201, {
        body: {
          type: 'risk',
          answers: { scope: 'Retail lending', affected: ['applicants'] },
        },
      });
      const url = `/assessments/${created.body.id}`;
      expect(created.body).toMatchObject({ status: 'draft', result: null });
      await call('get', url, 200, { headers: bob });
      await call('get', `${entity}/assessments`, 200);

      await call('post', `${url}/approve`, 409, {
        headers: { ...bob, 'If-Match': '"1"' },
        body: {},
      });
      const review = await call('patch', url, 200, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { status: 'in-review', result: { level: 'high' } },
      });
      await call('patch', url, 412, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { answers: {} },
      });
      await call('patch', url, 428, { body: { answers: {} } });
      await call('patch', url, 400, {
        headers: { ...alice, 'If-Match': review.headers.etag },
        body: { status: 'approved' },
      });
      await call('post', `${url}/approve`, 428, { headers: bob });
      await call('post', `${url}/approve`, 403, {
        headers: { ...alice, 'If-Match': review.headers.etag },
      });
      await call('post', `${url}/approve`, 400, {
        headers: { ...bob, 'If-Match': review.headers.etag },
        body: { approvedBy: 'user:default/bob' },
      });
      const approved = await call('post', `${url}/approve`, 200, {
        headers: { ...bob, 'If-Match': review.headers.etag },
      });
      expect(approved.body).toMatchObject({
        status: 'approved',
        approvedBy: 'user:default/bob',
      });
      await call('patch', url, 409, {
        headers: { ...alice, 'If-Match': approved.headers.etag },
        body: { answers: {} },
      });

      const impact = await call('post', `${entity}/assessments`, 201, {
        body: { type: 'impact', result: null },
      });
      await call('patch', `/assessments/${impact.body.id}`, 200, {
        headers: { ...alice, 'If-Match': '"1"' },
        body: { status: 'in-review' },
      });
      await call('post', `/assessments/${impact.body.id}/approve`, 200, {
        headers: { ...bob, 'If-Match': '"2"' },
        body: { note: 'Reviewed with legal.' },
      });

      await call('post', `${entity}/assessments`, 400, {
        body: { type: 'audit' },
      });
      await call('get', '/assessments/x', 400);
      await call('get', `/assessments/${randomUUID()}`, 404);
      await call('post', `/assessments/${randomUUID()}/approve`, 404, {
        headers: { ...bob, 'If-Match': '"1"' },
      });
      await call('get', '/entities/aisystem/default/ghost/assessments', 404);
    });
  });

  describe('scorecards', () => {
    it('scores an entity and rolls teams up', async () => {
      const card = await call('get', `${entity}/scorecard`, 200);
      expect(card.body).toMatchObject({
        entityRef: CREDIT,
        assessments: { riskApproved: true, impactApproved: true },
      });
      await call('get', '/entities/aisystem/default/fraud/scorecard', 200);
      await call('get', '/entities/aisystem/default/ghost/scorecard', 404);
      const teams = await call('get', '/scorecards?groupBy=owner', 200);
      expect(teams.body.items.length).toBeGreaterThan(0);
      await call('get', '/scorecards?groupBy=colour', 400);
      await call('get', '/scorecards', 400);
    });

    it('maps open risks and lists what is overdue', async () => {
      const map = await call('get', '/heatmap', 200);
      expect(map.body.inherent.length).toBeGreaterThan(0);
      await call(
        'get',
        `/heatmap?entityRef=${encodeURIComponent(CREDIT)}`,
        200,
      );
      await call('get', '/heatmap?entityRef=nonsense', 400);
      const overdue = await call('get', '/overdue?limit=10', 200);
      expect(Array.isArray(overdue.body.items)).toBe(true);
      await call('get', '/overdue?limit=0', 400);
    });
  });

  describe('history', () => {
    it('lists the history newest first and verifies the chain', async () => {
      const first = await call(
        'get',
        `/history?entityRef=${encodeURIComponent(CREDIT)}&limit=3`,
        200,
      );
      expect(first.body.items).toHaveLength(3);
      const seqs = first.body.items.map((e: { seq: number }) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
      await call(
        'get',
        `/history?entityRef=${encodeURIComponent(CREDIT)}&limit=3&cursor=${
          first.body.nextCursor
        }`,
        200,
      );
      const all = await call('get', '/history?limit=200', 200, {
        headers: { Authorization: 'Bearer mock-service-token' },
      });
      expect(all.body.items.length).toBeGreaterThan(10);
      await call('get', '/history', 200);
      await call('get', '/history?cursor=nonsense', 400);
      await call('get', '/history?limit=1000', 400);
      await call('get', '/history?entityRef=', 400);
      const verify = await call('get', '/history/verify', 200);
      expect(verify.body).toEqual({ ok: true, checked: expect.any(Number) });
    });
  });

  describe('exports', () => {
    it('exports the risk register and the Statement of Applicability as CSV', async () => {
      const risks = await call(
        'get',
        `/exports/risk-register.csv?entityRef=${encodeURIComponent(CREDIT)}`,
        200,
      );
      expect(risks.text.split('\r\n')[0]).toContain('"Risk id"');
      await call('get', '/exports/risk-register.csv', 200);
      const soa = await call(
        'get',
        `/exports/soa.csv?entityRef=${encodeURIComponent(CREDIT)}`,
        200,
      );
      expect(soa.text.trim().split('\r\n')).toHaveLength(
        ANNEX_A_CONTROL_IDS.length + 1,
      );
      await call('get', '/exports/soa.csv', 200);
      await call(
        'get',
        '/exports/soa.csv?entityRef=aisystem%3Adefault%2Fghost',
        404,
      );
      await call('get', '/exports/risk-register.csv?format=xlsx', 400);
    });
  });

  describe('onboarding', () => {
    it('creates a baseline once, replays it, and refuses a second one', async () => {
      const fraud = '/entities/aisystem/default/fraud';
      const baseline = {
        requestId: 'scaffolder:task-1:aisystem:default/fraud',
        assessment: {
          type: 'eu-ai-act-classification',
          answers: { annexIIIArea: 'none' },
          result: { tier: 'minimal', reasons: [], obligations: [] },
        },
        risks: [{ ...validRisk, owner: 'group:default/risk' }],
        controls: [
          { controlId: 'A.6.2.6', applicable: true, status: 'planned' },
          {
            controlId: 'A.10.3',
            applicable: false,
            justification: 'No AI supplier is involved.',
          },
        ],
      };
      const created = await call('post', `${fraud}/baseline`, 201, {
        body: baseline,
      });
      expect(created.body.risks).toHaveLength(1);
      await call('post', `${fraud}/baseline`, 200, { body: baseline });
      await call('post', `${fraud}/baseline`, 409, {
        body: { ...baseline, requestId: 'scaffolder:task-2' },
      });
      await call('post', `${fraud}/baseline`, 400, {
        body: { ...baseline, controls: [{ controlId: 'A.99' }] },
      });
      await call('post', '/entities/aisystem/default/ghost/baseline', 404, {
        body: baseline,
      });
    });
  });

  it('exercised every operation of the spec with a success', () => {
    const unexercised = operations
      .filter(o => ![...(exercised.get(o.key) ?? [])].some(s => s < 300))
      .map(o => o.key);
    expect(unexercised).toEqual([]);
  });
});
