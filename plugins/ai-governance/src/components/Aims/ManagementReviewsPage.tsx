import { useState } from 'react';
import {
  managementReviewUpdatePermission,
  type ManagementReview,
  type ManagementReviewAction,
  type ManagementReviewPatch,
} from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { useSearchParams } from 'react-router-dom';
import { LoadProgress, saveBlob, SaveErrorAlert } from '../shared';
import { AimsPage } from './AimsNav';
import { AimsTable, OpenLink } from './AimsTable';
import { AimsToolbar } from './AimsToolbar';
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
import { useAimsRecords } from './useAimsRecords';

type Dialog = 'new' | 'attendees' | 'decision' | 'action';

const fileName = (review: ManagementReview, ext: string) =>
  `management-review-${review.plannedAt}.${ext}`;

/**
 * The management reviews (ISO/IEC 42001 9.3): the reviews in a table, and
 * the chosen review's detail: its frozen inputs, attendees, decisions and
 * actions, the moves planned → held → closed and the minutes to download.
 */
export function ManagementReviewsContent() {
  const page = useAimsRecords<ManagementReview[], Dialog>({
    load: api => api.listManagementReviews(),
    permission: managementReviewUpdatePermission,
    denied: REVIEW_UPDATE_DENIED,
  });
  const { api, canUpdate, dialog, setDialog } = page;
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
  const [error, setError] = useState<unknown>();

  if (!page.records.value) {
    return <LoadProgress state={page.records} what="management reviews" />;
  }
  const reviews = page.records.value;
  const open = reviews.find(r => r.id === openId);
  const done = (message: string) => (review: ManagementReview) => {
    setOpenId(review.id);
    page.saved(message);
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
    onClose: page.close,
    onSaved: done(message),
    onReload: page.reload,
  });

  return (
    <Box display="flex" flexDirection="column">
      <AimsToolbar
        action="New review"
        guard={canUpdate}
        onAction={() => setDialog('new')}
        notice={page.notice}
      />
      {error !== undefined && <SaveErrorAlert error={error} />}
      <AimsTable
        label="Management reviews"
        columns={[
          'Review',
          'Planned',
          'Held',
          'Status',
          { label: 'Open actions', align: 'right' },
        ]}
        rows={reviews}
        empty="No management review is planned yet."
      >
        {r => (
          <TableRow key={r.id} selected={r.id === openId}>
            <TableCell>
              <OpenLink onOpen={() => setOpenId(r.id)}>{r.title}</OpenLink>
            </TableCell>
            <TableCell>{r.plannedAt}</TableCell>
            <TableCell>{r.heldAt ?? '—'}</TableCell>
            <TableCell>{REVIEW_STATUS_LABELS[r.status]}</TableCell>
            <TableCell align="right">
              {r.actions.filter(a => a.status === 'open').length}
            </TableCell>
          </TableRow>
        )}
      </AimsTable>
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
          onClose={page.close}
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
