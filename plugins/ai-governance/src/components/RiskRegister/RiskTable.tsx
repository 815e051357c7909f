import { RISK_LEVELS, type Risk } from '@aigov/plugin-ai-governance-common';
import { Table, type TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import { ReasonButton, RiskLevelChip, dateOnly, isPast } from '../shared';
import { reviewOverdue, treatmentOverdue } from './filters';

const useStyles = makeStyles(theme => ({
  // error.main is too faint for small text on a dark background.
  late: {
    color:
      theme.palette.type === 'dark'
        ? theme.palette.error.light
        : theme.palette.error.dark,
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));

/** A date, flagged in words (not only colour) when it has passed. */
function DateCell(props: { date: string | null; overdue: boolean }) {
  const classes = useStyles();
  if (!props.date) return <>—</>;
  return (
    <Box component="span" whiteSpace="nowrap">
      {props.date}
      {props.overdue && (
        <Box component="span" className={classes.late} ml={1}>
          overdue
        </Box>
      )}
    </Box>
  );
}

function StatusCell(props: { risk: Risk }) {
  const classes = useStyles();
  const { status, acceptance } = props.risk;
  if (status !== 'accepted' || !acceptance) return <>{status}</>;
  const until = dateOnly(acceptance.expiresAt);
  const expired = isPast(until);
  return (
    <>
      accepted
      <Box
        component="span"
        display="block"
        color={expired ? undefined : 'text.secondary'}
        className={expired ? classes.late : undefined}
      >
        {expired ? 'expired' : 'until'} {until}
      </Box>
    </>
  );
}

const levelRank = (r: Risk) => RISK_LEVELS.indexOf(r.level) * 100 + r.score;
const byDate = (key: 'dueDate' | 'nextReviewDate') => (a: Risk, b: Risk) =>
  (a[key] ?? '9999').localeCompare(b[key] ?? '9999');

/** The risk register as a sortable table with edit and accept actions per row. */
export function RiskTable(props: {
  risks: Risk[];
  totalCount: number;
  updateDenied?: string;
  acceptDenied?: string;
  onEdit: (risk: Risk) => void;
  onAccept: (risk: Risk) => void;
}) {
  const { risks, totalCount, updateDenied, acceptDenied, onEdit, onAccept } =
    props;
  const columns: TableColumn<Risk>[] = [
    // Titles are sentences: give them room so they don't wrap word by word.
    {
      title: 'Title',
      field: 'title',
      highlight: true,
      cellStyle: { minWidth: 280 },
    },
    { title: 'Category', field: 'category' },
    { title: 'Stage', field: 'lifecycleStage' },
    { title: 'Likelihood', field: 'likelihood', type: 'numeric' },
    { title: 'Impact', field: 'impact', type: 'numeric' },
    { title: 'Score', field: 'score', type: 'numeric' },
    {
      title: 'Level',
      field: 'level',
      customSort: (a, b) => levelRank(a) - levelRank(b),
      render: risk => <RiskLevelChip level={risk.level} />,
    },
    { title: 'Treatment', field: 'treatment' },
    {
      title: 'Status',
      field: 'status',
      render: risk => <StatusCell risk={risk} />,
    },
    { title: 'Owner', field: 'owner', render: risk => risk.owner ?? '—' },
    {
      title: 'Due date',
      field: 'dueDate',
      customSort: byDate('dueDate'),
      render: risk => (
        <DateCell date={risk.dueDate} overdue={treatmentOverdue(risk)} />
      ),
    },
    {
      title: 'Next review',
      field: 'nextReviewDate',
      customSort: byDate('nextReviewDate'),
      render: risk => (
        <DateCell date={risk.nextReviewDate} overdue={reviewOverdue(risk)} />
      ),
    },
    {
      title: 'Actions',
      sorting: false,
      render: risk => (
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
            disabledReason={
              acceptDenied ??
              (risk.status === 'closed'
                ? 'Reopen the risk before accepting it'
                : undefined)
            }
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
      }}
      emptyContent={
        <Box p={2} textAlign="center">
          No risks match the filters.
        </Box>
      }
    />
  );
}
