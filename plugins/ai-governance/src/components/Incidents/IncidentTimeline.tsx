import { useState } from 'react';
import type { IncidentEntry } from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { EmptyNote, LoadError, errorMessage, formatTimestamp } from '../shared';
import { AttachEvidenceDialog } from './AttachEvidenceDialog';
import { INCIDENT_STATUS_LABELS } from './labels';

/** The buttons beside the comment keep their words on one line. */
const NO_WRAP = { flexShrink: 0, whiteSpace: 'nowrap' } as const;

/** What one entry says: the comment, the status move, or the evidence attached. */
function entryText(entry: IncidentEntry): string {
  if (entry.kind === 'status-change') {
    const from = entry.fromStatus
      ? INCIDENT_STATUS_LABELS[entry.fromStatus]
      : '';
    const to = entry.toStatus ? INCIDENT_STATUS_LABELS[entry.toStatus] : '';
    return `Status ${from} → ${to}${entry.text ? `: ${entry.text}` : ''}`;
  }
  if (entry.kind === 'attachment') {
    return `Attached evidence${entry.text ? `: ${entry.text}` : ''}`;
  }
  return entry.text ?? '';
}

/**
 * An incident's timeline, oldest first, and a box to comment on it. `version`
 * reloads it after the incident changed, since status moves add entries.
 */
export function IncidentTimeline(props: {
  incidentId: string;
  /** The incident's AI system, whose evidence may be attached. */
  entityRef: string;
  version: number;
  canComment: boolean;
}) {
  const api = useApi(aiGovernanceApiRef);
  const entries = useAsyncRetry(
    () => api.listIncidentEntries(props.incidentId),
    [api, props.incidentId, props.version],
  );
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [attaching, setAttaching] = useState(false);

  const add = async () => {
    if (!comment.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.addIncidentEntry(props.incidentId, {
        kind: 'comment',
        text: comment.trim(),
      });
      setComment('');
      entries.retry();
    } catch (e) {
      setError(`Could not add the comment: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  if (entries.error) {
    return (
      <LoadError
        error={entries.error}
        what="timeline"
        of="this incident"
        onRetry={entries.retry}
      />
    );
  }
  return (
    <Box>
      {entries.value?.length === 0 && (
        <EmptyNote>Nothing on the timeline yet.</EmptyNote>
      )}
      <List dense aria-label="Incident timeline">
        {(entries.value ?? []).map(entry => (
          <ListItem key={entry.id} divider>
            <ListItemText
              primary={entryText(entry)}
              secondary={
                <>
                  <EntityDisplayName
                    entityRef={entry.createdBy}
                    defaultKind="user"
                    hideIcon
                  />
                  , {formatTimestamp(entry.createdAt)}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
      {props.canComment && (
        <Box display="flex" alignItems="flex-start" gridGap={8}>
          <TextField
            id={`incident-comment-${props.incidentId}`}
            label="Comment"
            multiline
            fullWidth
            value={comment}
            onChange={e => setComment(e.target.value)}
          />
          <Button
            variant="outlined"
            disabled={busy || !comment.trim()}
            onClick={add}
            style={NO_WRAP}
          >
            Add comment
          </Button>
          <Button
            variant="outlined"
            onClick={() => setAttaching(true)}
            style={NO_WRAP}
          >
            Attach evidence
          </Button>
        </Box>
      )}
      {attaching && (
        <AttachEvidenceDialog
          incidentId={props.incidentId}
          entityRef={props.entityRef}
          onClose={() => setAttaching(false)}
          onSaved={() => {
            setAttaching(false);
            entries.retry();
          }}
        />
      )}
      {error && <Alert severity="error">{error}</Alert>}
    </Box>
  );
}
