import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { catalogIndexPage } from './catalogIndexPage';

/**
 * The catalog list with an EU AI Act tier column for AiSystems. Replaces the
 * catalog plugin's own `page:catalog` (same id).
 */
export const catalogModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [catalogIndexPage],
});
