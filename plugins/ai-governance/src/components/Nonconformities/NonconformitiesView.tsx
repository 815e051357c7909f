import { useState, type ReactNode } from 'react';
import { nonconformityCreatePermission } from '@aigov/plugin-ai-governance-common';
import {
  type CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import {
  DENIED,
  EmptyNote,
  LoadError,
  SavedNotice,
  allPages,
  usePermissionGuard,
} from '../shared';
import { NonconformityCard } from './NonconformityCard';
import { NonconformityDialog } from './NonconformityDialog';

/**
 * An AI system's nonconformities with their corrective actions, newest
 * first, and a button that records one found by an internal audit, a
 * management review or monitoring (one from an incident is opened there).
 */
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
  // The API allows the owning team and the governance office; the button
  // shows only to them, as the incident's follow-ups do.
  const canCreate = usePermissionGuard(
    nonconformityCreatePermission,
    ref,
    DENIED.nonconformityCreate,
  );
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string>();

  let body: ReactNode;
  if (list.error) {
    body = (
      <LoadError
        error={list.error}
        what="nonconformities"
        of="this AI system"
        onRetry={list.retry}
      />
    );
  } else if (!list.value) {
    body = <Progress />;
  } else if (list.value.length === 0) {
    body = (
      <EmptyNote>
        No nonconformity recorded. Record one found by an internal audit, a
        management review or monitoring, or open one from an incident, to plan
        its corrective actions.
      </EmptyNote>
    );
  } else {
    body = list.value.map(nc => (
      <NonconformityCard
        key={nc.id}
        nonconformity={nc}
        onChanged={list.retry}
        onReload={list.retry}
      />
    ));
  }

  return (
    <Box display="flex" flexDirection="column" gridGap={12}>
      <Box display="flex" alignItems="center">
        <Typography variant="h6" component="h2" style={{ flex: 1 }}>
          Nonconformities and corrective actions
        </Typography>
        {canCreate.allowed && (
          <Button
            variant="outlined"
            color="primary"
            onClick={() => setRecording(true)}
          >
            Record a nonconformity
          </Button>
        )}
      </Box>
      {canCreate.reason && (
        <Typography variant="body2" color="textSecondary">
          {canCreate.reason}
        </Typography>
      )}
      <SavedNotice message={notice} onDismiss={() => setNotice(undefined)} />
      {body}
      {recording && (
        <NonconformityDialog
          entityRef={ref}
          onClose={() => setRecording(false)}
          onSaved={() => {
            setRecording(false);
            setNotice('Nonconformity recorded.');
            list.retry();
          }}
        />
      )}
    </Box>
  );
}
