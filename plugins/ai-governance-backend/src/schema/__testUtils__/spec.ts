// ajv is not a declared dependency of this package (it comes with
// @aigov/plugin-ai-governance-common and the Backstage tooling).
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { spec as generatedSpec } from '../openapi';

/*
 * The spec as the router serves it (the generated constant), read by tests.
 * JSON Schema work is ajv's: the whole spec is registered as one document,
 * so its `$ref`s resolve the way they do for the router's validator.
 */

/** A JSON object of the spec. */
export type JsonMap = Record<string, any>;

/** The HTTP methods an OpenAPI path item may have. */
export const METHODS = [
  'get',
  'put',
  'post',
  'patch',
  'delete',
  'head',
  'options',
] as const;
/** One of {@link METHODS}. */
export type Method = (typeof METHODS)[number];

/** The spec, as plain JSON. */
export const spec = JSON.parse(JSON.stringify(generatedSpec)) as JsonMap;

/** The mount path of the API, from the spec's server. */
export const BASE: string = spec.servers[0].url;

const SPEC_ID = 'https://aigov.dev/ai-governance/openapi.json';
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('binary', true);
ajv.addSchema({ ...spec, $id: SPEC_ID });

/** A validator for the schema at a JSON pointer of the spec (`/components/schemas/Risk`). */
export function validatorAt(pointer: string): ValidateFunction {
  return ajv.compile({ $ref: `${SPEC_ID}#${pointer}` });
}

/** Follows a local `$ref` of the spec to what it names (parameters, responses, headers). */
export function resolve(node: JsonMap): JsonMap {
  if (typeof node?.$ref !== 'string') return node;
  const target = node.$ref
    .slice(2)
    .split('/')
    .reduce((at: JsonMap | undefined, key: string) => at?.[key], spec);
  if (!target) throw new Error(`Unresolved $ref ${node.$ref}`);
  return resolve(target);
}

const pointer = (...parts: string[]) =>
  `/${parts.map(p => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

/** One operation of the spec. */
export interface SpecOperation {
  key: string;
  method: Method;
  template: string;
  op: JsonMap;
  parameters: JsonMap[];
  pattern: RegExp;
  /** JSON pointer of the operation in the spec. */
  pointer: string;
}

/** Every operation, as `METHOD /template`. */
export const operations: SpecOperation[] = Object.entries(
  spec.paths as Record<string, JsonMap>,
).flatMap(([template, item]) =>
  METHODS.filter(method => item[method]).map(method => ({
    key: `${method.toUpperCase()} ${template}`,
    method,
    template,
    op: item[method],
    parameters: [
      ...(item.parameters ?? []),
      ...(item[method].parameters ?? []),
    ].map(resolve),
    pattern: new RegExp(
      `^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`,
    ),
    pointer: pointer('paths', template, method),
  })),
);

/** The operation a request path (below BASE) falls under; literal segments win over parameters. */
export function operationOf(method: Method, pathname: string) {
  const literal = (o: SpecOperation) =>
    o.template.split('/').filter(s => !s.startsWith('{')).length;
  return operations
    .filter(o => o.method === method && o.pattern.test(pathname))
    .sort((a, b) => literal(b) - literal(a))[0];
}

/** ajv's errors, one per line. */
export const ajvErrors = (validate: ValidateFunction) =>
  (validate.errors ?? [])
    .map(
      e =>
        `${e.instancePath || '<root>'} ${e.message} ${JSON.stringify(
          e.params,
        )}`,
    )
    .join('\n      ');

/** Whether a body is valid for an operation's JSON request body, with the errors. */
export function requestBodyProblems(
  key: string,
  body: unknown,
): string | undefined {
  const found = operations.find(o => o.key === key);
  if (!found) throw new Error(`No operation ${key} in the spec`);
  const requestBody = resolve(found.op.requestBody);
  if (!requestBody?.content?.['application/json']) {
    throw new Error(`${key} has no JSON request body in the spec`);
  }
  const at = found.op.requestBody.$ref
    ? `${found.op.requestBody.$ref.slice(1)}/content/application~1json/schema`
    : `${found.pointer}/requestBody/content/application~1json/schema`;
  const validate = validatorAt(at);
  return validate(body) ? undefined : ajvErrors(validate);
}
