import type { Entity, KindValidator } from '@backstage/catalog-model';
import Ajv, { type ErrorObject } from 'ajv';
import schema from './AiSystem.v1alpha1.schema.json';

/** The apiVersion of the AiSystem kind. @public */
export const AI_SYSTEM_API_VERSION = 'aigov.dev/v1alpha1';
/** The AiSystem entity kind. @public */
export const AI_SYSTEM_KIND = 'AiSystem';

/** EU AI Act risk tiers, strictest first. @public */
export const AI_RISK_TIERS = [
  'prohibited',
  'high',
  'limited',
  'minimal',
] as const;
/** An EU AI Act risk tier. @public */
export type AiRiskTier = (typeof AI_RISK_TIERS)[number];

/** The organisation's role for an AI system under the EU AI Act. @public */
export type AiOperatorRole =
  | 'provider'
  | 'deployer'
  | 'importer'
  | 'distributor'
  | 'product-manufacturer'
  | 'authorised-representative';

/** How people oversee an AI system's decisions. @public */
export type AiHumanOversightMode =
  | 'human-in-the-loop'
  | 'human-on-the-loop'
  | 'human-in-command'
  | 'none';

/** A model an AI system uses. @public */
export type AiSystemModel = {
  name: string;
  version?: string;
  /** Who supplies the model; `in-house` when built internally. */
  supplier?: string;
  /** The foundation model it was fine-tuned from, if any. */
  baseModel?: string;
  /** Entity reference to the `ai-model` Resource that describes it. */
  resource?: string;
};

/** The AiSystem entity, apiVersion `aigov.dev/v1alpha1`. @public */
export interface AiSystemEntityV1alpha1 extends Entity {
  apiVersion: typeof AI_SYSTEM_API_VERSION;
  kind: typeof AI_SYSTEM_KIND;
  spec: {
    type: string;
    lifecycle: string;
    owner: string;
    purpose: string;
    riskTier?: AiRiskTier;
    system?: string;
    implementedBy?: string[];
    dependsOn?: string[];
    operatorRoles?: AiOperatorRole[];
    affectedPeople?: Array<{
      group: string;
      description?: string;
      vulnerable?: boolean;
    }>;
    personalData?: { categories?: string[]; specialCategories?: string[] };
    humanOversight?: { mode: AiHumanOversightMode; description?: string };
    models?: AiSystemModel[];
  };
}

/** The JSON schema of the AiSystem kind (also shipped as a file beside this module). @public */
export const aiSystemEntityV1alpha1Schema = schema;

/** True when the entity is an AiSystem of the supported apiVersion. @public */
export function isAiSystemEntity(
  entity: Entity | undefined,
): entity is AiSystemEntityV1alpha1 {
  return (
    !!entity &&
    entity.apiVersion === AI_SYSTEM_API_VERSION &&
    entity.kind === AI_SYSTEM_KIND
  );
}

let compiled: ReturnType<Ajv['compile']> | undefined;

function fieldOf(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map(segment => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string })
      .missingProperty;
    return path ? `${path}.${missing}` : missing;
  }
  return path || '<root>';
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'enum':
      return `must be one of ${(
        error.params as { allowedValues: unknown[] }
      ).allowedValues
        .map(v => JSON.stringify(v))
        .join(', ')}`;
    case 'minLength':
      return 'must not be empty';
    case 'type':
      return `must be of type ${(error.params as { type: string }).type}`;
    case 'uniqueItems':
      return 'must not contain duplicates';
    default:
      return error.message ?? 'is invalid';
  }
}

/**
 * Validates AiSystem entities: resolves false for other kinds, true for a
 * valid AiSystem, and rejects naming every offending field otherwise.
 * @public
 */
export const aiSystemEntityV1alpha1Validator: KindValidator = {
  async check(entity: Entity) {
    if (!isAiSystemEntity(entity)) {
      return false;
    }
    if (!compiled) {
      compiled = new Ajv({
        allErrors: true,
        allowUnionTypes: true,
        strict: false,
      }).compile(schema);
    }
    if (compiled(entity)) {
      return true;
    }
    const problems = [
      ...new Set(
        (compiled.errors ?? []).map(e => `${fieldOf(e)} ${describe(e)}`),
      ),
    ];
    const name = entity.metadata?.name ?? '<unnamed>';
    const namespace = entity.metadata?.namespace ?? 'default';
    throw new TypeError(
      `Invalid AiSystem "aisystem:${namespace}/${name}": ${problems.join(
        '; ',
      )}`,
    );
  },
};
