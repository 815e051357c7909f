import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import { z } from 'zod';
import { AI_GOVERNANCE_RESOURCE_TYPE } from '@aigov/plugin-ai-governance-common';

/** The resource a governance permission is checked against: the entity the records belong to. @public */
export interface GovernedEntityResource {
  entityRef: string;
  ownerRef: string | null;
}

/** How a rule narrows a query: a column and the values it may take. @public */
export type GovernedEntityQuery = {
  property: 'owner_ref' | 'entity_ref';
  values: string[];
};

/** Resource ref of governed entities for the permission framework. @public */
export const governedEntityResourceRef = createPermissionResourceRef<
  GovernedEntityResource,
  GovernedEntityQuery
>().with({
  pluginId: 'ai-governance',
  resourceType: AI_GOVERNANCE_RESOURCE_TYPE,
});

/** Allows when one of the claims (the user and their groups) owns the entity. @public */
export const isEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description:
    'Allow when the user, or a group the user belongs to, owns the entity the records belong to',
  resourceRef: governedEntityResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe('Entity refs of the user and their groups'),
  }),
  apply: (resource, { claims }) =>
    !!resource.ownerRef && claims.includes(resource.ownerRef),
  toQuery: ({ claims }) => ({ property: 'owner_ref', values: claims }),
});

/** Allows for the listed entities only. @public */
export const isEntity = createPermissionRule({
  name: 'IS_ENTITY',
  description: 'Allow for the listed entities',
  resourceRef: governedEntityResourceRef,
  paramsSchema: z.object({
    entityRefs: z.array(z.string()).describe('Entity refs'),
  }),
  apply: (resource, { entityRefs }) => entityRefs.includes(resource.entityRef),
  toQuery: ({ entityRefs }) => ({ property: 'entity_ref', values: entityRefs }),
});

/** Every rule of the plugin. @public */
export const aiGovernanceRules = { isEntityOwner, isEntity };

const conditionExports = createConditionExports({
  pluginId: 'ai-governance',
  resourceType: AI_GOVERNANCE_RESOURCE_TYPE,
  rules: aiGovernanceRules,
});

/**
 * Conditions for permission policies, e.g.
 * `createAiGovernanceConditionalDecision(permission, aiGovernanceConditions.isEntityOwner({ claims }))`.
 * @public
 */
export const aiGovernanceConditions = conditionExports.conditions;

/** A conditional decision for an `ai-governance.*` permission from {@link aiGovernanceConditions}. @public */
export const createAiGovernanceConditionalDecision =
  conditionExports.createConditionalDecision;

/**
 * Turns permission criteria into a SQL condition over the governed entities
 * (`entity_ref` and `owner_ref` columns under `alias`), with named bindings.
 */
export function criteriaToSql(
  criteria: PermissionCriteria<GovernedEntityQuery>,
  alias: string,
  bindings: Record<string, unknown> = {},
): { sql: string; bindings: Record<string, unknown> } {
  const walk = (c: PermissionCriteria<GovernedEntityQuery>): string => {
    if ('allOf' in c)
      return c.allOf.length ? `(${c.allOf.map(walk).join(' AND ')})` : '1 = 1';
    if ('anyOf' in c)
      return c.anyOf.length ? `(${c.anyOf.map(walk).join(' OR ')})` : '1 = 0';
    if ('not' in c) return `NOT (${walk(c.not)})`;
    if (c.values.length === 0) return '1 = 0';
    const names = c.values.map(value => {
      const name = `perm${Object.keys(bindings).length}`;
      bindings[name] = value;
      return `:${name}`;
    });
    return `${alias}.${c.property} IN (${names.join(', ')})`;
  };
  return { sql: walk(criteria), bindings };
}
