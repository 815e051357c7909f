import { useState } from 'react';
import {
  AIMS_ENTITY_REF,
  managementReviewUpdatePermission,
  type ManagementReview,
  type ManagementReviewAction,
  type ManagementReviewPatch,
} from '@aigov/plugin-ai-governance-common';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import {
  EmptyNote,
  LoadError,
  ReasonButton,
  SaveErrorAlert,
  SavedNotice,
  disabledReason,
  saveBlob,
  usePermissionGuard,
} from '../shared';
import { AimsPage } from './AimsNav';
import { NewReviewDialog } from './reviews/NewReviewDialog';
import {
  ActionDialog,
  AttendeesDialog,
  DecisionDialog,
} from './reviews/ReviewChangeDialogs';
import { ReviewDetail } from './reviews/ReviewDetail';
import {
  REVIEW_STATUS_LABELS,
  REVIEW_UPDATE_DENIED,
  actionInputs,
} from './reviews/reviewLabels';

type Dialog = 'new' | 'attendees' | 'decision' | 'action';

const fileName = (review: ManagementReview, ext: string) =>
  `management-review-${review.plannedAt}.${ext}`;

/**
 * The management reviews (ISO/IEC 42001 9.3): the reviews in a table, and
 * the chosen review's detail: its frozen inputs, attendees, decisions and
 * actions, the moves planned → held → closed and the minutes to download.
 */
export function ManagementReviewsContent() {
  const api = useApi(aiGovernanceApiRef);
  const list = useAsyncRetry(() => api.listManagementReviews(), [api]);
  // The reviews cover the organisation: the decision is on the management
  // system's own reference, which only an unconditional policy allows.
  const canUpdate = usePermissionGuard(
    managementReviewUpdatePermission,
    AIMS_ENTITY_REF,
    REVIEW_UPDATE_DENIED,
  );
  // `?review=` opens one review, e.g. from a review action in My tasks.
  const [params, setParams] = useSearchParams();
  const openId = params.get('review') ?? undefined;
  const setOpenId = (id?: string) =>
    setParams(
      p => {
        if (id) p.set('review', id);
        else p.delete('review');
        return p;
      },
      { replace: true },
    );
  const [dialog, setDialog] = useState<Dialog>();
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<unknown>();

  if (list.error) {
    return (
      <LoadError
        error={list.error}
        what="management reviews"
        onRetry={list.retry}
      />
    );
  }
  if (!list.value) return <Progress />;
  const reviews = list.value;
  const open = reviews.find(r => r.id === openId);
  const done = (message: string) => (review: ManagementReview) => {
    setDialog(undefined);
    setOpenId(review.id);
    setSaved(message);
    list.retry();
  };
  const change = async (
    review: ManagementReview,
    patch: ManagementReviewPatch,
    message: string,
  ) => {
    setError(undefined);
    try {
      done(message)(
        await api.updateManagementReview(review.id, review.version, patch),
      );
    } catch (e) {
      setError(e);
    }
  };
  const actionDone = (review: ManagementReview, a: ManagementReviewAction) =>
    change(
      review,
      {
        actions: actionInputs(review).map(input =>
          input.id === a.id ? { ...input, status: 'done' } : input,
        ),
      },
      'Action done',
    );
  const download = async (review: ManagementReview, format: 'md' | 'pdf') => {
    setError(undefined);
    try {
      const blob =
        format === 'md'
          ? new Blob(
              [await api.getManagementReviewMinutesMarkdown(review.id)],
              { type: 'text/markdown' },
            )
          : await api.getManagementReviewMinutesPdf(review.id);
      saveBlob(blob, fileName(review, format));
    } catch (e) {
      setError(e);
    }
  };
  const dialogProps = (r: ManagementReview, message: string) => ({
    review: r,
    onClose: () => setDialog(undefined),
    onSaved: done(message),
    onReload: () => {
      setDialog(undefined);
      list.retry();
    },
  });

  return (
    <Box display="flex" flexDirection="column">
      <Box display="flex" alignItems="center" gridGap={16} mb={2}>
        <ReasonButton
          variant="contained"
          color="primary"
          disabledReason={disabledReason(canUpdate)}
          onClick={() => setDialog('new')}
        >
          New review
        </ReasonButton>
      </Box>
      <SavedNotice message={saved} onDismiss={() => setSaved(undefined)} />
      {error !== undefined && <SaveErrorAlert error={error} />}
      {reviews.length === 0 ? (
        <EmptyNote>No management review is planned yet.</EmptyNote>
      ) : (
        <Paper variant="outlined">
          <Table size="small" aria-label="Management reviews">
            <TableHead>
              <TableRow>
                <TableCell>Review</TableCell>
                <TableCell>Planned</TableCell>
                <TableCell>Held</TableCell>
                <TableCell>Status</TableCell>
                <TableCell align="right">Open actions</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {reviews.map(r => (
                <TableRow key={r.id} selected={r.id === openId}>
                  <TableCell>
                    <Link
                      component="button"
                      variant="body2"
                      onClick={() => setOpenId(r.id)}
                    >
                      {r.title}
                    </Link>
                  </TableCell>
                  <TableCell>{r.plannedAt}</TableCell>
                  <TableCell>{r.heldAt ?? '—'}</TableCell>
                  <TableCell>{REVIEW_STATUS_LABELS[r.status]}</TableCell>
                  <TableCell align="right">
                    {r.actions.filter(a => a.status === 'open').length}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {open && (
        <ReviewDetail
          review={open}
          canUpdate={canUpdate}
          onHeld={() => change(open, { status: 'held' }, 'Review held')}
          onClose={() => change(open, { status: 'closed' }, 'Review closed')}
          onEditAttendees={() => setDialog('attendees')}
          onAddDecision={() => setDialog('decision')}
          onAddAction={() => setDialog('action')}
          onActionDone={a => actionDone(open, a)}
          onDownload={format => download(open, format)}
        />
      )}
      {dialog === 'new' && (
        <NewReviewDialog
          onClose={() => setDialog(undefined)}
          onSaved={done('Review created; its inputs are frozen')}
        />
      )}
      {dialog === 'attendees' && open && (
        <AttendeesDialog {...dialogProps(open, 'Attendees saved')} />
      )}
      {dialog === 'decision' && open && (
        <DecisionDialog {...dialogProps(open, 'Decision added')} />
      )}
      {dialog === 'action' && open && (
        <ActionDialog {...dialogProps(open, 'Action added')} />
      )}
    </Box>
  );
}

/** The management reviews page at `/ai-governance/aims/reviews`. @public */
export function ManagementReviewsPage() {
  return (
    <AimsPage
      title="Management reviews"
      subtitle="Reviews of the AI management system by top management, with inputs frozen when created, decisions, actions and minutes (ISO/IEC 42001 9.3)"
    >
      <ManagementReviewsContent />
    </AimsPage>
  );
}
