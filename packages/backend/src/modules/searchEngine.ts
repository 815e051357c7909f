import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { PgSearchEngine } from '@backstage/plugin-search-backend-module-pg';
import {
  LunrSearchEngine,
  MissingIndexError,
} from '@backstage/plugin-search-backend-node';
import { searchEngineRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';

/**
 * The in-memory engine, answering no results for a type it holds no index of
 * yet instead of failing.
 *
 * @remarks
 * Lunr builds an index only from a collation that found documents, and the
 * TechDocs collator finds documents only for pages TechDocs has already
 * built, which it does when someone first opens them. Until then the
 * stock engine throws MissingIndexError, which the search router answers
 * with a 500 on the search page's Documentation tab; the Postgres engine
 * answers an empty page, and so does this one.
 */
export class LunrSearchEngineWithoutMissingIndex extends LunrSearchEngine {
  async query(query: Parameters<LunrSearchEngine['query']>[0]) {
    try {
      return await super.query(query);
    } catch (error) {
      if (error instanceof MissingIndexError) {
        return { results: [], numberOfResults: 0 };
      }
      throw error;
    }
  }
}

/**
 * Gives search the in-memory engine above whenever the Postgres module does
 * not register its own (the demo on SQLite).
 */
export default createBackendModule({
  pluginId: 'search',
  moduleId: 'lunr-without-missing-index',
  register(reg) {
    reg.registerInit({
      deps: {
        database: coreServices.database,
        logger: coreServices.logger,
        registry: searchEngineRegistryExtensionPoint,
      },
      async init({ database, logger, registry }) {
        // The same test the Postgres module makes before it registers its engine.
        if (await PgSearchEngine.supported(database)) return;
        registry.setSearchEngine(
          new LunrSearchEngineWithoutMissingIndex({ logger }),
        );
      },
    });
  },
});
