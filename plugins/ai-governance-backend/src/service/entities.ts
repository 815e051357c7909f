import type {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  type Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { EntitySnapshot, EntityStore } from '../database/EntityStore';

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
  ) {}

  static refOf(kind: string, namespace: string, name: string): string {
    return stringifyEntityRef({ kind, namespace, name });
  }

  async resolve(
    entityRef: string,
    credentials: BackstageCredentials,
    mode: 'read' | 'write',
  ): Promise<EntitySnapshot> {
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
    let cursor: string | undefined;
    do {
      const page = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: 1000 }
          : {
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
              ],
              limit: 1000,
            },
        { credentials },
      );
      for (const entity of page.items) {
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
        }
      }
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    await this.db.replaceCatalogSnapshot(systems, groups);
    this.logger.debug(
      `Synced ${systems.length} AI systems and ${groups.length} groups from the catalog`,
    );
    return { systems: systems.length, groups: groups.length };
  }
}
