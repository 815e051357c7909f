import {
  type CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { EmptyNote, LoadError, allPages } from '../shared';
import { NonconformityCard } from './NonconformityCard';

/** An AI system's nonconformities with their corrective actions, newest first. */
export function NonconformitiesView(props: {
  entityRef: CompoundEntityRef;
  /** Changes when a nonconformity was opened elsewhere (from an incident), to reload. */
  reloadKey?: number;
}) {
  const api = useApi(aiGovernanceApiRef);
  const ref = stringifyEntityRef(props.entityRef);
  const list = useAsyncRetry(
    () =>
      allPages(cursor =>
        api.listEntityNonconformities(props.entityRef, { cursor, limit: 100 }),
      ),
    // The ref string, not the object: callers may pass a new one every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, ref, props.reloadKey],
  );
  if (list.error) {
    return (
      <LoadError
        error={list.error}
        what="nonconformities"
        of="this AI system"
        onRetry={list.retry}
      />
    );
  }
  if (!list.value) return <Progress />;
  if (list.value.length === 0) {
    return (
      <EmptyNote>
        No nonconformity recorded. Open one from an incident to plan its
        corrective actions.
      </EmptyNote>
    );
  }
  return (
    <Box display="flex" flexDirection="column" gridGap={12}>
      {list.value.map(nc => (
        <NonconformityCard
          key={nc.id}
          nonconformity={nc}
          onChanged={list.retry}
        />
      ))}
    </Box>
  );
}
