import Alert from '@material-ui/lab/Alert';
import Button from '@material-ui/core/Button';
import { AiGovernanceApiError } from '../../api';

/**
 * A failed load. A 403 is not a fault but a decision, so it is explained
 * rather than shown as an error with a stack of details.
 */
export function LoadError(props: {
  error: Error;
  what: string;
  onRetry?: () => void;
}) {
  const { error, what, onRetry } = props;
  const forbidden =
    error instanceof AiGovernanceApiError && error.status === 403;
  return (
    <Alert
      severity={forbidden ? 'info' : 'error'}
      action={
        !forbidden &&
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry}>
            Try again
          </Button>
        )
      }
    >
      {forbidden
        ? `You do not have access to the ${what} of this AI system.`
        : `Could not load the ${what}: ${error.message}`}
    </Alert>
  );
}
