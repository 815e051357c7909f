import { useState } from 'react';
import {
  CONTROL_STATUSES,
  type ControlStatus,
  type EntityControl,
  isConflictError,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import LinearProgress from '@material-ui/core/LinearProgress';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import { CONTROL_STATUS_LABELS, errorMessage } from '../shared';
import { controlBody } from './controlForm';

/** A control the bulk change could not update, and why. */
export interface BulkFailure {
  controlId: string;
  message: string;
}

function failureMessage(error: unknown): string {
  if (isConflictError(error)) {
    return 'someone else changed it since the list was loaded; it was left as is';
  }
  return errorMessage(error);
}

/**
 * Sets one status on many controls. The API has no bulk endpoint, so the rows
 * are PUT one after the other (each with its own version, all other fields
 * sent back unchanged); failures are collected and reported per control
 * instead of stopping at the first.
 */
export function BulkStatusDialog(props: {
  entityRef: CompoundEntityRef;
  controls: EntityControl[];
  onClose: () => void;
  onDone: (succeeded: string[], failed: BulkFailure[]) => void;
}) {
  const { entityRef, onClose, onDone } = props;
  // The selection changes as rows succeed; the dialog reports on what it started with.
  const [controls] = useState(props.controls);
  const api = useApi(aiGovernanceApiRef);
  const [status, setStatus] = useState<ControlStatus>('implemented');
  const [progress, setProgress] = useState<number>();
  const [failures, setFailures] = useState<BulkFailure[]>([]);

  const apply = async () => {
    const succeeded: string[] = [];
    const failed: BulkFailure[] = [];
    for (const [i, c] of controls.entries()) {
      setProgress(i);
      try {
        await api.putControl(
          entityRef,
          c.controlId,
          c.version,
          controlBody(c, { status }),
        );
        succeeded.push(c.controlId);
      } catch (e) {
        failed.push({ controlId: c.controlId, message: failureMessage(e) });
      }
    }
    setProgress(undefined);
    setFailures(failed);
    onDone(succeeded, failed);
  };

  const running = progress !== undefined;
  const done = failures.length > 0;
  return (
    <Dialog
      open
      onClose={running ? undefined : onClose}
      fullWidth
      maxWidth="xs"
      aria-labelledby="bulk-status-title"
    >
      <DialogTitle id="bulk-status-title">
        Set status of {controls.length} control
        {controls.length === 1 ? '' : 's'}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {controls.map(c => c.controlId).join(', ')}
        </DialogContentText>
        <TextField
          id="bulk-status"
          select
          SelectProps={{ native: true }}
          label="New status"
          value={status}
          onChange={e => setStatus(e.target.value as ControlStatus)}
          disabled={running}
          fullWidth
          margin="normal"
        >
          {CONTROL_STATUSES.map(s => (
            <option key={s} value={s}>
              {CONTROL_STATUS_LABELS[s]}
            </option>
          ))}
        </TextField>
        {running && (
          <>
            <LinearProgress
              variant="determinate"
              value={(progress / controls.length) * 100}
              aria-label="Progress of the status change"
            />
            <DialogContentText role="status">
              Updating {progress + 1} of {controls.length}…
            </DialogContentText>
          </>
        )}
        {done && (
          <Alert severity="error" role="alert">
            {failures.length} of {controls.length} controls were not updated:
            <ul>
              {failures.map(f => (
                <li key={f.controlId}>
                  {f.controlId}: {f.message}
                </li>
              ))}
            </ul>
            They are still selected; try again once the list has reloaded.
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={running}>
          {done ? 'Close' : 'Cancel'}
        </Button>
        {!done && (
          <Button
            color="primary"
            variant="contained"
            onClick={apply}
            disabled={running}
          >
            Apply
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
