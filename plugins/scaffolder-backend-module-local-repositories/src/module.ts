import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { LocalRepositories } from '@aigov/plugin-local-repositories-node';
import { createPublishLocalAction } from './actions/publishLocal';

/**
 * Adds publish:local, the offline demo's publishing target, to the
 * scaffolder; adds nothing unless `localRepositories.root` is set.
 * @public
 */
export const scaffolderModuleLocalRepositories = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'local-repositories',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ scaffolder, config }) {
        const repositories = LocalRepositories.fromConfig(config);
        if (!repositories) return;
        scaffolder.addActions(createPublishLocalAction({ repositories }));
      },
    });
  },
});
