import {
  AppRootElementBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { DocumentTitle } from './DocumentTitle';

/**
 * Browser tab titles: each page's name and the app title once, on the
 * sign-in page too. Replaces the app plugin's default sign-in page (same id).
 */
export const titlesModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    AppRootElementBlueprint.make({
      name: 'document-title',
      params: { element: <DocumentTitle /> },
    }),
    SignInPageBlueprint.make({
      params: {
        loader: () => import('./SignInPage').then(m => m.GuestSignInPage),
      },
    }),
  ],
});
