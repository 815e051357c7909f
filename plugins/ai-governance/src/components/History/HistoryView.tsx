import { useState } from 'react';
import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';
import {
  type CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { LoadError } from '../Controls/LoadError';
import { HistoryTable } from './HistoryTable';
import { VerificationBanner } from './VerificationBanner';

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

/** The change history of an AI system's governance records. */
export function HistoryView(props: { entityRef: CompoundEntityRef }) {
  const api = useApi(aiGovernanceApiRef);
  const ref = stringifyEntityRef(props.entityRef);
  const [more, setMore] = useState<More>({ items: [] });

  const first = useAsyncRetry(async () => {
    const page = await api.listHistory({ entityRef: ref, limit: PAGE_SIZE });
    setMore({ items: [], nextCursor: page.nextCursor });
    return page;
  }, [api, ref]);

  const [moreState, loadMore] = useAsyncFn(async () => {
    const page = await api.listHistory({
      entityRef: ref,
      cursor: more.nextCursor,
      limit: PAGE_SIZE,
    });
    setMore(prev => ({
      items: [...prev.items, ...page.items],
      nextCursor: page.nextCursor,
    }));
  }, [api, ref, more.nextCursor]);

  let body;
  if (first.error) {
    body = (
      <LoadError error={first.error} what="history" onRetry={first.retry} />
    );
  } else if (!first.value) {
    body = <Progress />;
  } else {
    const events = merge([first.value.items, more.items]);
    body =
      events.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No changes recorded yet. Every change to a risk, control, evidence or
          assessment of this AI system will be listed here.
        </Typography>
      ) : (
        <Paper variant="outlined">
          <HistoryTable events={events} />
        </Paper>
      );
  }

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <VerificationBanner />
      {body}
      {moreState.error && (
        <Alert severity="error">
          Could not load more: {moreState.error.message}
        </Alert>
      )}
      {first.value && more.nextCursor && (
        <Box>
          <Button
            variant="outlined"
            onClick={loadMore}
            disabled={moreState.loading}
          >
            {moreState.loading ? 'Loading…' : 'Load more'}
          </Button>
        </Box>
      )}
    </Box>
  );
}
