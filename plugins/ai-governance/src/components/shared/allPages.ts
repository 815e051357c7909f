import type { Page } from '@aigov/plugin-ai-governance-common';

/** The most pages one list follows; a list longer than that is cut, not loaded forever. */
const MAX_PAGES = 20;

/** Every item of a cursor-paged list, following `nextCursor` page by page. */
export async function allPages<T>(
  load: (cursor?: string) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await load(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return items;
}
