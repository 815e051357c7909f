import { RISK_LEVELS, type Risk } from '@aigov/plugin-ai-governance-common';
import { Table, type TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import {
  ReasonButton,
  RiskLevelChip,
  dateOnly,
  isPast,
  useHighlightedRecord,
  useAlarmTextStyles,
} from '../shared';
import { reviewOverdue, treatmentOverdue } from './filters';

/** A date, flagged in words (not only colour) when it has passed. */
function DateCell(props: { date: string | null; overdue: boolean }) {
  const classes = useAlarmTextStyles();
  if (!props.date) return <>—</>;
  return (
    <Box component="span" whiteSpace="nowrap">
      {props.date}
      {props.overdue && (
        <Box component="span" className={classes.alarm} ml={1}>
          overdue
        </Box>
      )}
    </Box>
  );
}

/** The status, with the chosen treatment (or the acceptance's end) under it. */
function StatusCell(props: { risk: Risk }) {
  const classes = useAlarmTextStyles();
  const { status, acceptance, treatment } = props.risk;
  if (status !== 'accepted' || !acceptance)
    return (
      <>
        {status === 'proposed' ? (
          <Chip
            size="small"
            variant="outlined"
            color="primary"
            label="Proposed"
            title="Suggested by a template; counts nowhere until confirmed"
          />
        ) : (
          status
        )}
        <Box component="span" display="block" color="text.secondary">
          {treatment}
        </Box>
      </>
    );
  const until = dateOnly(acceptance.expiresAt);
  const expired = isPast(until);
  return (
    <>
      accepted
      <Box
        component="span"
        display="block"
        color={expired ? undefined : 'text.secondary'}
        className={expired ? classes.alarm : undefined}
      >
        {expired ? 'expired' : 'until'} {until}
      </Box>
    </>
  );
}

/**
 * Why this user may not accept this risk, as the API would answer: the
 * four-eyes rule refuses whoever recorded it (403), and a standing
 * acceptance needs no second one (an expired one may be renewed).
 */
export function whyNotAccept(
  risk: Risk,
  currentUser: string | undefined,
): string | undefined {
  if (risk.status === 'closed') return 'Reopen the risk before accepting it';
  if (risk.status === 'proposed')
    return 'Confirm the proposed risk before accepting it';
  if (
    risk.status === 'accepted' &&
    risk.acceptance &&
    !isPast(dateOnly(risk.acceptance.expiresAt))
  )
    return `Already accepted until ${dateOnly(risk.acceptance.expiresAt)}`;
  if (currentUser && risk.createdBy === currentUser)
    return 'You recorded this risk: someone else must accept it (four-eyes rule)';
  return undefined;
}

const levelRank = (r: Risk) => RISK_LEVELS.indexOf(r.level) * 100 + r.score;
const byDate = (key: 'dueDate' | 'nextReviewDate') => (a: Risk, b: Risk) =>
  (a[key] ?? '9999').localeCompare(b[key] ?? '9999');

/** The risk register as a sortable table with edit and accept actions per row, confirm and dismiss on proposed ones. */
export function RiskTable(props: {
  risks: Risk[];
  totalCount: number;
  updateDenied?: string;
  acceptDenied?: string;
  /** The signed-in user's entity ref: they may not accept what they recorded. */
  currentUser?: string;
  onEdit: (risk: Risk) => void;
  onAccept: (risk: Risk) => void;
  /** Ids of the proposed risks ticked for a bulk decision. */
  selected?: string[];
  onSelect?: (ids: string[]) => void;
  onConfirm?: (risks: Risk[]) => void;
  onDismiss?: (risks: Risk[]) => void;
  /** A decision is being sent: the decision buttons wait. */
  deciding?: boolean;
}) {
  const { risks, totalCount, updateDenied, acceptDenied, onEdit, onAccept } =
    props;
  const selected = props.selected ?? [];
  const theme = useTheme();
  // The risk a link pointed at (`?record=`) is outlined.
  const highlighted = useHighlightedRecord();
  const decideReason =
    updateDenied ?? (props.deciding ? 'Saving the last decision…' : undefined);
  const toggle = (id: string, on: boolean) =>
    props.onSelect?.(
      on ? [...selected, id] : selected.filter(other => other !== id),
    );
  const acceptReason = (risk: Risk) =>
    acceptDenied ?? whyNotAccept(risk, props.currentUser);
  // Seven narrow columns rather than thirteen: what is secondary (category,
  // stage, likelihood × impact, treatment) sits under the value it explains,
  // so the table fits a 1280 px laptop without scrolling sideways.
  const columns: TableColumn<Risk>[] = [
    {
      title: 'Title',
      field: 'title',
      highlight: true,
      cellStyle: { minWidth: 170 },
      render: risk => (
        <>
          {/* Only proposed risks take a bulk decision, so only they have a
              box, in the title cell rather than a column of its own: the
              table keeps its width at 1280 px. Select all is on the bar above. */}
          {risk.status === 'proposed' && (
            <Checkbox
              size="small"
              style={{ padding: '0 4px 0 0' }}
              inputProps={{ 'aria-label': `Select ${risk.title}` }}
              checked={selected.includes(risk.id)}
              onChange={e => toggle(risk.id, e.target.checked)}
            />
          )}
          {risk.title}
          <Box component="span" display="block" color="text.secondary">
            {risk.category} · {risk.lifecycleStage}
          </Box>
        </>
      ),
    },
    {
      title: 'Score',
      field: 'score',
      type: 'numeric',
      render: risk => (
        <>
          {risk.score}
          <Box
            component="span"
            display="block"
            color="text.secondary"
            whiteSpace="nowrap"
            title={`likelihood ${risk.likelihood} × impact ${risk.impact}`}
          >
            {risk.likelihood} × {risk.impact}
          </Box>
        </>
      ),
    },
    {
      title: 'Level',
      field: 'level',
      customSort: (a, b) => levelRank(a) - levelRank(b),
      // The most critical risk first: that is what a reader looks for.
      defaultSort: 'desc',
      render: risk => <RiskLevelChip level={risk.level} />,
    },
    {
      title: 'Status',
      field: 'status',
      render: risk => <StatusCell risk={risk} />,
    },
    {
      title: 'Owner',
      field: 'owner',
      // Names wrap between words ("Customer Experience"), never inside one.
      cellStyle: { wordBreak: 'normal', overflowWrap: 'normal' },
      render: risk =>
        risk.owner ? (
          <EntityRefLink entityRef={risk.owner} defaultKind="group" />
        ) : (
          '—'
        ),
    },
    {
      // Both dates in one column, each named: one column fewer to fit.
      title: 'Dates',
      field: 'dueDate',
      customSort: byDate('dueDate'),
      render: risk => (
        <>
          <Box component="span" display="block">
            due{' '}
            <DateCell date={risk.dueDate} overdue={treatmentOverdue(risk)} />
          </Box>
          <Box component="span" display="block">
            review{' '}
            <DateCell
              date={risk.nextReviewDate}
              overdue={reviewOverdue(risk)}
            />
          </Box>
        </>
      ),
    },
    {
      title: 'Actions',
      sorting: false,
      // Whole words on the buttons: the title column gives way instead.
      cellStyle: { whiteSpace: 'nowrap' },
      render: risk =>
        risk.status === 'proposed' ? (
          <Box display="flex" gridGap={8}>
            <ReasonButton
              size="small"
              variant="outlined"
              color="primary"
              aria-label={`Confirm ${risk.title}`}
              disabledReason={decideReason}
              onClick={() => props.onConfirm?.([risk])}
            >
              Confirm
            </ReasonButton>
            <ReasonButton
              size="small"
              variant="outlined"
              aria-label={`Dismiss ${risk.title}`}
              disabledReason={decideReason}
              onClick={() => props.onDismiss?.([risk])}
            >
              Dismiss
            </ReasonButton>
          </Box>
        ) : (
          <Box display="flex" gridGap={8}>
            <ReasonButton
              size="small"
              variant="outlined"
              aria-label={`Edit ${risk.title}`}
              disabledReason={updateDenied}
              onClick={() => onEdit(risk)}
            >
              Edit
            </ReasonButton>
            <ReasonButton
              size="small"
              variant="outlined"
              aria-label={`Accept ${risk.title}`}
              disabledReason={acceptReason(risk)}
              onClick={() => onAccept(risk)}
            >
              Accept
            </ReasonButton>
          </Box>
        ),
    },
  ];

  return (
    <Table<Risk>
      title="Risk register"
      subtitle={
        risks.length === totalCount
          ? `${totalCount} ${totalCount === 1 ? 'risk' : 'risks'}`
          : `Showing ${risks.length} of ${totalCount} risks`
      }
      columns={columns}
      data={risks}
      options={{
        search: false,
        padding: 'dense',
        paging: risks.length > 20,
        pageSize: 20,
        pageSizeOptions: [20, 50, 100],
        draggable: false,
        rowStyle: (risk: Risk) =>
          risk.id === highlighted
            ? {
                outline: `2px solid ${theme.palette.primary.main}`,
                outlineOffset: -2,
              }
            : {},
        // Headers wrap between words only ("Next review"), never inside one.
        headerStyle: { whiteSpace: 'normal', wordBreak: 'keep-all' },
      }}
      emptyContent={
        <Box p={2} textAlign="center">
          No risks match the filters.
        </Box>
      }
    />
  );
}
