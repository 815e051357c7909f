import type { OverdueItem } from '@aigov/plugin-ai-governance-common';
import {
  InfoCard,
  Link,
  Table,
  type TableColumn,
} from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useOverdueItems } from '../../hooks';
import { LoadError, daysSince, plural, useGovernanceTabPath } from '../shared';

const LIMIT = 50;
const TITLE = 'Overdue and expired';

const TYPE_LABELS: Record<OverdueItem['type'], string> = {
  treatment: 'Risk treatment',
  review: 'Risk review',
  control: 'Control',
  evidence: 'Expired evidence',
};

/** The Governance tab section that holds each kind of item: evidence sits under its controls. */
const SECTIONS = {
  treatment: 'risks',
  review: 'risks',
  control: 'controls',
  evidence: 'controls',
} as const;

const ago = (item: OverdueItem) => {
  const days = daysSince(item.due);
  const when = days === 0 ? 'today' : `${plural(days, 'day')} ago`;
  return `${item.type === 'evidence' ? 'expired' : 'due'} ${when}`;
};

/** What is past its date across the organisation, most overdue first. */
export function OverdueTable() {
  const governanceTabPath = useGovernanceTabPath();
  const { value, loading, error, retry } = useOverdueItems(LIMIT);

  if (error) {
    return (
      <InfoCard title={TITLE}>
        <LoadError error={error} what="overdue items" onRetry={retry} />
      </InfoCard>
    );
  }

  const columns: TableColumn<OverdueItem>[] = [
    {
      title: 'Due',
      field: 'due',
      defaultSort: 'asc',
      render: item => (
        <>
          {item.due}
          <br />
          <small>{ago(item)}</small>
        </>
      ),
    },
    {
      title: 'What',
      field: 'type',
      lookup: TYPE_LABELS,
    },
    {
      title: 'Item',
      field: 'title',
      highlight: true,
      // The item lives in the system's Governance tab, where it can be
      // fixed: the link opens its section with the record in view.
      render: item => (
        <Link
          to={governanceTabPath(item.entityRef, {
            section: SECTIONS[item.type],
            record: item.id,
          })}
        >
          {item.title}
        </Link>
      ),
    },
    {
      title: 'AI system',
      field: 'entityRef',
      render: item => (
        <EntityRefLink entityRef={item.entityRef} defaultKind="aisystem" />
      ),
    },
    {
      title: 'Owner',
      field: 'owner',
      render: item =>
        item.owner ? (
          <EntityRefLink entityRef={item.owner} defaultKind="group" />
        ) : (
          '—'
        ),
    },
  ];

  const items = value ?? [];
  return (
    <Table<OverdueItem>
      title={TITLE}
      subtitle={
        items.length === LIMIT
          ? `The ${LIMIT} most overdue items; open an AI system's Governance tab for the rest.`
          : 'Treatments, reviews and controls past their due date, and expired evidence.'
      }
      isLoading={loading}
      columns={columns}
      data={items}
      options={{
        padding: 'dense',
        search: false,
        paging: items.length > 10,
        pageSize: 10,
        pageSizeOptions: [10, 25, 50],
      }}
      emptyContent={
        <div style={{ padding: 16 }}>Nothing is overdue. Well done.</div>
      }
    />
  );
}
