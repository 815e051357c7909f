import { useState } from 'react';
import {
  AIMS_ENTITY_REF,
  aimsClauseUpdatePermission,
  type AimsClauseAssessment,
} from '@aigov/plugin-ai-governance-common';
import { Progress } from '@backstage/core-components';
import { AimsPage } from './AimsNav';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { LoadError, SavedNotice, usePermissionGuard } from '../shared';
import { ClauseDialog } from './ClauseDialog';
import { ClauseTable, readinessText } from './ClauseTable';
import { AIMS_UPDATE_DENIED } from './labels';

/**
 * The clause gap assessment of the management system: one table per
 * top-level clause of ISO/IEC 42001 4 to 10 with its readiness, the overall
 * readiness above, and the Assess dialog for the governance office.
 */
export function ClausesContent() {
  const api = useApi(aiGovernanceApiRef);
  const list = useAsyncRetry(() => api.listAimsClauses(), [api]);
  // The clauses cover the organisation: the decision is on the management
  // system's own reference, which only an unconditional policy allows.
  const canUpdate = usePermissionGuard(
    aimsClauseUpdatePermission,
    AIMS_ENTITY_REF,
    AIMS_UPDATE_DENIED,
  );
  const [editing, setEditing] = useState<AimsClauseAssessment>();
  const [saved, setSaved] = useState<string>();

  if (list.error) {
    return (
      <LoadError
        error={list.error}
        what="clause gap assessment"
        onRetry={list.retry}
      />
    );
  }
  if (!list.value) return <Progress />;
  const { items, readiness } = list.value;
  const tops = items.filter(c => !c.parentId);
  const topOf = (id: string) => id.split('.')[0];

  return (
    <Box display="flex" flexDirection="column">
      <Typography variant="body1" paragraph>
        Overall: {readinessText(readiness.overall)}. A partly met clause counts
        half; a clause nobody assessed counts with what the suite’s records
        show.
      </Typography>
      <SavedNotice message={saved} onDismiss={() => setSaved(undefined)} />
      {tops.map(top => (
        <ClauseTable
          key={top.id}
          top={top}
          clauses={items.filter(c => topOf(c.id) === top.id)}
          readiness={readiness.clauses.find(r => r.clauseId === top.id)}
          canUpdate={canUpdate}
          onAssess={setEditing}
        />
      ))}
      {editing && (
        <ClauseDialog
          clause={editing}
          onClose={() => setEditing(undefined)}
          onReload={() => {
            setEditing(undefined);
            list.retry();
          }}
          onSaved={clause => {
            setEditing(undefined);
            setSaved(`Clause ${clause.id} saved`);
            list.retry();
          }}
        />
      )}
    </Box>
  );
}

/** The clause gap assessment page at `/ai-governance/aims/clauses`. @public */
export function ClausesPage() {
  return (
    <AimsPage
      title="Clauses"
      subtitle="Gap assessment of the AI management system against ISO/IEC 42001 clauses 4 to 10"
    >
      <ClausesContent />
    </AimsPage>
  );
}
