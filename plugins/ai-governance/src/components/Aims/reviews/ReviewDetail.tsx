import type {
  ManagementReview,
  ManagementReviewAction,
} from '@aigov/plugin-ai-governance-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  EmptyNote,
  ReasonButton,
  disabledReason,
  isPast,
  type Guard,
} from '../../shared';
import { AimsTable } from '../AimsTable';
import { ReviewInputs } from './ReviewInputs';
import { ACTION_STATUS_LABELS, REVIEW_STATUS_LABELS } from './reviewLabels';

/** What the buttons of a review's detail do. */
export interface ReviewDetailHandlers {
  onHeld: () => void;
  onClose: () => void;
  onEditAttendees: () => void;
  onAddDecision: () => void;
  onAddAction: () => void;
  onActionDone: (action: ManagementReviewAction) => void;
  onDownload: (format: 'md' | 'pdf') => void;
}

const refs = (list: string[]) =>
  list.map((ref, i) => (
    <span key={ref}>
      {i > 0 && ', '}
      <EntityRefLink entityRef={ref} />
    </span>
  ));

/**
 * One management review: when and with whom it met, its decisions and its
 * actions (each a task, its status read from the task), the buttons that
 * record the meeting and download the minutes, and below the inputs as
 * they were frozen when the review was created.
 */
export function ReviewDetail(
  props: { review: ManagementReview; canUpdate: Guard } & ReviewDetailHandlers,
) {
  const { review } = props;
  const reason = disabledReason(props.canUpdate);
  const final = review.status === 'closed';
  const editReason = reason ?? (final ? 'The minutes are final' : undefined);
  const headingId = `review-${review.id}`;
  return (
    <Box component="section" aria-labelledby={headingId} mt={3}>
      <Typography variant="h6" component="h2" id={headingId}>
        {review.title}
      </Typography>
      <Typography variant="body2" component="div" paragraph>
        {REVIEW_STATUS_LABELS[review.status]}; planned for {review.plannedAt}
        {review.heldAt ? `, held on ${review.heldAt}` : ''}. Chair:{' '}
        <EntityRefLink entityRef={review.chair} />.
      </Typography>
      <Box display="flex" flexWrap="wrap" gridGap={8} mb={2}>
        {review.status === 'planned' && (
          <ReasonButton
            variant="contained"
            color="primary"
            disabledReason={reason}
            onClick={props.onHeld}
          >
            Mark as held
          </ReasonButton>
        )}
        {review.status === 'held' && (
          <ReasonButton
            variant="contained"
            color="primary"
            disabledReason={reason}
            onClick={props.onClose}
          >
            Close review
          </ReasonButton>
        )}
        <Button variant="outlined" onClick={() => props.onDownload('md')}>
          Download minutes (Markdown)
        </Button>
        <Button variant="outlined" onClick={() => props.onDownload('pdf')}>
          Download minutes (PDF)
        </Button>
      </Box>

      <Typography variant="subtitle1" component="h3">
        Attendees
      </Typography>
      <Box display="flex" alignItems="center" gridGap={8} mb={2}>
        <Typography variant="body2" component="div">
          {review.attendees.length ? refs(review.attendees) : 'None recorded.'}
        </Typography>
        <ReasonButton
          size="small"
          disabledReason={editReason}
          onClick={props.onEditAttendees}
        >
          Edit attendees
        </ReasonButton>
      </Box>

      <Typography variant="subtitle1" component="h3">
        Decisions
      </Typography>
      {review.decisions.length ? (
        <Box component="ol" mt={0}>
          {review.decisions.map((d, i) => (
            <li key={i}>
              <Typography variant="body2">{d}</Typography>
            </li>
          ))}
        </Box>
      ) : (
        <EmptyNote>No decision is recorded yet.</EmptyNote>
      )}
      <ReasonButton
        size="small"
        disabledReason={editReason}
        onClick={props.onAddDecision}
      >
        Add a decision
      </ReasonButton>

      <Box display="flex" alignItems="center" gridGap={8} mt={2}>
        <Typography variant="subtitle1" component="h3">
          Actions
        </Typography>
        <ReasonButton
          size="small"
          disabledReason={editReason}
          onClick={props.onAddAction}
        >
          Add an action
        </ReasonButton>
      </Box>
      <AimsTable
        label={`Actions of ${review.title}`}
        columns={['Action', 'Owner', 'Due', 'Status', '']}
        rows={review.actions}
        empty="No action is recorded yet."
      >
        {a => (
          <TableRow key={a.id}>
            <TableCell>{a.description}</TableCell>
            <TableCell>
              <EntityRefLink entityRef={a.owner} />
            </TableCell>
            <TableCell>
              {a.dueAt}
              {a.status === 'open' && isPast(a.dueAt) && ' (overdue)'}
            </TableCell>
            <TableCell>{ACTION_STATUS_LABELS[a.status]}</TableCell>
            <TableCell>
              {a.status === 'open' && (
                <ReasonButton
                  size="small"
                  disabledReason={reason}
                  onClick={() => props.onActionDone(a)}
                  aria-label={`Mark done: ${a.description}`}
                >
                  Mark done
                </ReasonButton>
              )}
            </TableCell>
          </TableRow>
        )}
      </AimsTable>
      <ReviewInputs inputs={review.inputs} />
    </Box>
  );
}
