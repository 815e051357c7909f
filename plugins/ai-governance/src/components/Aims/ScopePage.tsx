import { useState } from 'react';
import {
  AIMS_ENTITY_REF,
  aimsContextUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import {
  LoadError,
  ReasonButton,
  SavedNotice,
  disabledReason,
  usePermissionGuard,
} from '../shared';
import { AimsPage } from './AimsNav';
import { IssuesCard, PartiesCard, StatementCard } from './ScopeContext';
import { ScopeDialog } from './ScopeDialog';
import { ScopeSystems } from './ScopeSystems';
import { CONTEXT_UPDATE_DENIED } from './scopeLabels';

/**
 * The scope and context of the management system (ISO/IEC 42001 4.1–4.4):
 * the statement and boundaries, the AI systems in scope as the catalog has
 * them now, issues and interested parties, and for the governance office an
 * Edit dialog.
 */
export function ScopeContent() {
  const api = useApi(aiGovernanceApiRef);
  const scope = useAsyncRetry(() => api.getAimsScope(), [api]);
  // An org-level record: only an unconditional policy allows the change.
  const canUpdate = usePermissionGuard(
    aimsContextUpdatePermission,
    AIMS_ENTITY_REF,
    CONTEXT_UPDATE_DENIED,
  );
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string>();

  if (scope.error) {
    return (
      <LoadError
        error={scope.error}
        what="scope of the management system"
        onRetry={scope.retry}
      />
    );
  }
  if (!scope.value) return <Progress />;
  const current = scope.value;
  return (
    <Box display="flex" flexDirection="column">
      <Box display="flex" alignItems="center" gridGap={16} mb={2}>
        <Typography variant="body2" color="textSecondary">
          {current.defined
            ? `Version ${
                current.version
              }, last changed ${current.updatedAt.slice(0, 10)} by ${
                current.updatedBy
              }`
            : 'Not recorded yet'}
        </Typography>
        <ReasonButton
          variant="contained"
          color="primary"
          disabledReason={disabledReason(canUpdate)}
          onClick={() => setEditing(true)}
        >
          Edit scope
        </ReasonButton>
      </Box>
      <SavedNotice message={saved} onDismiss={() => setSaved(undefined)} />
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <StatementCard scope={current} />
        </Grid>
        <Grid item xs={12} md={6}>
          <IssuesCard scope={current} />
        </Grid>
        <Grid item xs={12}>
          <ScopeSystems scope={current} />
        </Grid>
        <Grid item xs={12}>
          <PartiesCard scope={current} />
        </Grid>
      </Grid>
      {editing && (
        <ScopeDialog
          scope={current}
          onClose={() => setEditing(false)}
          onReload={() => {
            setEditing(false);
            scope.retry();
          }}
          onSaved={() => {
            setEditing(false);
            setSaved('Scope saved');
            scope.retry();
          }}
        />
      )}
    </Box>
  );
}

/** The scope and context page at `/ai-governance/aims/scope`. @public */
export function ScopePage() {
  return (
    <AimsPage
      title="Scope & context"
      subtitle="Scope, context and interested parties of the AI management system (ISO/IEC 42001 4.1–4.4)"
    >
      <ScopeContent />
    </AimsPage>
  );
}
