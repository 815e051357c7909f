import type { ReactNode } from 'react';
import type { TeamScorecard } from '@aigov/plugin-ai-governance-common';
import { InfoCard, Table, type TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useTeamScorecards } from '../../hooks';
import {
  LevelDistribution,
  LoadError,
  compareLevelDistributions,
  formatPercent,
  useAlarmTextStyles,
} from '../shared';
import { RollUpNote } from '../shared/RollUpNote';

function Line(props: { children: ReactNode; className?: string }) {
  return (
    <Box
      component="span"
      display="block"
      whiteSpace="nowrap"
      className={props.className}
    >
      {props.children}
    </Box>
  );
}

/** The open serious incidents, in the error colour while there is any. */
function SeriousLine(props: { count: number }) {
  const classes = useAlarmTextStyles();
  return (
    <Line className={props.count > 0 ? classes.alarm : undefined}>
      {props.count} serious
    </Line>
  );
}

/*
 * The count columns are as wide as their content (a 1 % width grows to it),
 * with less padding, and the team's name takes the rest: material-table
 * would otherwise give every column an equal share, a lone number a wide
 * column and the names too little, so the table outgrew a 1280 px window.
 */
const FIT_CONTENT = '1%';
const NARROW = { paddingLeft: 8, paddingRight: 8 };
const LAST = { ...NARROW, paddingRight: 16 };

const columns: TableColumn<TeamScorecard>[] = [
  {
    title: 'Team',
    field: 'groupRef',
    highlight: true,
    // Wide enough that a two-word name wraps once, not word by word.
    cellStyle: { minWidth: 120 },
    render: row => (
      <>
        <EntityRefLink entityRef={row.groupRef} defaultKind="group" />
        <RollUpNote childGroups={row.childGroups} />
      </>
    ),
  },
  {
    title: 'AI systems',
    field: 'systems',
    type: 'numeric',
    width: FIT_CONTENT,
    cellStyle: NARROW,
    headerStyle: NARROW,
  },
  {
    title: 'Levels',
    width: FIT_CONTENT,
    cellStyle: NARROW,
    headerStyle: NARROW,
    // Sorts best teams first: by gold, then silver, then bronze systems.
    customSort: (a, b) => compareLevelDistributions(a.levels, b.levels),
    render: row => <LevelDistribution levels={row.levels} />,
  },
  {
    title: 'Compliance',
    field: 'compliance',
    type: 'numeric',
    width: FIT_CONTENT,
    cellStyle: NARROW,
    headerStyle: NARROW,
    render: row => formatPercent(row.compliance),
  },
  // Related counts share a column, each line naming its count, so the
  // table fits a 1280 px laptop; each column sorts by its first count.
  {
    title: 'Risks',
    field: 'openHighOrCritical',
    type: 'numeric',
    width: FIT_CONTENT,
    cellStyle: NARROW,
    headerStyle: NARROW,
    render: row => (
      <>
        <Line>{row.openHighOrCritical} open high/critical</Line>
        <Line>{row.untreatedAboveAppetite} untreated above appetite</Line>
      </>
    ),
  },
  {
    title: 'Late',
    field: 'overdue',
    type: 'numeric',
    width: FIT_CONTENT,
    cellStyle: NARROW,
    headerStyle: NARROW,
    render: row => (
      <>
        <Line>{row.overdue} overdue</Line>
        <Line>{row.overdueTasks} overdue tasks</Line>
        <Line>{row.expiredEvidence} expired evidence</Line>
      </>
    ),
  },
  {
    title: 'Incidents',
    field: 'openIncidents',
    type: 'numeric',
    width: FIT_CONTENT,
    // The last column keeps its gap to the card's edge.
    cellStyle: LAST,
    headerStyle: LAST,
    render: row => (
      <>
        <Line>{row.openIncidents} open</Line>
        <SeriousLine count={row.openSeriousIncidents} />
      </>
    ),
  },
];

const TITLE = 'Teams';
const SUBTITLE =
  'Each group counts the AI systems of its child groups too, so departments roll up their teams.';

/** Per-team scorecards, one row per owning group and each of its ancestors. */
export function TeamScorecardsTable() {
  const { value, loading, error, retry } = useTeamScorecards();

  if (error) {
    return (
      <InfoCard title={TITLE}>
        <LoadError error={error} what="team scorecards" onRetry={retry} />
      </InfoCard>
    );
  }
  const rows = value ?? [];
  return (
    <Table<TeamScorecard>
      title={TITLE}
      subtitle={SUBTITLE}
      isLoading={loading}
      columns={columns}
      data={rows}
      options={{
        padding: 'dense',
        search: rows.length > 10,
        paging: rows.length > 20,
        pageSize: 20,
        // Headers wrap between words only, never inside one.
        headerStyle: { whiteSpace: 'normal', wordBreak: 'keep-all' },
      }}
      emptyContent={
        <div style={{ padding: 16 }}>
          No team owns an AI system yet. Register AI systems as AiSystem
          entities with an owner to see them here.
        </div>
      }
    />
  );
}
