import { ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';

/**
 * A failed request for one part of a card or page, with a retry. Each part
 * shows its own error so one failing request doesn't hide what did load.
 */
export function SectionError(props: {
  title: string;
  error: Error;
  onRetry?: () => void;
}) {
  return (
    <Box role="alert">
      <ResponseErrorPanel title={props.title} error={props.error} />
      {props.onRetry && (
        <Box mt={1}>
          <Button size="small" variant="outlined" onClick={props.onRetry}>
            Try again
          </Button>
        </Box>
      )}
    </Box>
  );
}
