import type { ReactNode } from 'react';
import { SupportButton } from '@backstage/core-components';
import { configApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { CatalogTable, catalogTranslationRef } from '@backstage/plugin-catalog';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import {
  CatalogFilterLayout,
  EntityListProvider,
  type EntityListPagination,
} from '@backstage/plugin-catalog-react';
import { ButtonLink, Container, Header } from '@backstage/ui';
import { aiSystemColumns } from './aiSystemColumns';

/** What the catalog page passes on from its config and its filter inputs. */
export interface AiCatalogPageProps {
  filters: ReactNode;
  pagination?: EntityListPagination;
}

/**
 * The catalog index page as the catalog plugin draws it in the new frontend
 * system, with the AiSystem columns: the page has no option for columns,
 * only the table it renders does.
 */
export function AiCatalogPage(props: AiCatalogPageProps) {
  const orgName =
    useApi(configApiRef).getOptionalString('organization.name') ?? 'Backstage';
  const { t } = useTranslationRef(catalogTranslationRef);
  const createHref = useRouteRef(
    catalogPlugin.externalRoutes.createComponent,
  )?.();
  return (
    <EntityListProvider pagination={props.pagination}>
      <Header
        title={t('indexPage.title', { orgName })}
        customActions={
          <>
            {createHref && (
              <ButtonLink variant="primary" href={createHref}>
                {t('indexPage.createButtonTitle')}
              </ButtonLink>
            )}
            <SupportButton>{t('indexPage.supportButtonContent')}</SupportButton>
          </>
        }
      />
      <Container>
        <CatalogFilterLayout>
          <CatalogFilterLayout.Filters>
            {props.filters}
          </CatalogFilterLayout.Filters>
          <CatalogFilterLayout.Content>
            <CatalogTable columns={aiSystemColumns} />
          </CatalogFilterLayout.Content>
        </CatalogFilterLayout>
      </Container>
    </EntityListProvider>
  );
}
