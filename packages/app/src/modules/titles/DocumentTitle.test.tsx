import {
  AppRootElementBlueprint,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor } from '@testing-library/react';
import { DocumentTitle } from './DocumentTitle';
import { titleAt } from './pageTitles';

describe('the browser tab title', () => {
  it('names the page once, then the app', async () => {
    renderTestApp({
      extensions: [
        AppRootElementBlueprint.make({
          name: 'document-title',
          params: { element: <DocumentTitle /> },
        }),
        PageBlueprint.make({
          name: 'tasks',
          params: {
            path: '/ai-governance/tasks',
            title: 'My tasks',
            loader: async () => <div>Task list</div>,
          },
        }),
      ],
      initialRouteEntries: ['/ai-governance/tasks'],
    });

    expect(await screen.findByText('Task list')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('My tasks | Backstage'));
  });

  it('takes the deepest page a path is under', () => {
    const titles = [
      { path: '/', title: 'Catalog' },
      { path: '/create', title: 'Create' },
      { path: '/create/templates', title: 'Software templates' },
      { path: '/ai-governance', title: 'AI governance' },
      { path: '/ai-governance/tasks', title: 'My tasks' },
    ];
    expect(titleAt(titles, '/create/templates')).toBe('Software templates');
    expect(titleAt(titles, '/create/tasks/123')).toBe('Create');
    expect(titleAt(titles, '/ai-governance/tasks/')).toBe('My tasks');
    expect(titleAt(titles, '/ai-governance-reports')).toBe('Catalog');
    expect(titleAt(titles, '/')).toBe('Catalog');
  });
});
