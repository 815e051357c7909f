import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { DatabaseReadinessStore } from '../database/ReadinessStore';
import type { UnitOfWork } from '../database/UnitOfWork';
import type { AuditService } from './AuditService';
import {
  ReadinessService,
  type ClausePrefills,
  type InScopeSystems,
  type ReadinessSettings,
} from './ReadinessService';
import {
  readinessSources,
  type ReadinessSourceServices,
} from './readinessSources';
import { DEFAULT_SAMPLE_SIZE } from './surveillance';

/** The other modules readiness reads; one a deployment leaves out counts as keeping no records. */
export interface ReadinessModules {
  work: UnitOfWork;
  audits: AuditService;
  aimsClauses: ClausePrefills;
  aimsScope?: {
    systemsInScope(credentials?: BackstageCredentials): Promise<
      Array<{
        entityRef: string;
        title: string;
        tier: string | null;
        lifecycle: string | null;
      }>
    >;
  };
  policies?: ReadinessSourceServices['policies'];
  objectives?: ReadinessSourceServices['objectives'];
  training?: ReadinessSourceServices['training'];
  managementReviews?: ReadinessSourceServices['reviews'];
}

/** Every AiSystem of the snapshot that is not experimental: the scope without the AIMS scope module. */
function snapshotScope(store: DatabaseReadinessStore): InScopeSystems {
  return async () =>
    (await store.aiSystems()).filter(
      s => s.lifecycle?.toLocaleLowerCase('en-US') !== 'experimental',
    );
}

/** Readiness over the other modules' services: the scope's systems and the stage 1 sources. */
export function createReadinessService(
  knex: Knex,
  modules: ReadinessModules,
  settings: ReadinessSettings = {
    sampleSize: DEFAULT_SAMPLE_SIZE,
    certification: {},
  },
): ReadinessService {
  const store = new DatabaseReadinessStore(knex);
  const { aimsScope } = modules;
  return new ReadinessService({
    store,
    aimsClauses: modules.aimsClauses,
    audits: modules.audits,
    work: modules.work,
    settings,
    inScope: aimsScope
      ? async credentials =>
          (await aimsScope.systemsInScope(credentials)).map(s => ({
            entityRef: s.entityRef,
            title: s.title,
            riskTier: s.tier,
            lifecycle: s.lifecycle,
          }))
      : snapshotScope(store),
    sources: readinessSources({
      policies: modules.policies,
      objectives: modules.objectives,
      training: modules.training,
      reviews: modules.managementReviews,
    }),
  });
}
