import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createAssessmentCreateAction } from './actions/assessmentCreate';
import { createClassifyAction } from './actions/classify';

/**
 * Adds the AI governance actions to the scaffolder.
 * @public
 */
export const scaffolderModuleAiGovernance = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'ai-governance',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        config: coreServices.rootConfig,
      },
      async init({ scaffolder, auth, discovery, config }) {
        scaffolder.addActions(
          createClassifyAction(),
          createAssessmentCreateAction({
            auth,
            discovery,
            catalogWaitSeconds: config.getOptionalNumber(
              'aiGovernance.onboarding.catalogWaitSeconds',
            ),
          }),
        );
      },
    });
  },
});
