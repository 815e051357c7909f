import { Progress } from '@backstage/core-components';
import Alert from '@material-ui/lab/Alert';
import Button from '@material-ui/core/Button';
import { errorMessage, isForbidden } from './errors';

/**
 * A failed load of one part of a page, with a retry. Each part shows its own
 * error so one failing request doesn't hide what did load. A 403 is not a
 * fault but a decision, so it is explained rather than shown as an error.
 */
export function LoadError(props: {
  error: Error;
  /** What failed to load, e.g. "controls" or "team scorecards". */
  what: string;
  /** Whose `what` it is, e.g. "this AI system", for the 403 explanation. */
  of?: string;
  onRetry?: () => void;
}) {
  const { error, what, onRetry } = props;
  const forbidden = isForbidden(error);
  const whose = props.of ? ` of ${props.of}` : '';
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
        ? `You do not have access to the ${what}${whose}.`
        : `Could not load the ${what}: ${errorMessage(error)}`}
    </Alert>
  );
}

/**
 * A part of a page until it has loaded: the progress bar, or the
 * {@link LoadError} of its failed load with Try again.
 */
export function LoadProgress(props: {
  state: { error?: Error; retry: () => void };
  /** What is read, e.g. "roles of the management system". */
  what: string;
  /** Whose `what` it is, for the 403 explanation. */
  of?: string;
}) {
  const { error, retry } = props.state;
  if (!error) return <Progress />;
  return (
    <LoadError error={error} what={props.what} of={props.of} onRetry={retry} />
  );
}
