import { Progress } from '@backstage/core-components';
import { LoadError } from '../shared';

/**
 * What a page of the management system shows until its records are there:
 * the progress bar, or why they could not be read, with Try again.
 */
export function AimsLoading(props: {
  state: { error?: Error; retry: () => void };
  /** What is read, e.g. "roles of the management system". */
  what: string;
}) {
  const { error, retry } = props.state;
  if (!error) return <Progress />;
  return <LoadError error={error} what={props.what} onRetry={retry} />;
}
