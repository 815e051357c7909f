import {
  type CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Alert from '@material-ui/lab/Alert';
import { useHistory } from '../../hooks';
import { EmptyNote, LoadError, errorMessage } from '../shared';
import { HistoryTable } from './HistoryTable';
import { VerificationBanner } from './VerificationBanner';

/** The change history of an AI system's governance records. */
export function HistoryView(props: { entityRef: CompoundEntityRef }) {
  const history = useHistory(stringifyEntityRef(props.entityRef));

  let body;
  if (history.error) {
    body = (
      <LoadError
        error={history.error}
        what="history"
        of="this AI system"
        onRetry={history.retry}
      />
    );
  } else if (!history.events) {
    body = <Progress />;
  } else if (history.events.length === 0) {
    body = (
      <EmptyNote>
        No changes recorded yet. Every change to a risk, control, evidence or
        assessment of this AI system will be listed here.
      </EmptyNote>
    );
  } else {
    body = (
      <Paper variant="outlined">
        <HistoryTable events={history.events} />
      </Paper>
    );
  }

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <VerificationBanner
        systemEvents={
          history.events && {
            count: history.events.length,
            more: history.hasMore,
          }
        }
      />
      {body}
      {history.loadMoreError && (
        <Alert severity="error">
          Could not load more: {errorMessage(history.loadMoreError)}
        </Alert>
      )}
      {history.hasMore && (
        <Box>
          <Button
            variant="outlined"
            onClick={history.loadMore}
            disabled={history.loadingMore}
          >
            {history.loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        </Box>
      )}
    </Box>
  );
}
