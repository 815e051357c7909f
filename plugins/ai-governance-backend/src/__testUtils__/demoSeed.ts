import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { changeSnapshotOf, originOf } from '../service/changes';
import { snapshotOf } from '../service/entities';
import type { GovernanceServices } from '../service/routes/context';
import { seedFromFile } from '../service/seed';
import { createGovernanceServices } from '../service/services';
import type { DatabaseSetup, MigratedDatabase } from './describeOnEachDatabase';

/** The repository's examples folder: the demo catalog and its governance records. */
export const examples = resolve(__dirname, '../../../../examples');

/** The demo's seed file. */
export const seedFile = join(examples, 'governance-records.yaml');

/** The entities of one file of the demo catalog. */
export const demoEntities = (file: string) =>
  (yaml.loadAll(readFileSync(join(examples, file), 'utf8')) as Entity[]).filter(
    Boolean,
  );

/** The demo catalog's AI systems. */
export const demoSystems = demoEntities('ai-systems.yaml').filter(
  e => e.kind === 'AiSystem',
);

/**
 * The demo organisation of examples/org.yaml, its users with the memberOf
 * relations the catalog derives (which the AIMS roles and training
 * coverage resolve group holders through).
 */
export const demoOrg = demoEntities('org.yaml').map(e => {
  const memberOf = (e.spec as { memberOf?: string[] }).memberOf ?? [];
  return e.kind === 'User'
    ? {
        ...e,
        relations: memberOf.map(g => ({
          type: 'memberOf',
          targetRef: `group:default/${g}`,
        })),
      }
    : e;
});

/** The services of a suite of the demo seed, and the seed itself. */
export interface DemoSeedSuite {
  readonly db: MigratedDatabase;
  /** Created before the suite's tests: read them in hooks and tests. */
  readonly services: GovernanceServices;
  /** Loads the demo's seed file as of the suite's clock. */
  seed(): ReturnType<typeof seedFromFile>;
  /** Records the demo's AI systems as the first catalog sync does. */
  addDemoSystems(): Promise<void>;
  /** Records the change baseline of the demo's AI systems, as the first catalog sync leaves it. */
  recordChangeBaseline(): Promise<void>;
}

/**
 * Before the suite's tests: the governance services on a migrated database
 * as of `clock`, with `catalog` (if given) as the catalog they resolve
 * people and systems from. Call it in a describeOnEachDatabase callback.
 */
export function demoSeedSuite(
  setup: DatabaseSetup,
  options: { clock: () => Date; catalog?: Entity[] },
): DemoSeedSuite {
  const { clock, catalog } = options;
  const db = setup.migratedDatabase();
  let services: GovernanceServices | undefined;
  const suite: DemoSeedSuite = {
    db,
    get services() {
      if (!services) throw new Error('the services exist once the suite runs');
      return services;
    },
    seed: () =>
      seedFromFile({
        file: seedFile,
        services: suite.services,
        logger: mockServices.logger.mock(),
        clock,
      }),
    async addDemoSystems() {
      for (const entity of demoSystems)
        await suite.services.entityStore.upsertEntity(snapshotOf(entity));
    },
    async recordChangeBaseline() {
      await suite.services.changes.detect(
        demoSystems.map(entity => ({
          entityRef: snapshotOf(entity).entityRef,
          snapshot: changeSnapshotOf(entity, () => false),
          origin: originOf(entity),
        })),
      );
    },
  };
  beforeAll(() => {
    services = createGovernanceServices({
      knex: db.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules: DEFAULT_SCORECARD_RULES,
      clock,
      catalog: catalog && {
        catalog: catalogServiceMock({ entities: catalog }),
        auth: mockServices.auth(),
      },
    });
  });
  return suite;
}
