import { useState } from 'react';
import {
  CONTROL_STATUSES,
  type ControlStatus,
  type EntityControl,
  isConflictError,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import LinearProgress from '@material-ui/core/LinearProgress';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import {
  CONTROL_STATUS_LABELS,
  FormDialog,
  errorMessage,
  selectOptions,
} from '../shared';
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
    <FormDialog
      titleId="bulk-status-title"
      title={`Set status of ${controls.length} control${
        controls.length === 1 ? '' : 's'
      }`}
      maxWidth="xs"
      onClose={onClose}
      busy={running}
      cancelLabel={done ? 'Close' : 'Cancel'}
      onSave={done ? undefined : apply}
      saveLabel="Apply"
    >
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
        {selectOptions(CONTROL_STATUSES, CONTROL_STATUS_LABELS)}
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
    </FormDialog>
  );
}
