import { aimsContextUpdatePermission } from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { AimsPage } from './AimsNav';
import { AimsToolbar } from './AimsToolbar';
import { IssuesCard, PartiesCard, StatementCard } from './ScopeContext';
import { ScopeDialog } from './ScopeDialog';
import { ScopeSystems } from './ScopeSystems';
import { CONTEXT_UPDATE_DENIED } from './scopeLabels';
import { useAimsRecords } from './useAimsRecords';
import { LoadProgress } from '../shared';

/**
 * The scope and context of the management system (ISO/IEC 42001 4.1–4.4):
 * the statement and boundaries, the AI systems in scope as the catalog has
 * them now, issues and interested parties, and for the governance office an
 * Edit dialog.
 */
export function ScopeContent() {
  const page = useAimsRecords({
    load: api => api.getAimsScope(),
    permission: aimsContextUpdatePermission,
    denied: CONTEXT_UPDATE_DENIED,
  });
  if (!page.records.value) {
    return (
      <LoadProgress
        state={page.records}
        what="scope of the management system"
      />
    );
  }
  const current = page.records.value;
  return (
    <Box display="flex" flexDirection="column">
      <AimsToolbar
        action="Edit scope"
        guard={page.canUpdate}
        onAction={() => page.setDialog(true)}
        notice={page.notice}
      >
        <Typography variant="body2" color="textSecondary">
          {current.defined
            ? `Version ${
                current.version
              }, last changed ${current.updatedAt.slice(0, 10)} by ${
                current.updatedBy
              }`
            : 'Not recorded yet'}
        </Typography>
      </AimsToolbar>
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
      {page.dialog && (
        <ScopeDialog
          scope={current}
          onClose={page.close}
          onReload={page.reload}
          onSaved={() => page.saved('Scope saved')}
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
