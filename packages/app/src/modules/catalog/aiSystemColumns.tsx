import {
  CatalogTable,
  type CatalogTableColumnsFunc,
  type CatalogTableRow,
} from '@backstage/plugin-catalog';
import type { TableColumn } from '@backstage/core-components';
import { TierChip } from '@aigov/plugin-ai-governance';

/** The AiSystem's EU AI Act tier, read from the entity itself. */
export const tierColumn: TableColumn<CatalogTableRow> = {
  title: 'EU AI Act tier',
  field: 'entity.spec.riskTier',
  render: ({ entity }) => (
    <TierChip tier={(entity.spec?.riskTier as string | undefined) ?? null} />
  ),
};

/**
 * The catalog's columns, with the EU AI Act tier after the type when the
 * list shows AiSystems. The ISO 42001 level is left to the Governance tab
 * and the dashboard: it is computed per system from its records, so a
 * column would cost a request for every row on every page of the list.
 */
export const aiSystemColumns: CatalogTableColumnsFunc = context => {
  const columns = CatalogTable.defaultColumnsFunc(context);
  if (context.filters.kind?.value?.toLocaleLowerCase('en-US') !== 'aisystem') {
    return columns;
  }
  const afterType = columns.findIndex(c => c.field === 'entity.spec.type') + 1;
  const at = afterType > 0 ? afterType : columns.length;
  return [...columns.slice(0, at), tierColumn, ...columns.slice(at)];
};
