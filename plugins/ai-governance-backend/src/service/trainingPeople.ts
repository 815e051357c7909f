import type { AuthService } from '@backstage/backend-plugin-api';
import {
  type Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/** A person of the catalog, with the groups it lists them as members of. */
export interface Person {
  userRef: string;
  title: string;
  /** Groups of their `memberOf` relations, in lower case. */
  teams: string[];
}

/** A group of the catalog and its parent. */
export interface Team {
  groupRef: string;
  title: string;
  parentRef: string | null;
}

/** The people and teams training coverage is counted over. */
export interface TrainingDirectory {
  /** Every user and group of the catalog. */
  load(): Promise<{ people: Person[]; teams: Team[] }>;
  /** One user of the catalog; undefined when it has none by that ref. */
  person(userRef: string): Promise<Person | undefined>;
}

/** No people: where no catalog is wired (tests of other record types). */
export const NO_PEOPLE: TrainingDirectory = {
  load: async () => ({ people: [], teams: [] }),
  person: async () => undefined,
};

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

function titleOf(entity: Entity): string {
  const profile = (entity.spec as { profile?: { displayName?: unknown } })
    ?.profile;
  if (typeof profile?.displayName === 'string' && profile.displayName) {
    return profile.displayName;
  }
  return entity.metadata.title ?? entity.metadata.name;
}

function personOf(entity: Entity): Person {
  return {
    userRef: lower(stringifyEntityRef(entity)),
    title: titleOf(entity),
    teams: (entity.relations ?? [])
      .filter(r => r.type === 'memberOf')
      .map(r => lower(r.targetRef)),
  };
}

/**
 * The catalog's users and groups, read with the plugin's own credentials:
 * coverage counts every person, whoever asks. Membership is the catalog's
 * `memberOf` relations (derived from `spec.memberOf` and groups'
 * `spec.members`), as for the audit and review rules.
 */
export class CatalogTrainingDirectory implements TrainingDirectory {
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  async person(userRef: string) {
    const entity = await this.catalog.getEntityByRef(userRef, {
      credentials: await this.auth.getOwnServiceCredentials(),
    });
    if (!entity || entity.kind.toLocaleLowerCase('en-US') !== 'user') {
      return undefined;
    }
    return personOf(entity);
  }

  async load() {
    const credentials = await this.auth.getOwnServiceCredentials();
    const people: Person[] = [];
    const teams: Team[] = [];
    const pages = this.catalog.streamEntities(
      {
        filter: { kind: ['User', 'Group'] },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.profile.displayName',
          'spec.parent',
          'relations',
        ],
        pageSize: 1000,
      },
      { credentials },
    );
    for await (const page of pages) {
      for (const entity of page) {
        const ref = lower(stringifyEntityRef(entity));
        if (entity.kind.toLocaleLowerCase('en-US') === 'user') {
          people.push(personOf(entity));
          continue;
        }
        const parent = (entity.spec as { parent?: unknown } | undefined)
          ?.parent;
        teams.push({
          groupRef: ref,
          title: titleOf(entity),
          parentRef:
            typeof parent === 'string' && parent
              ? lower(
                  stringifyEntityRef(
                    parseEntityRef(parent, {
                      defaultKind: 'group',
                      defaultNamespace: entity.metadata.namespace ?? 'default',
                    }),
                  ),
                )
              : null,
        });
      }
    }
    people.sort((a, b) => a.userRef.localeCompare(b.userRef));
    teams.sort((a, b) => a.groupRef.localeCompare(b.groupRef));
    return { people, teams };
  }
}
