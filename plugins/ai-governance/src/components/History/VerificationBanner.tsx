import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { useHistoryVerification } from '../../hooks';
import { errorMessage, isForbidden } from '../shared';

/**
 * Recomputes the whole hash chain (all AI systems, not just this one) and
 * says whether it is intact. Verifying needs unconditional read access to
 * the history, so a team that may read only its own systems gets a 403,
 * which is explained rather than shown as a failure.
 */
export function VerificationBanner(props: {
  /**
   * This AI system's events as far as they are loaded: the API counts only
   * the whole chain, so this system's share comes from its history pages.
   */
  systemEvents?: { count: number; more: boolean };
}) {
  const { value, loading, error, retry } = useHistoryVerification();
  const again = (
    <Button color="inherit" size="small" onClick={retry} disabled={loading}>
      Verify again
    </Button>
  );
  if (loading && !value) {
    return <Alert severity="info">Verifying the history chain…</Alert>;
  }
  if (error) {
    if (isForbidden(error)) {
      return (
        <Alert severity="info">
          Only the governance office can verify the whole chain.
        </Alert>
      );
    }
    return (
      <Alert severity="warning" action={again}>
        Could not verify the history chain: {errorMessage(error)}
      </Alert>
    );
  }
  if (!value) return null;
  if (value.ok) {
    const anchor = value.checkpoint
      ? ` It matches the checkpoint signed ${value.checkpoint.at.slice(
          0,
          16,
        )} UTC (event #${
          value.checkpoint.seq
        }), and every record matches its history.`
      : ' Every record matches its history.';
    const mine = props.systemEvents;
    let ofThisSystem = '';
    if (mine) {
      ofThisSystem = mine.more
        ? `, at least ${mine.count} of them this AI system's`
        : `, ${mine.count} of them this AI system's`;
    }
    // The API verifies and counts the whole chain only, so the count says so.
    return (
      <Alert severity="success" action={again}>
        Chain verified: {value.checked} events. They are the whole history of
        every AI system{ofThisSystem}. No recorded change has been altered,
        removed or reordered.{anchor}
      </Alert>
    );
  }
  if (value.record) {
    // The chain is intact, but a table row was changed outside the portal.
    return (
      <Alert severity="error" action={again} role="alert">
        A record differs from its history: {value.reason}. It was changed
        outside the portal; tell the governance office.
      </Alert>
    );
  }
  return (
    <Alert severity="error" action={again} role="alert">
      Chain broken at event #{value.firstBrokenSeq ?? value.checked + 1}:{' '}
      {value.reason ?? 'no reason given'}. The history from there on cannot be
      trusted; tell the governance office.
    </Alert>
  );
}
