import { useState } from 'react';
import {
  AIMS_ENTITY_REF,
  aimsObjectiveUpdatePermission,
  type AimsObjective,
} from '@aigov/plugin-ai-governance-common';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import {
  EmptyNote,
  LoadError,
  ReasonButton,
  SavedNotice,
  disabledReason,
  usePermissionGuard,
} from '../shared';
import { AimsPage } from './AimsNav';
import { ObjectiveCard } from './ObjectiveCard';
import { ObjectiveDialog } from './ObjectiveDialog';
import { OBJECTIVE_UPDATE_DENIED } from './objectiveLabels';

/**
 * The objectives of the management system (ISO/IEC 42001 6.2, 9.1): a card
 * per objective with its value now against the target, its status and its
 * trend, and the New objective and Edit dialogs for the governance office.
 */
export function ObjectivesContent() {
  const api = useApi(aiGovernanceApiRef);
  const list = useAsyncRetry(() => api.listObjectives(), [api]);
  // Objectives cover the organisation: the decision is on the management
  // system's own reference, which only an unconditional policy allows.
  const canUpdate = usePermissionGuard(
    aimsObjectiveUpdatePermission,
    AIMS_ENTITY_REF,
    OBJECTIVE_UPDATE_DENIED,
  );
  const [editing, setEditing] = useState<AimsObjective | 'new'>();
  const [saved, setSaved] = useState<string>();

  if (list.error) {
    return (
      <LoadError
        error={list.error}
        what="objectives of the management system"
        onRetry={list.retry}
      />
    );
  }
  if (!list.value) return <Progress />;
  const objectives = list.value;
  const done = (message: string) => () => {
    setEditing(undefined);
    setSaved(message);
    list.retry();
  };

  return (
    <Box display="flex" flexDirection="column">
      <Box mb={2}>
        <ReasonButton
          variant="contained"
          color="primary"
          disabledReason={disabledReason(canUpdate)}
          onClick={() => setEditing('new')}
        >
          New objective
        </ReasonButton>
      </Box>
      <SavedNotice message={saved} onDismiss={() => setSaved(undefined)} />
      {objectives.length === 0 ? (
        <EmptyNote>
          No objective is set yet. Objectives bind a KPI the suite measures to a
          target and a due date (clause 6.2).
        </EmptyNote>
      ) : (
        <Grid container spacing={2}>
          {objectives.map(o => (
            <Grid item xs={12} lg={6} key={o.id}>
              <ObjectiveCard
                objective={o}
                editDisabledReason={disabledReason(canUpdate)}
                onEdit={() => setEditing(o)}
              />
            </Grid>
          ))}
        </Grid>
      )}
      {editing && (
        <ObjectiveDialog
          objective={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onReload={() => {
            setEditing(undefined);
            list.retry();
          }}
          onSaved={done(
            editing === 'new' ? 'Objective set' : 'Objective saved',
          )}
        />
      )}
    </Box>
  );
}

/** The objectives page at `/ai-governance/aims/objectives`. @public */
export function ObjectivesPage() {
  return (
    <AimsPage
      title="Objectives"
      subtitle="Objectives of the AI management system, measured by the suite (ISO/IEC 42001 6.2, 9.1)"
    >
      <ObjectivesContent />
    </AimsPage>
  );
}
