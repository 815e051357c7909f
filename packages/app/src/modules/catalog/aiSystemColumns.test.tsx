import type { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { CatalogTable } from '@backstage/plugin-catalog';
import {
  EntityKindFilter,
  starredEntitiesApiRef,
  MockStarredEntitiesApi,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { MockEntityListContextProvider } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import { aiSystemColumns } from './aiSystemColumns';

const aiSystem = (name: string, riskTier?: string): Entity => ({
  apiVersion: 'aigov.dev/v1alpha1',
  kind: 'AiSystem',
  metadata: { name, namespace: 'default' },
  spec: { type: 'classifier', owner: 'group:default/credit-ml', riskTier },
});

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: {
    type: 'service',
    owner: 'group:default/payments',
    lifecycle: 'production',
  },
};

async function renderList(kind: string, label: string, entities: Entity[]) {
  await renderInTestApp(
    <TestApiProvider
      apis={[[starredEntitiesApiRef, new MockStarredEntitiesApi()]]}
    >
      <MockEntityListContextProvider
        value={{
          entities,
          totalItems: entities.length,
          filters: { kind: new EntityKindFilter(kind, label) },
        }}
      >
        <CatalogTable columns={aiSystemColumns} />
      </MockEntityListContextProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('the catalog list', () => {
  it('shows each AiSystem’s EU AI Act tier next to its type', async () => {
    await renderList('aisystem', 'AiSystem', [
      aiSystem('credit-scoring', 'high'),
      aiSystem('chat-helper', 'limited'),
      aiSystem('new-idea'),
    ]);

    const headers = screen
      .getAllByRole('columnheader')
      .map(h => h.textContent?.trim())
      .filter(Boolean);
    expect(headers.indexOf('EU AI Act tier')).toBe(headers.indexOf('Type') + 1);
    const row = (name: string) =>
      within(screen.getByRole('link', { name }).closest('tr')!);
    expect(row('credit-scoring').getByText('high risk')).toBeVisible();
    expect(row('chat-helper').getByText('limited risk')).toBeVisible();
    expect(row('new-idea').getByText('tier not set')).toBeVisible();
  });

  it('keeps the default columns for other kinds', async () => {
    await renderList('component', 'Component', [component]);

    expect(
      await screen.findByRole('link', { name: 'payments-api' }),
    ).toBeVisible();
    expect(
      screen.queryByRole('columnheader', { name: /EU AI Act tier/ }),
    ).toBeNull();
  });
});
