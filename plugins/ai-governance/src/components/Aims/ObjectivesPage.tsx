import {
  aimsObjectiveUpdatePermission,
  type AimsObjective,
} from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { disabledReason, EmptyNote, LoadProgress } from '../shared';
import { AimsPage } from './AimsNav';
import { AimsToolbar } from './AimsToolbar';
import { ObjectiveCard } from './ObjectiveCard';
import { ObjectiveDialog } from './ObjectiveDialog';
import { OBJECTIVE_UPDATE_DENIED } from './objectiveLabels';
import { useAimsRecords } from './useAimsRecords';

/**
 * The objectives of the management system (ISO/IEC 42001 6.2, 9.1): a card
 * per objective with its value now against the target, its status and its
 * trend, and the New objective and Edit dialogs for the governance office.
 */
export function ObjectivesContent() {
  const page = useAimsRecords<AimsObjective[], AimsObjective | 'new'>({
    load: api => api.listObjectives(),
    permission: aimsObjectiveUpdatePermission,
    denied: OBJECTIVE_UPDATE_DENIED,
  });
  if (!page.records.value) {
    return (
      <LoadProgress
        state={page.records}
        what="objectives of the management system"
      />
    );
  }
  const objectives = page.records.value;
  const { canUpdate, dialog: editing } = page;

  return (
    <Box display="flex" flexDirection="column">
      <AimsToolbar
        action="New objective"
        guard={canUpdate}
        onAction={() => page.setDialog('new')}
        notice={page.notice}
      />
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
                onEdit={() => page.setDialog(o)}
              />
            </Grid>
          ))}
        </Grid>
      )}
      {editing && (
        <ObjectiveDialog
          objective={editing === 'new' ? undefined : editing}
          onClose={page.close}
          onReload={page.reload}
          onSaved={() =>
            page.saved(editing === 'new' ? 'Objective set' : 'Objective saved')
          }
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
