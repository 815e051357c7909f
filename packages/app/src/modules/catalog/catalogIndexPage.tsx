import { createElement, Fragment } from 'react';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';

/**
 * The catalog's `page:catalog` with the AiSystem columns. It keeps the
 * page's path, title, icon, config and filter extensions, and swaps only
 * what the page loads.
 */
export const catalogIndexPage = catalogPlugin
  .getExtension('page:catalog')
  .override({
    factory(originalFactory, { inputs, config }) {
      const filters = inputs.filters.map(filter =>
        filter.get(coreExtensionData.reactElement),
      );
      return originalFactory({
        params: {
          loader: () =>
            import('./AiCatalogPage').then(m => (
              <m.AiCatalogPage
                // As children, not a list: the filters have no keys.
                filters={createElement(Fragment, null, ...filters)}
                pagination={config.pagination}
              />
            )),
        },
      });
    },
  });
