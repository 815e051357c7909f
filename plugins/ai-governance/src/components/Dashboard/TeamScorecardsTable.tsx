import type { TeamScorecard } from '@aigov/plugin-ai-governance-common';
import { InfoCard, Table, type TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useTeamScorecards } from '../../hooks';
import {
  LevelDistribution,
  LoadError,
  compareLevelDistributions,
  formatPercent,
} from '../shared';

const columns: TableColumn<TeamScorecard>[] = [
  {
    title: 'Team',
    field: 'groupRef',
    highlight: true,
    render: row => (
      <EntityRefLink entityRef={row.groupRef} defaultKind="group" />
    ),
  },
  { title: 'AI systems', field: 'systems', type: 'numeric' },
  {
    title: 'Levels',
    // Sorts best teams first: by gold, then silver, then bronze systems.
    customSort: (a, b) => compareLevelDistributions(a.levels, b.levels),
    render: row => <LevelDistribution levels={row.levels} />,
  },
  {
    title: 'Compliance',
    field: 'compliance',
    type: 'numeric',
    render: row => formatPercent(row.compliance),
  },
  {
    title: 'Open high/critical',
    field: 'openHighOrCritical',
    type: 'numeric',
  },
  {
    title: 'Untreated above appetite',
    field: 'untreatedAboveAppetite',
    type: 'numeric',
  },
  { title: 'Overdue', field: 'overdue', type: 'numeric' },
  { title: 'Expired evidence', field: 'expiredEvidence', type: 'numeric' },
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
