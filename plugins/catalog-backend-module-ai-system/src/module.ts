import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { AiSystemEntitiesProcessor } from './processor/AiSystemEntitiesProcessor';

/**
 * Catalog module that adds the AiSystem kind (`aigov.dev/v1alpha1`).
 * @public
 */
export const catalogModuleAiSystem = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'ai-system',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new AiSystemEntitiesProcessor());
      },
    });
  },
});
