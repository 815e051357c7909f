import { useState } from 'react';
import {
  nonconformityTransitionProblem,
  type CorrectiveAction,
  type Nonconformity,
  type NonconformityPatch,
  type NonconformityStatus,
} from '@aigov/plugin-ai-governance-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import { errorMessage, formatTimestamp, useHighlightedRow } from '../shared';
import { ActionEvidenceDialog } from './ActionEvidenceDialog';
import { asInput } from './actionInput';
import { AddCorrectiveAction } from './AddCorrectiveAction';
import { CorrectiveActionsTable } from './CorrectiveActionsTable';
import { EditCorrectiveActionDialog } from './EditCorrectiveActionDialog';
import { EffectivenessReviewForm } from './EffectivenessReviewForm';
import { NONCONFORMITY_STATUS_LABELS, RESULT_LABELS } from './labels';
import { NonconformitySourceText } from './NonconformitySourceText';

/** The next status a nonconformity moves to, and the button that moves it. */
const NEXT: Partial<
  Record<NonconformityStatus, [NonconformityStatus, string]>
> = {
  open: ['actions-planned', 'Actions planned'],
  'actions-planned': ['verifying', 'Ready for verification'],
  verifying: ['closed', 'Close'],
};

/**
 * One nonconformity: where it came from, its corrective actions (add one,
 * change its owner and due date, move their status), its status, and the effectiveness review that must
 * say "effective" before it may close.
 */
export function NonconformityCard(props: {
  nonconformity: Nonconformity;
  onChanged: (nonconformity: Nonconformity) => void;
  /** Reloads the nonconformity, e.g. after someone else changed it. */
  onReload?: () => void;
}) {
  const { nonconformity: nc, onChanged } = props;
  const api = useApi(aiGovernanceApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [evidenceOf, setEvidenceOf] = useState<CorrectiveAction>();
  const [editing, setEditing] = useState<CorrectiveAction>();
  const closed = nc.status === 'closed';

  const patch = async (body: NonconformityPatch) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await api.updateNonconformity(nc.id, nc.version, body));
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const next = NEXT[nc.status];
  // The rule -common states, so the button says why before the API would.
  const blocked =
    next &&
    nonconformityTransitionProblem(nc, {
      status: next[0],
      correctiveActions: nc.correctiveActions,
      effectivenessReview: nc.effectivenessReview,
    });
  const review = nc.effectivenessReview;
  // A link to `?section=incidents&record=<id>` (an audit finding, say) lands here.
  const highlight = useHighlightedRow<HTMLElement>(nc.id);

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={`Nonconformity: ${nc.description}`}
      ref={highlight.ref}
      className={highlight.className}
      aria-current={highlight.highlighted || undefined}
    >
      <Box p={2} display="flex" flexDirection="column" gridGap={12}>
        <Typography variant="subtitle1" component="h3">
          {nc.description} · {NONCONFORMITY_STATUS_LABELS[nc.status]}
        </Typography>
        <Typography variant="body2">
          Source: <NonconformitySourceText nonconformity={nc} />
          {nc.correction ? ` · Correction: ${nc.correction}` : ''}
          {nc.rootCause ? ` · Root cause: ${nc.rootCause}` : ''}
        </Typography>
        {nc.correctiveActions.length > 0 ? (
          <CorrectiveActionsTable
            actions={nc.correctiveActions}
            disabled={busy}
            onEvidence={closed ? undefined : setEvidenceOf}
            onEdit={closed ? undefined : setEditing}
            onStatus={
              closed
                ? undefined
                : (action, status) =>
                    patch({
                      correctiveActions: nc.correctiveActions.map(a =>
                        a.id === action.id
                          ? { ...asInput(a), status }
                          : asInput(a),
                      ),
                    })
            }
          />
        ) : (
          <Typography variant="body2">
            No corrective action planned yet.
          </Typography>
        )}
        {!closed && (
          <AddCorrectiveAction
            id={`add-action-${nc.id}`}
            disabled={busy}
            onAdd={action =>
              patch({
                correctiveActions: [
                  ...nc.correctiveActions.map(asInput),
                  action,
                ],
              })
            }
          />
        )}
        <Typography variant="body2" component="p">
          <strong>Effectiveness review:</strong>{' '}
          {review
            ? `${RESULT_LABELS[review.result]}, by ${
                parseEntityRef(review.reviewer, { defaultKind: 'user' }).name
              } on ${formatTimestamp(review.reviewedAt)}${
                review.notes ? `: ${review.notes}` : ''
              }`
            : 'Not reviewed yet'}
        </Typography>
        {nc.status === 'verifying' && review?.result !== 'effective' && (
          <EffectivenessReviewForm nonconformity={nc} onSaved={onChanged} />
        )}
        {next && (
          <Box display="flex" alignItems="center" gridGap={8}>
            <Button
              variant="contained"
              color="primary"
              disabled={busy || !!blocked}
              onClick={() => patch({ status: next[0] })}
            >
              {next[1]}
            </Button>
            {blocked && <Typography variant="caption">{blocked}</Typography>}
          </Box>
        )}
        {error && <Alert severity="error">{error}</Alert>}
      </Box>
      {editing && (
        <EditCorrectiveActionDialog
          nonconformity={nc}
          action={editing}
          onClose={() => setEditing(undefined)}
          onSaved={saved => {
            setEditing(undefined);
            onChanged(saved);
          }}
          onReload={props.onReload}
        />
      )}
      {evidenceOf && (
        <ActionEvidenceDialog
          entityRef={nc.entityRef}
          action={evidenceOf}
          onClose={() => setEvidenceOf(undefined)}
          onSave={async evidenceIds => {
            const saved = await patch({
              correctiveActions: nc.correctiveActions.map(a =>
                a.id === evidenceOf.id
                  ? { ...asInput(a), evidenceIds }
                  : asInput(a),
              ),
            });
            if (saved) setEvidenceOf(undefined);
            return saved;
          }}
        />
      )}
    </Paper>
  );
}
