import type { CompoundEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import Paper from '@material-ui/core/Paper';
import { useChanges, useStableEntityRef } from '../../hooks';
import { EmptyNote, LoadError } from '../shared';
import { ChangeTable } from './ChangeTable';

/** The changes the catalog sync detected on an AI system's descriptor, newest first. */
export function ChangesView(props: { entityRef: CompoundEntityRef }) {
  const { entityRef } = useStableEntityRef(props.entityRef);
  const changes = useChanges(entityRef);
  if (changes.error) {
    return (
      <LoadError
        error={changes.error}
        what="change log"
        of="this AI system"
        onRetry={changes.retry}
      />
    );
  }
  if (!changes.value) return <Progress />;
  if (changes.value.length === 0) {
    return (
      <EmptyNote>
        No changes detected yet. When the catalog descriptor of this AI system
        changes its models, risk tier, purpose, type, lifecycle, owner or AI
        dependencies, the change is listed here.
      </EmptyNote>
    );
  }
  return (
    <Paper variant="outlined">
      <ChangeTable changes={changes.value} />
    </Paper>
  );
}
