import {
  ApiBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import {
  ALL_RELATION_PAIRS,
  ALL_RELATIONS,
  catalogGraphApiRef,
  DefaultCatalogGraphApi,
} from '@backstage/plugin-catalog-graph';
import {
  RELATION_IMPLEMENTED_BY,
  RELATION_IMPLEMENTS,
} from '@aigov/plugin-ai-governance-common';

/**
 * Teaches the catalog graph this suite's implementedBy / implements pair, so
 * graphs show which components implement each AI system. Replaces the graph
 * plugin's own API extension (same id).
 */
export const catalogGraphModule = createFrontendModule({
  pluginId: 'catalog-graph',
  extensions: [
    ApiBlueprint.make({
      params: defineParams =>
        defineParams({
          api: catalogGraphApiRef,
          deps: {},
          factory: () =>
            new DefaultCatalogGraphApi({
              knownRelations: [
                ...ALL_RELATIONS,
                RELATION_IMPLEMENTED_BY,
                RELATION_IMPLEMENTS,
              ],
              knownRelationPairs: [
                ...ALL_RELATION_PAIRS,
                [RELATION_IMPLEMENTED_BY, RELATION_IMPLEMENTS],
              ],
              defaultRelationTypes: { exclude: [] },
            }),
        }),
    }),
  ],
});
