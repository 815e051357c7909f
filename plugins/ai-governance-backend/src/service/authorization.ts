import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  type PermissionCondition,
  type PermissionCriteria,
  type PermissionRuleParams,
  type PolicyDecision,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import type { EntityStore } from '../database/EntityStore';
import type { EntityScope } from '../database/overview';
import {
  criteriaToSql,
  type GovernedEntityQuery,
  type GovernedEntityResource,
} from '../permissions/rules';

/** The permission registry's ruleset for governed entities. */
export interface GovernanceRuleset {
  /** Applies a conditional decision to one resource. */
  conditionsAllow: (
    decision: PolicyDecision,
    resource: GovernedEntityResource,
  ) => boolean;
  /** Turns conditional decisions into queries. */
  conditionsToQuery: (
    conditions: PermissionCriteria<
      PermissionCondition<string, PermissionRuleParams>
    >,
  ) => PermissionCriteria<GovernedEntityQuery>;
}

/** Matches nothing: the caller may see no entity. */
const NOTHING: EntityScope = { sql: '1 = 0', bindings: {} };

/**
 * Every permission decision of the API, in one place: single records are
 * decided against the entity they belong to, and lists become SQL
 * conditions so counts and pages show only what the caller may see.
 */
export class GovernanceAuthorizer {
  constructor(
    private readonly permissions: PermissionsService,
    private readonly entities: EntityStore,
    private readonly ruleset: GovernanceRuleset,
  ) {}

  /**
   * Decides one permission for one entity's records. Conditional decisions
   * (e.g. "is owner") are applied here against the entity snapshot rather
   * than by a round trip through the permission backend.
   */
  async authorize(
    permission: ResourcePermission,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    let allowed = decision.result === AuthorizeResult.ALLOW;
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      const owners = await this.entities.ownersOf([entityRef]);
      allowed = this.ruleset.conditionsAllow(decision, {
        entityRef,
        ownerRef: owners.get(entityRef) ?? null,
      });
    }
    if (!allowed) {
      throw new NotAllowedError(
        `You are not allowed ${permission.name} on ${entityRef}`,
      );
    }
  }

  /**
   * Whether the caller may `permission` on a record owned by `ownerRef`
   * that is no catalog entity (an AIMS document): a conditional decision
   * (e.g. "is owner") is applied to that owner.
   */
  async allowsOwnedBy(
    permission: ResourcePermission,
    resource: GovernedEntityResource,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return this.ruleset.conditionsAllow(decision, resource);
    }
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** A SQL condition over governed entities (alias `g`) the caller may see; undefined when unrestricted. */
  async condition(
    permission: ResourcePermission,
    credentials: BackstageCredentials,
    alias = 'g',
  ): Promise<EntityScope | undefined> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return criteriaToSql(
        this.ruleset.conditionsToQuery(decision.conditions),
        alias,
      );
    }
    return decision.result === AuthorizeResult.ALLOW ? undefined : NOTHING;
  }

  /** The AI systems a list covers: one entity (decided), or every one the caller may see. */
  async scope(
    permission: ResourcePermission,
    credentials: BackstageCredentials,
    entityRef?: string,
  ): Promise<EntityScope> {
    if (entityRef) {
      await this.authorize(permission, entityRef, credentials);
      return { sql: 'g.entity_ref = :entityRef', bindings: { entityRef } };
    }
    const condition = await this.condition(permission, credentials);
    return {
      sql: `g.kind = 'aisystem'${condition ? ` AND ${condition.sql}` : ''}`,
      bindings: condition?.bindings ?? {},
      ...(condition ? {} : { unrestricted: true }),
    };
  }
}
