import type { Entity } from '@backstage/catalog-model';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import { catalogModule } from '.';

jest.setTimeout(60_000);

const entities: Entity[] = [
  {
    apiVersion: 'aigov.dev/v1alpha1',
    kind: 'AiSystem',
    metadata: { name: 'credit-scoring', namespace: 'default' },
    spec: {
      type: 'classifier',
      owner: 'group:default/credit-ml',
      riskTier: 'high',
    },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', namespace: 'default' },
    spec: {
      type: 'service',
      owner: 'group:default/payments',
      lifecycle: 'production',
    },
  },
];

describe('the catalog page of the app', () => {
  it('lists AiSystems with their EU AI Act tier, under the page’s own filters', async () => {
    renderTestApp({
      features: [catalogPlugin, catalogModule],
      initialRouteEntries: [
        '/catalog?filters[kind]=aisystem&filters[user]=all',
      ],
      apis: [
        [catalogApiRef, catalogApiMock({ entities })],
        mockApis.identity({ userEntityRef: 'user:default/guest' }),
      ],
    });

    await screen.findByRole(
      'link',
      { name: 'credit-scoring' },
      // The whole catalog page renders first: slow on a busy CI machine.
      { timeout: 30_000 },
    );
    // The table draws again as the list settles: read the row afresh.
    await waitFor(() =>
      expect(
        within(
          screen.getByRole('link', { name: 'credit-scoring' }).closest('tr')!,
        ).getByText('high risk'),
      ).toBeVisible(),
    );
    expect(
      screen.getByRole('columnheader', { name: /EU AI Act tier/ }),
    ).toBeVisible();
    expect(screen.queryByRole('link', { name: 'payments-api' })).toBeNull();
    // The catalog's own filters still come with the page.
    expect(screen.getByText('Kind')).toBeVisible();
    // The whole catalog plugin boots in jsdom first.
  }, 30_000);
});
