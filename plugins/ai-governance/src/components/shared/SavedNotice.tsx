import Alert from '@material-ui/lab/Alert';

/**
 * Confirms that a save went through, where the user was looking, until
 * they dismiss it or save again. It is a status, so screen readers read it
 * without moving focus.
 */
export function SavedNotice(props: {
  message?: string;
  onDismiss: () => void;
}) {
  if (!props.message) return null;
  return (
    <Alert severity="success" role="status" onClose={props.onDismiss}>
      {props.message}
    </Alert>
  );
}
