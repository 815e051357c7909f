import Alert from '@material-ui/lab/Alert';
import Button from '@material-ui/core/Button';
import { AiGovernanceApiError } from '../../api';

/** The message an API error names for a field, for `helperText`. @public */
export function fieldError(error: unknown, path: string): string | undefined {
  return error instanceof AiGovernanceApiError
    ? error.fieldError(path)
    : undefined;
}

/**
 * Explains a failed save. A 412 says someone else changed the record and
 * offers a reload; the caller keeps the user's unsaved input on screen.
 * @public
 */
export function SaveErrorAlert(props: {
  error?: unknown;
  onReload?: () => void;
}) {
  const { error, onReload } = props;
  if (!error) return null;
  if (error instanceof AiGovernanceApiError && error.isConflict) {
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
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert severity="error" role="alert">
      {message}
    </Alert>
  );
}
