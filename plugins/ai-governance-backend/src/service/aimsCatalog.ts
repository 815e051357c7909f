import type {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  type Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { Knex } from 'knex';
import { listSnapshotAiSystems } from '../database/aiSystemSnapshot';
import { snapshotOf } from './entities';

/** An AiSystem of the catalog with the System it is part of and that System's Domain. */
export interface CatalogAiSystem {
  entityRef: string;
  title: string;
  ownerRef: string | null;
  lifecycle: string | null;
  tier: string | null;
  system: string | null;
  domain: string | null;
}

/**
 * What the AIMS scope and roles read of the catalog. Without credentials
 * the plugin's own are used.
 */
export interface AimsCatalog {
  /** Every AiSystem the credentials may see, in ref order. */
  aiSystems(credentials?: BackstageCredentials): Promise<CatalogAiSystem[]>;
  /** Of `refs` (lower case), those the catalog has an entity of `kinds` for. */
  known(
    refs: string[],
    kinds: string[],
    credentials?: BackstageCredentials,
  ): Promise<Set<string>>;
  /** The groups the catalog lists the user as a member of, lower case. */
  groupsOf(userRef: string): Promise<string[]>;
}

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/** A relative ref of `spec` (e.g. `spec.system`) as a full lower-case ref. */
function refIn(entity: Entity, field: string, defaultKind: string) {
  const value = (entity.spec as Record<string, unknown> | undefined)?.[field];
  if (typeof value !== 'string' || !value) return null;
  try {
    return lower(
      stringifyEntityRef(
        parseEntityRef(value, {
          defaultKind,
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      ),
    );
  } catch {
    return null;
  }
}

/** The {@link AimsCatalog} of the Backstage catalog. */
export function backstageAimsCatalog(
  catalog: CatalogService,
  auth: AuthService,
): AimsCatalog {
  const creds = async (credentials?: BackstageCredentials) =>
    credentials ?? (await auth.getOwnServiceCredentials());
  return {
    async aiSystems(credentials) {
      const options = { credentials: await creds(credentials) };
      const systems: Entity[] = [];
      const domainOf = new Map<string, string | null>();
      const pages = catalog.streamEntities(
        {
          filter: { kind: ['AiSystem', 'System'] },
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'metadata.title',
            'spec.owner',
            'spec.riskTier',
            'spec.lifecycle',
            'spec.system',
            'spec.domain',
          ],
          pageSize: 1000,
        },
        options,
      );
      for await (const page of pages) {
        for (const entity of page) {
          if (lower(entity.kind) === 'system') {
            domainOf.set(
              lower(stringifyEntityRef(entity)),
              refIn(entity, 'domain', 'domain'),
            );
          } else systems.push(entity);
        }
      }
      return systems
        .map(entity => {
          const snapshot = snapshotOf(entity);
          const system = refIn(entity, 'system', 'system');
          return {
            entityRef: lower(snapshot.entityRef),
            title: snapshot.title ?? entity.metadata.name,
            ownerRef: snapshot.ownerRef ? lower(snapshot.ownerRef) : null,
            lifecycle: snapshot.lifecycle,
            tier: snapshot.riskTier,
            system,
            domain: system ? domainOf.get(system) ?? null : null,
          };
        })
        .sort((a, b) => a.entityRef.localeCompare(b.entityRef));
    },

    async known(refs, kinds, credentials) {
      if (refs.length === 0) return new Set();
      const { items } = await catalog.getEntitiesByRefs(
        {
          entityRefs: refs,
          fields: ['kind', 'metadata.name', 'metadata.namespace'],
        },
        { credentials: await creds(credentials) },
      );
      const wanted = new Set(kinds.map(lower));
      return new Set(
        items
          .filter((e): e is Entity => !!e && wanted.has(lower(e.kind)))
          .map(e => lower(stringifyEntityRef(e))),
      );
    },

    async groupsOf(userRef) {
      const user = await catalog.getEntityByRef(userRef, {
        credentials: await auth.getOwnServiceCredentials(),
      });
      return (user?.relations ?? [])
        .filter(r => r.type === 'memberOf')
        .map(r => lower(r.targetRef));
    },
  };
}

/**
 * Without a catalog (services built on their own, as some tests do): the AI
 * systems of the service's snapshot, every ref taken as known, no members.
 */
export function snapshotAimsCatalog(knex: Knex): AimsCatalog {
  return {
    async aiSystems() {
      return (await listSnapshotAiSystems(knex)).map(s => ({
        entityRef: lower(s.entityRef),
        title: s.title ?? s.entityRef,
        ownerRef: s.ownerRef ? lower(s.ownerRef) : null,
        lifecycle: s.lifecycle,
        tier: s.riskTier,
        system: null,
        domain: null,
      }));
    },
    async known(refs) {
      return new Set(refs);
    },
    async groupsOf() {
      return [];
    },
  };
}
