import {
  aimsClauseUpdatePermission,
  type AimsClauseAssessment,
  type AimsClauseList,
} from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { LoadProgress, SavedNotice } from '../shared';
import { AimsPage } from './AimsNav';
import { ClauseDialog } from './ClauseDialog';
import { ClauseTable, readinessText } from './ClauseTable';
import { AIMS_UPDATE_DENIED } from './labels';
import { useAimsRecords } from './useAimsRecords';

/**
 * The clause gap assessment of the management system: one table per
 * top-level clause of ISO/IEC 42001 4 to 10 with its readiness, the overall
 * readiness above, and the Assess dialog for the governance office.
 */
export function ClausesContent() {
  const page = useAimsRecords<AimsClauseList, AimsClauseAssessment>({
    load: api => api.listAimsClauses(),
    permission: aimsClauseUpdatePermission,
    denied: AIMS_UPDATE_DENIED,
  });
  if (!page.records.value) {
    return <LoadProgress state={page.records} what="clause gap assessment" />;
  }
  const { items, readiness } = page.records.value;
  const tops = items.filter(c => !c.parentId);
  const topOf = (id: string) => id.split('.')[0];

  return (
    <Box display="flex" flexDirection="column">
      <Typography variant="body1" paragraph>
        Overall: {readinessText(readiness.overall)}. A partly met clause counts
        half; a clause nobody assessed counts with what the suite’s records
        show.
      </Typography>
      <SavedNotice {...page.notice} />
      {tops.map(top => (
        <ClauseTable
          key={top.id}
          top={top}
          clauses={items.filter(c => topOf(c.id) === top.id)}
          readiness={readiness.clauses.find(r => r.clauseId === top.id)}
          canUpdate={page.canUpdate}
          onAssess={page.setDialog}
        />
      ))}
      {page.dialog && (
        <ClauseDialog
          clause={page.dialog}
          onClose={page.close}
          onReload={page.reload}
          onSaved={clause => page.saved(`Clause ${clause.id} saved`)}
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
