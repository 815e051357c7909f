import { useMemo } from 'react';
import { Helmet } from 'react-helmet';
import { useLocation } from 'react-router-dom';
import {
  appTreeApiRef,
  configApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { pageTitles, titleAt } from './pageTitles';

/**
 * Names the browser tab after the page, e.g. "My tasks | AI Governance
 * Portal". Pages of the new frontend system set no document title, so the
 * tab kept whatever the last page with a legacy header left (often the
 * sign-in page's doubled app title). Only a default: pages that set their
 * own title (entity pages, legacy headers) take precedence.
 */
export function DocumentTitle() {
  const appTitle =
    useApi(configApiRef).getOptionalString('app.title') ?? 'Backstage';
  const appTree = useApi(appTreeApiRef);
  const titles = useMemo(() => pageTitles(appTree.getTree().tree), [appTree]);
  const { pathname } = useLocation();
  const title = titleAt(titles, pathname);
  return <Helmet defaultTitle={title ? `${title} | ${appTitle}` : appTitle} />;
}
