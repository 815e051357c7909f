import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  AIMS_ENTITY_REF,
  completeAimsRoles,
  type AimsRole,
  type AimsRoles,
  type AimsRolesPut,
  type AimsRolesRecord,
} from '@aigov/plugin-ai-governance-common';
import type { AimsContextStore } from '../database/AimsContextStore';
import type { UnitOfWork } from '../database/UnitOfWork';
import { FieldValidationError, PreconditionFailedError } from '../errors';
import type { AimsCatalog } from './aimsCatalog';
import { applyVersioned, recordCreated } from './versioned';

/** What the store keeps of the roles. */
export type AimsRolesContent = Pick<AimsRolesRecord, 'roles'>;

const ROLES_ID = 'roles';
const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * The roles of the management system (ISO/IEC 42001 5.3, A.3.2), each held
 * by catalog users and groups. Before the first PUT the configured
 * governance office group holds `governance-office` and no one else holds a
 * role. Other modules ask {@link AimsRoleService.holdersOf} (who approves as
 * top management) and {@link AimsRoleService.holds} (which courses a user's
 * roles require).
 */
export class AimsRoleService {
  constructor(
    private readonly store: AimsContextStore<AimsRolesContent>,
    private readonly work: UnitOfWork,
    private readonly catalog: AimsCatalog,
    private readonly governanceOffice: string,
  ) {}

  /** The stored roles, or the default ones (version 0, `defined: false`). */
  async get(): Promise<AimsRoles> {
    const stored = await this.store.get();
    if (stored) {
      return {
        ...stored,
        roles: completeAimsRoles(stored.roles),
        defined: true,
      };
    }
    return {
      id: ROLES_ID,
      entityRef: AIMS_ENTITY_REF,
      roles: completeAimsRoles([
        { role: 'governance-office', holders: [this.governanceOffice] },
      ]),
      version: 0,
      createdAt: '',
      createdBy: '',
      updatedAt: '',
      updatedBy: '',
      defined: false,
    };
  }

  /** The users and groups (entity refs, lower case) that hold `role`. */
  async holdersOf(role: AimsRole): Promise<string[]> {
    const { roles } = await this.get();
    return roles.find(r => r.role === role)?.holders ?? [];
  }

  /**
   * Whether the user holds `role`: listed themselves, or a member of a
   * listed group. Membership is the catalog's (memberOf relations), read
   * with the plugin's own credentials as the independence and four-eyes
   * rules read it, so what the caller may see does not change the answer.
   */
  async holds(
    userRef: string,
    role: AimsRole,
    _credentials?: BackstageCredentials,
  ): Promise<boolean> {
    const holders = await this.holdersOf(role);
    const user = lower(userRef);
    if (holders.includes(user)) return true;
    if (!holders.some(h => h.startsWith('group:'))) return false;
    const groups = await this.catalog.groupsOf(user);
    return groups.some(g => holders.includes(g));
  }

  /**
   * Records every role at the version read (0 before the first PUT). Each
   * holder must be a user or group the catalog knows: a 400 names the
   * field of the first that is not.
   */
  async put(
    expectedVersion: number,
    body: Required<AimsRolesPut>,
    actor: string,
    options: {
      credentials?: BackstageCredentials;
      /** The demo seed names its own catalog's refs before the catalog is read. */
      skipCatalogCheck?: boolean;
    } = {},
  ): Promise<AimsRoles> {
    const roles = completeAimsRoles(body.roles);
    if (!options.skipCatalogCheck) {
      await this.checkHolders(body.roles, options.credentials);
    }
    await this.work.run(async scope => {
      const existing = await this.store.get(ROLES_ID, scope.tx);
      if (!existing) {
        if (expectedVersion !== 0) {
          throw new PreconditionFailedError(
            `The AIMS roles are not recorded yet (version 0, you sent ${expectedVersion}); reload them and apply your change again`,
          );
        }
        const created = await this.store.insert(
          scope.tx,
          AIMS_ENTITY_REF,
          { roles },
          actor,
          scope.now,
        );
        await recordCreated(scope, 'aims-roles', created, actor);
        return;
      }
      await applyVersioned(scope, this.store, {
        label: 'The AIMS roles',
        recordType: 'aims-roles',
        action: 'update',
        actor,
        expectedVersion,
        before: existing,
        values: { roles },
      });
    });
    return this.get();
  }

  private async checkHolders(
    given: Required<AimsRolesPut>['roles'],
    credentials?: BackstageCredentials,
  ) {
    const refs = given.flatMap(r => (r.holders ?? []).map(lower));
    const known = await this.catalog.known(
      [...new Set(refs)],
      ['User', 'Group'],
      credentials,
    );
    for (const [i, role] of given.entries()) {
      for (const [j, holder] of (role.holders ?? []).entries()) {
        if (!known.has(lower(holder))) {
          const path = `roles[${i}].holders[${j}]`;
          throw new FieldValidationError(
            `Invalid roles: ${path} ${holder} is not a user or group of the catalog`,
            [{ path, message: 'must be a user or group the catalog knows' }],
          );
        }
      }
    }
  }
}
