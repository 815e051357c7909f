import { AIMS_ENTITY_REF } from '@aigov/plugin-ai-governance-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { normalizeEntityRef } from '../components/shared/format';

/** The short name of a ref, `aisystem:default/credit` → `credit`: what shows until the title is known. */
export const shortName = (ref: string): string => {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
};

/**
 * The catalog titles of the entities `refs` name, for showing people a
 * system's name rather than its raw ref; `titleOf` answers the short name
 * for any the catalog has no title for (or before it answered).
 */
export function useEntityTitles(refs: string[]): (ref: string) => string {
  const catalogApi = useApi(catalogApiRef);
  // The management system's own records are on a ref no catalog holds.
  const key = [...new Set(refs.map(normalizeEntityRef))]
    .filter(ref => ref !== AIMS_ENTITY_REF)
    .sort()
    .join(',');
  const { value } = useAsync(async () => {
    const entityRefs = key ? key.split(',') : [];
    if (entityRefs.length === 0) return new Map<string, string>();
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs,
      fields: ['metadata.title'],
    });
    const titles = new Map<string, string>();
    items.forEach((entity, i) => {
      const title = entity?.metadata.title;
      if (title) titles.set(entityRefs[i], title);
    });
    return titles;
  }, [catalogApi, key]);
  return (ref: string) =>
    normalizeEntityRef(ref) === AIMS_ENTITY_REF
      ? 'Management system'
      : value?.get(normalizeEntityRef(ref)) ?? shortName(ref);
}
