import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import type { Entity } from '@backstage/catalog-model';
import { fetchApiRef, identityApiRef } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  entityRouteRef,
  EntityProvider,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import userEvent from '@testing-library/user-event';
import { type AiGovernanceApi, aiGovernanceApiRef } from '../api';
import {
  incidentsRouteRef,
  myTasksRouteRef,
  aimsPoliciesRouteRef,
  aimsReviewsRouteRef,
} from '../routes';
import { createMockAiGovernanceApi } from './mockApi';

// AuthorizeResult's values, typed from MockPermissionApi so the tests need no
// direct dependency on @backstage/plugin-permission-common.
type Decision = ReturnType<
  NonNullable<ConstructorParameters<typeof MockPermissionApi>[0]>
>;
const ALLOW = 'ALLOW' as unknown as Decision;
const DENY = 'DENY' as unknown as Decision;

/** What a test app is given besides the element. */
export interface RenderOptions {
  /** The governance API; a fresh mock by default. */
  api?: AiGovernanceApi;
  /** Permission names to deny; everything else is allowed. */
  deny?: string[];
  /** The entity of the page, for cards and tabs that read it. */
  entity?: Entity;
  /** What the in-memory catalog holds. */
  catalogEntities?: Entity[];
  /** The signed-in user; `user:default/guest` by default. */
  userEntityRef?: string;
  /** The fetchApi's fetch, for downloads. */
  fetch?: jest.Mock;
  /** Mount none of the plugin's own pages, as an app with only the dashboard. */
  onlyDashboard?: boolean;
  /** The URL the test app starts at (path and query), `/` by default. */
  path?: string;
}

/**
 * The one render helper of the component tests: a test app with the
 * governance API, the permission API, an in-memory catalog and a fetchApi,
 * with the catalog's entity route and the plugin's pages mounted as the app
 * mounts them (not the Training page), so entity, Governance tab, My tasks
 * and AIMS links get real paths.
 */
export function renderWithApis(node: ReactNode, options: RenderOptions = {}) {
  const permissionApi = new MockPermissionApi(request =>
    options.deny?.includes(request.permission.name) ? DENY : ALLOW,
  );
  const catalogApi = catalogApiMock({
    entities: options.catalogEntities ?? [],
  });
  return renderInTestApp(
    // A fresh cache of permission answers per render: usePermission keeps
    // them in SWR's cache, which would otherwise carry one test's answer
    // into the next test of the file.
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [aiGovernanceApiRef, options.api ?? createMockAiGovernanceApi()],
          [permissionApiRef, permissionApi],
          [catalogApiRef, catalogApi],
          [fetchApiRef, { fetch: options.fetch ?? jest.fn() }],
          [
            identityApiRef,
            mockApis.identity({
              userEntityRef: options.userEntityRef ?? 'user:default/guest',
            }),
          ],
        ]}
      >
        {options.entity ? (
          <EntityProvider entity={options.entity}>{node}</EntityProvider>
        ) : (
          node
        )}
      </TestApiProvider>
    </SWRConfig>,
    {
      ...(options.path ? { routeEntries: [options.path] } : {}),
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        // A legacy app may mount only the dashboard page.
        ...(options.onlyDashboard
          ? {}
          : {
              '/ai-governance/tasks': myTasksRouteRef,
              '/ai-governance/incidents': incidentsRouteRef,
              '/ai-governance/aims/policies': aimsPoliciesRouteRef,
              '/ai-governance/aims/reviews': aimsReviewsRouteRef,
            }),
      },
    },
  );
}

/**
 * A user without typing delays and without the pointer-events check, which
 * reads computed styles up the tree on every click and makes each click on
 * the 38-row page take a second in jsdom. Disabled buttons are still checked
 * with toBeDisabled.
 */
export function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: 0 });
}
