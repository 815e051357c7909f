import { createBackend } from '@backstage/backend-defaults';
import { catalogModuleUpstreamAiResourceModel } from '@aigov/plugin-catalog-backend-module-ai-system';
import { localRepositoriesUrlReader } from '@aigov/plugin-local-repositories-backend';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// Sign-in: guest for local use; production adds a real provider (README).
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

// Catalog, with the AiSystem kind.
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@aigov/plugin-catalog-backend-module-ai-system'));
backend.add(catalogModuleUpstreamAiResourceModel);
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// Permissions, with the portal's own policy.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./modules/permissionPolicy'));

// AI governance records: risks, controls, evidence, assessments, scorecards.
backend.add(import('@aigov/plugin-ai-governance-backend'));

// Software Templates, with the AI use-case actions (ai-governance:*).
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@aigov/plugin-scaffolder-backend-module-ai-governance'));
// publish:github and publish:github:pull-request, for the templates' GitHub
// option once integrations.github is configured.
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));

// The offline demo's publishing target (off unless localRepositories.root is set).
backend.add(localRepositoriesUrlReader);
backend.add(import('@aigov/plugin-local-repositories-backend'));
backend.add(
  import('@aigov/plugin-scaffolder-backend-module-local-repositories'),
);
backend.add(import('@backstage/plugin-techdocs-backend'));

// Search: Postgres when the backend runs on it, the in-memory engine otherwise
// (one that answers no results, not a 500, before a type has its first index).
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('./modules/searchEngine'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

backend.add(import('@backstage/plugin-user-settings-backend'));
// Notifications: the governance office hears about integrity problems here.
backend.add(import('@backstage/plugin-notifications-backend'));
// Pushes updates to open pages (the app's storage API depends on it).
backend.add(import('@backstage/plugin-signals-backend'));

backend.start();
