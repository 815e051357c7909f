import type {
  AuthService,
  BackstageCredentials,
  LoggerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  type Entity,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AuthenticationError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { EntitySnapshot, EntityStore } from '../database/EntityStore';
import { FieldValidationError } from '../errors';
import type { ChangeService, ObservedEntity } from './ChangeService';
import {
  AI_DEPENDENCY_KINDS,
  AI_DEPENDENCY_TYPES,
  changeSnapshotOf,
  originOf,
} from './changes';

/*
 * The catalog's own rules for the parts of an entity reference, with what
 * they allow in words. Checked before a ref reaches the catalog: the
 * catalog answers a malformed one with a 400 that its client turns into an
 * error this API could only report as a 500.
 */
const validators = makeValidator();
const REF_PARTS = [
  {
    part: 'kind',
    valid: validators.isValidKind,
    rule: 'letters and digits starting with a letter, at most 63 characters',
  },
  {
    part: 'namespace',
    valid: validators.isValidNamespace,
    rule: 'lowercase letters, digits and -, at most 63 characters',
  },
  {
    part: 'name',
    valid: validators.isValidEntityName,
    rule: 'letters and digits with - _ . between them, at most 63 characters',
  },
] as const;

/** A value as a message shows it: quoted, escaped, and cut short. */
const shown = (value: string) =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/** A not-found answer, whether an error class or a client's HTTP 404. */
const isNotFound = (error: unknown) => {
  const e = error as { name?: string; statusCode?: number } | undefined;
  return (
    e?.name === 'NotFoundError' ||
    (e?.name === 'ResponseError' && e.statusCode === 404)
  );
};

/** What the governance service keeps of a catalog entity. */
export function snapshotOf(entity: Entity): EntitySnapshot {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const namespace = entity.metadata.namespace ?? 'default';
  let ownerRef: string | null = null;
  if (typeof spec.owner === 'string' && spec.owner) {
    try {
      ownerRef = stringifyEntityRef(
        parseEntityRef(spec.owner, {
          defaultKind: 'group',
          defaultNamespace: namespace,
        }),
      );
    } catch {
      ownerRef = null;
    }
  }
  // A person's own records (training, its renewal tasks) are theirs.
  if (entity.kind.toLocaleLowerCase('en-US') === 'user') {
    ownerRef = stringifyEntityRef(entity);
  }
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  return {
    entityRef: stringifyEntityRef(entity),
    kind: entity.kind.toLocaleLowerCase('en-US'),
    title: text(entity.metadata.title) ?? entity.metadata.name,
    ownerRef,
    riskTier: text(spec.riskTier),
    purpose: text(spec.purpose),
    lifecycle: text(spec.lifecycle),
  };
}

/**
 * Resolves the entity that records belong to. Writes always ask the catalog
 * (as the caller, so catalog permissions apply, and ownership is fresh);
 * reads use the snapshot the service keeps and ask the catalog only for
 * entities it has not seen.
 */
export class EntityResolver {
  constructor(
    private readonly db: EntityStore,
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly logger: LoggerService,
    /** Where the permission framework finds a user's ownership; without it callers are not checked. */
    private readonly userInfo?: UserInfoService,
    /** Records what changed since the last sync; without it nothing is compared. */
    private readonly changes?: ChangeService,
  ) {}

  /**
   * The normalised ref of the parts of an `/entities/{kind}/{namespace}/{name}`
   * path. Parts the catalog would call malformed are a 400 naming each one
   * (`paths` names them in `details`; the path parameters by default).
   */
  static refOf(
    kind: string,
    namespace: string,
    name: string,
    paths: Record<'kind' | 'namespace' | 'name', string> = {
      kind: 'kind',
      namespace: 'namespace',
      name: 'name',
    },
  ): string {
    // Refs are compared in lower case; the catalog sees these values.
    const values = {
      kind: kind.toLocaleLowerCase('en-US'),
      namespace: namespace.toLocaleLowerCase('en-US'),
      name: name.toLocaleLowerCase('en-US'),
    };
    const details = REF_PARTS.filter(p => !p.valid(values[p.part])).map(p => ({
      path: paths[p.part],
      message: `is not a valid entity ${p.part}: ${shown(
        values[p.part],
      )} must be ${p.rule}`,
    }));
    if (details.length > 0) {
      throw new FieldValidationError(
        `Invalid entity reference ${shown(
          `${kind}:${namespace}/${name}`,
        )}: ${details.map(d => `${d.path} ${d.message}`).join('; ')}`,
        details,
      );
    }
    return stringifyEntityRef(values);
  }

  /** A full entity ref given as one string (e.g. `?entityRef=`), checked like {@link EntityResolver.refOf}. */
  static parseRef(entityRef: string, path = 'entityRef'): string {
    let parts;
    try {
      parts = parseEntityRef(entityRef);
    } catch {
      throw new FieldValidationError(
        `Invalid entity reference ${shown(
          entityRef,
        )}: must be like aisystem:default/my-system`,
        [
          {
            path,
            message:
              'must be an entity reference like aisystem:default/my-system',
          },
        ],
      );
    }
    return EntityResolver.refOf(parts.kind, parts.namespace, parts.name, {
      kind: path,
      namespace: path,
      name: path,
    });
  }

  /**
   * Refuses a signed-in user whose ownership cannot be looked up. The
   * permission framework asks for it on every decision and, when the auth
   * backend has no record of the user (typically: no user entity in the
   * catalog), fails in a way that reached clients as a 500 on reads and, as
   * the catalog then hides every entity, a 404 on writes. Asked here first,
   * the same lookup becomes a 401 that says what is wrong.
   */
  /**
   * Refuses a signed-in user the auth backend has no user info for (no
   * sign-in record, or no catalog entity): their ownership cannot be
   * decided, so every request of theirs is a clear 401.
   */
  async assertKnownCaller(credentials: BackstageCredentials) {
    if (!this.userInfo || !this.auth.isPrincipal(credentials, 'user')) return;
    try {
      await this.userInfo.getUserInfo(credentials);
      return;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    const userRef = credentials.principal.userEntityRef;
    const inCatalog = await this.catalog
      .getEntityByRef(userRef, {
        credentials: await this.auth.getOwnServiceCredentials(),
      })
      .then(
        entity => !!entity,
        () => undefined,
      );
    const why =
      inCatalog === false
        ? `is not known to the catalog (there is no ${userRef} entity)`
        : 'has no sign-in record';
    throw new AuthenticationError(
      `User ${userRef} ${why}, so what they own cannot be determined; sign in again as a user in the catalog`,
    );
  }

  /**
   * The refs a task assigned to "me" may name: the caller's user, the
   * ownership refs the sign-in gave them, and the groups the catalog lists
   * the user as a member of (its `memberOf` relations, which the catalog
   * derives from `spec.memberOf`), in lower case as assignees are stored.
   */
  async membershipOf(credentials: BackstageCredentials): Promise<string[]> {
    if (!this.auth.isPrincipal(credentials, 'user')) return [];
    const userRef = credentials.principal.userEntityRef;
    const refs = new Set([userRef]);
    if (this.userInfo) {
      const info = await this.userInfo.getUserInfo(credentials);
      info.ownershipEntityRefs.forEach(r => refs.add(r));
    }
    const user = await this.catalog.getEntityByRef(userRef, {
      credentials: await this.auth.getOwnServiceCredentials(),
    });
    for (const rel of user?.relations ?? []) {
      if (rel.type === 'memberOf') refs.add(rel.targetRef);
    }
    return [...refs].map(r => r.toLocaleLowerCase('en-US'));
  }

  /**
   * The groups the catalog lists each of these users as a member of (their
   * `memberOf` relations), in lower case and by lower-case user ref, read in
   * one catalog request; a user the catalog lacks has none.
   */
  async teamsByUser(userRefs: string[]): Promise<Map<string, string[]>> {
    const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
    const refs = [...new Set(userRefs.map(lower))];
    const teams = new Map<string, string[]>(refs.map(ref => [ref, []]));
    if (refs.length === 0) return teams;
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: ['relations'] },
      { credentials: await this.auth.getOwnServiceCredentials() },
    );
    items.forEach((user, i) => {
      teams.set(
        refs[i],
        (user?.relations ?? [])
          .filter(rel => rel.type === 'memberOf')
          .map(rel => lower(rel.targetRef)),
      );
    });
    return teams;
  }

  /**
   * The groups these users are members of, together: the teams of the
   * users who own corrective actions, for the four-eyes rule of the
   * effectiveness review.
   */
  async teamsOf(userRefs: string[]): Promise<string[]> {
    const teams = await this.teamsByUser(userRefs);
    return [...new Set([...teams.values()].flat())];
  }

  async resolve(
    entityRef: string,
    credentials: BackstageCredentials,
    mode: 'read' | 'write',
  ): Promise<EntitySnapshot> {
    EntityResolver.parseRef(entityRef);
    if (mode === 'read') {
      const known = await this.db.getEntity(entityRef);
      if (known) return known;
    }
    const entity = await this.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(
        `Entity ${entityRef} was not found in the catalog`,
      );
    }
    const snapshot = snapshotOf(entity);
    await this.db.upsertEntity(snapshot);
    return snapshot;
  }

  /** Refreshes the snapshot of every AiSystem and Group from the catalog. */
  async syncFromCatalog(): Promise<{ systems: number; groups: number }> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const systems: EntitySnapshot[] = [];
    const groups: Array<{ groupRef: string; parentRef: string | null }> = [];
    const seen: Entity[] = [];
    const pages = this.catalog.streamEntities(
      {
        filter: { kind: ['AiSystem', 'Group'] },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.owner',
          'spec.riskTier',
          'spec.purpose',
          'spec.lifecycle',
          'spec.parent',
          // What change detection compares, and where the entity came from.
          'metadata.annotations',
          'spec.type',
          'spec.models',
          'spec.dependsOn',
        ],
        pageSize: 1000,
      },
      { credentials },
    );
    for await (const page of pages) {
      for (const entity of page) {
        if (entity.kind === 'Group') {
          const parent = (entity.spec as { parent?: unknown } | undefined)
            ?.parent;
          groups.push({
            groupRef: stringifyEntityRef(entity),
            parentRef:
              typeof parent === 'string' && parent
                ? stringifyEntityRef(
                    parseEntityRef(parent, {
                      defaultKind: 'group',
                      defaultNamespace: entity.metadata.namespace ?? 'default',
                    }),
                  )
                : null,
          });
        } else {
          systems.push(snapshotOf(entity));
          seen.push(entity);
        }
      }
    }
    await this.db.replaceCatalogSnapshot(systems, groups);
    if (this.changes) {
      const aiDeps = await this.aiDependencies(credentials);
      const observed: ObservedEntity[] = seen.map(entity => ({
        entityRef: stringifyEntityRef(entity),
        snapshot: changeSnapshotOf(entity, ref => aiDeps.has(ref)),
        origin: originOf(entity),
      }));
      // The snapshot above is kept either way; a batch whose detection fails
      // is rolled back whole, so the next sync finds its differences again.
      try {
        const recorded = await this.changes.detect(observed);
        if (recorded) this.logger.info(`Detected ${recorded} catalog changes`);
      } catch (error) {
        this.logger.error('Detecting catalog changes failed', error as Error);
      }
    }
    this.logger.debug(
      `Synced ${systems.length} AI systems and ${groups.length} groups from the catalog`,
    );
    return { systems: systems.length, groups: groups.length };
  }

  /**
   * The refs of every AI dependency the catalog has: APIs and Resources
   * whose `spec.type` is one of {@link AI_DEPENDENCY_TYPES}.
   */
  private async aiDependencies(
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const refs = new Set<string>();
    const pages = this.catalog.streamEntities(
      {
        filter: { kind: AI_DEPENDENCY_KINDS, 'spec.type': AI_DEPENDENCY_TYPES },
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec.type'],
        pageSize: 1000,
      },
      { credentials },
    );
    for await (const page of pages) {
      // Checked again here: a catalog that ignores the spec.type filter
      // must not make every API a new AI dependency.
      for (const e of page) {
        const type = (e.spec as { type?: unknown } | undefined)?.type;
        if (AI_DEPENDENCY_TYPES.includes(String(type)))
          refs.add(stringifyEntityRef(e).toLocaleLowerCase('en-US'));
      }
    }
    return refs;
  }
}
