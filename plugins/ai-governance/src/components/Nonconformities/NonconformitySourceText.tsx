import type { Nonconformity } from '@aigov/plugin-ai-governance-common';
import { Link } from '@backstage/core-components';
import { useGovernanceTabPath } from '../shared';
import { SOURCE_LABELS } from './labels';

/**
 * Where a nonconformity was found, in words, with its reference: an
 * incident's is a link that opens the incident, any other (an audit
 * finding, a review date) is shown as the user wrote it.
 */
export function NonconformitySourceText(props: {
  nonconformity: Pick<Nonconformity, 'entityRef' | 'source' | 'sourceId'>;
}) {
  const { entityRef, source, sourceId } = props.nonconformity;
  const tabPath = useGovernanceTabPath();
  const label = SOURCE_LABELS[source];
  if (!sourceId) return <>{label}</>;
  if (source === 'incident') {
    return (
      <Link to={tabPath(entityRef, { section: 'incidents', record: sourceId })}>
        {label} {sourceId}
      </Link>
    );
  }
  return (
    <>
      {label} ({sourceId})
    </>
  );
}
