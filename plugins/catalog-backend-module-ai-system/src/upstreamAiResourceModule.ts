import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  aiResourceEntityModel,
  CatalogModelSources,
} from '@backstage/catalog-model/alpha';
import { catalogModelExtensionPoint } from '@backstage/plugin-catalog-node/alpha';

/**
 * Optional: turns on Backstage's own (alpha) `AiResource` kind — skills,
 * rules and agent plugins — so AiSystems can depend on them. It lives beside
 * the AiSystem kind: the two share no apiVersion and each processor declines
 * the other's entities. Leave it out if your catalog already enables the
 * catalog model layers.
 * @public
 */
export const catalogModuleUpstreamAiResourceModel = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'upstream-ai-resource-model',
  register(reg) {
    reg.registerInit({
      deps: { model: catalogModelExtensionPoint },
      async init({ model }) {
        model.addModelSource(
          CatalogModelSources.static([aiResourceEntityModel]),
        );
      },
    });
  },
});
