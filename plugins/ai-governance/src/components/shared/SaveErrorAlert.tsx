import Alert from '@material-ui/lab/Alert';
import Button from '@material-ui/core/Button';
import { isConflictError } from '@aigov/plugin-ai-governance-common';
import { errorMessage } from './errors';

/**
 * Explains a failed save. A 412 says someone else changed the record and
 * offers a reload; the caller keeps the user's unsaved input on screen.
 */
export function SaveErrorAlert(props: {
  error?: unknown;
  onReload?: () => void;
}) {
  const { error, onReload } = props;
  if (!error) return null;
  if (isConflictError(error)) {
    return (
      <Alert
        severity="warning"
        role="alert"
        action={
          onReload && (
            <Button color="inherit" size="small" onClick={onReload}>
              Reload latest
            </Button>
          )
        }
      >
        Someone else changed this record while you were editing. Reload the
        latest version — your changes stay in the form — then save again.
      </Alert>
    );
  }
  return (
    <Alert severity="error" role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
