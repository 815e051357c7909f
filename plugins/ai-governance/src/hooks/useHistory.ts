import { useState } from 'react';
import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../api';

const PAGE_SIZE = 50;

/** Pages after the first, and where the next one starts. */
interface More {
  items: HistoryEvent[];
  nextCursor?: string;
}

/** Newest first, each event once even if pages overlap. */
function merge(pages: HistoryEvent[][]): HistoryEvent[] {
  const bySeq = new Map<number, HistoryEvent>();
  for (const e of pages.flat()) bySeq.set(e.seq, e);
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq);
}

/**
 * The change history of one entity, a page at a time: the first page loads
 * at once, `loadMore` appends the next. Reloading the first page starts the
 * paging over.
 */
export function useHistory(entityRef: string) {
  const api = useApi(aiGovernanceApiRef);
  const [more, setMore] = useState<More>({ items: [] });

  const first = useAsyncRetry(async () => {
    const page = await api.listHistory({ entityRef, limit: PAGE_SIZE });
    setMore({ items: [], nextCursor: page.nextCursor });
    return page;
  }, [api, entityRef]);

  const [moreState, loadMore] = useAsyncFn(async () => {
    const page = await api.listHistory({
      entityRef,
      cursor: more.nextCursor,
      limit: PAGE_SIZE,
    });
    setMore(prev => ({
      items: [...prev.items, ...page.items],
      nextCursor: page.nextCursor,
    }));
  }, [api, entityRef, more.nextCursor]);

  return {
    /** Undefined until the first page has loaded. */
    events: first.value ? merge([first.value.items, more.items]) : undefined,
    error: first.error,
    retry: first.retry,
    hasMore: !!first.value && !!more.nextCursor,
    loadMore,
    loadingMore: moreState.loading,
    loadMoreError: moreState.error,
  };
}

/** Whether the whole history hash chain is intact; `retry` verifies again. */
export function useHistoryVerification() {
  const api = useApi(aiGovernanceApiRef);
  return useAsyncRetry(() => api.verifyHistory(), [api]);
}
