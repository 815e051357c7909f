import {
  type Risk,
  riskAcceptPermission,
  riskCreatePermission,
  riskUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import {
  type CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { EmptyState, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import { useState } from 'react';
import { useRisks } from '../../hooks';
import { useCurrentUserRef } from '../../hooks/useCurrentUserRef';
import {
  DENIED,
  LoadError,
  ReasonButton,
  SaveErrorAlert,
  SavedNotice,
  dateOnly,
  disabledReason,
  usePermissionGuard,
} from '../shared';
import { AcceptRiskDialog } from './AcceptRiskDialog';
import { DismissRisksDialog } from './DismissRisksDialog';
import { ProposedRisksBar } from './ProposedRisksBar';
import { filterRisks, NO_FILTERS, type RiskFilterState } from './filters';
import { RiskDialog } from './RiskDialog';
import { RiskFilterBar } from './RiskFilterBar';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskTable } from './RiskTable';
import { useRiskDecisions } from './useRiskDecisions';

/** Props of {@link RiskRegister}. @public */
export interface RiskRegisterProps {
  entityRef: CompoundEntityRef;
  /** The AI system's `spec.type`; with it, new risks can start from the risk library. */
  systemType?: string;
  /** The system's EU AI Act tier, to narrow the library's scenarios. */
  tier?: string;
}

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; risk: Risk }
  | { kind: 'accept'; risk: Risk }
  | null;

/** The risk register of an AI system: heat maps, a filterable table, and create, edit and accept dialogs. @public */
export function RiskRegister(props: RiskRegisterProps) {
  const { entityRef, systemType, tier } = props;
  const ref = stringifyEntityRef(entityRef);
  const { value: risks, loading, error, retry } = useRisks(entityRef);
  const currentUser = useCurrentUserRef();
  // Each as the reason its button is disabled, undefined when allowed.
  const denied = {
    create: disabledReason(
      usePermissionGuard(riskCreatePermission, ref, DENIED.riskCreate),
    ),
    update: disabledReason(
      usePermissionGuard(riskUpdatePermission, ref, DENIED.riskUpdate),
    ),
    accept: disabledReason(
      usePermissionGuard(riskAcceptPermission, ref, DENIED.riskAccept),
    ),
  };
  const [filters, setFilters] = useState<RiskFilterState>(NO_FILTERS);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [savedMessage, setSavedMessage] = useState<string>();

  const decisions = useRiskDecisions({
    entityRef,
    onDecided: message => {
      setSavedMessage(message);
      retry();
    },
  });
  const decideDenied =
    denied.update ??
    (decisions.deciding ? 'Saving the last decision…' : undefined);

  const close = () => setDialog(null);
  const saved = (risk: Risk) => {
    setSavedMessage(savedMessageFor(dialog, risk));
    setDialog(null);
    retry();
  };

  const createButton = (label: string) => (
    <ReasonButton
      variant="contained"
      color="primary"
      disabledReason={denied.create}
      onClick={() => setDialog({ kind: 'create' })}
    >
      {label}
    </ReasonButton>
  );

  let body;
  // Keep showing the table while it reloads after a save.
  if (!risks && loading) {
    body = <Progress />;
  } else if (error) {
    body = (
      <LoadError
        error={error}
        what="risk register"
        of="this AI system"
        onRetry={retry}
      />
    );
  } else if (!risks || risks.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title="No risks recorded yet"
        description="Record what could go wrong with this AI system, how likely and how bad it would be, and how it is treated."
        action={createButton('Record the first risk')}
      />
    );
  } else {
    const shown = filterRisks(risks, filters);
    body = (
      <>
        <Box display="flex" justifyContent="flex-end" mb={2}>
          {createButton('Record a risk')}
        </Box>
        <Paper variant="outlined">
          <Box p={2}>
            <RiskHeatMap
              risks={risks}
              selected={filters.cell}
              onSelect={cell => setFilters(f => ({ ...f, cell }))}
            />
          </Box>
        </Paper>
        <Box my={2}>
          <RiskFilterBar filters={filters} onChange={setFilters} />
        </Box>
        <Box mb={2}>
          <ProposedRisksBar
            proposed={risks.filter(r => r.status === 'proposed')}
            selected={decisions.selected}
            onSelect={decisions.setSelected}
            disabledReason={decideDenied}
            onConfirm={decisions.confirm}
            onDismiss={decisions.startDismiss}
          />
          <SaveErrorAlert error={decisions.error} />
        </Box>
        <RiskTable
          risks={shown}
          totalCount={risks.length}
          updateDenied={denied.update}
          acceptDenied={denied.accept}
          currentUser={currentUser}
          onEdit={risk => setDialog({ kind: 'edit', risk })}
          onAccept={risk => setDialog({ kind: 'accept', risk })}
          selected={decisions.selected}
          onSelect={decisions.setSelected}
          deciding={decisions.deciding}
          onConfirm={decisions.confirm}
          onDismiss={decisions.startDismiss}
        />
      </>
    );
  }

  return (
    <>
      {savedMessage && (
        <Box mb={2}>
          <SavedNotice
            message={savedMessage}
            onDismiss={() => setSavedMessage(undefined)}
          />
        </Box>
      )}
      {body}
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <RiskDialog
          entityRef={entityRef}
          risk={dialog.kind === 'edit' ? dialog.risk : undefined}
          systemType={systemType}
          tier={tier}
          onClose={close}
          onSaved={saved}
        />
      )}
      {decisions.dismissing && (
        <DismissRisksDialog
          entityRef={entityRef}
          risks={decisions.dismissing}
          onClose={decisions.cancelDismiss}
          onDismissed={decisions.dismissed}
        />
      )}
      {dialog?.kind === 'accept' && (
        <AcceptRiskDialog
          entityRef={entityRef}
          risk={dialog.risk}
          onClose={close}
          onSaved={saved}
        />
      )}
    </>
  );
}

/** What the notice after a save says, by the dialog that saved. */
function savedMessageFor(dialog: OpenDialog, risk: Risk): string {
  if (dialog?.kind === 'create') return `Recorded the risk “${risk.title}”.`;
  if (dialog?.kind === 'accept' && risk.acceptance) {
    return `Accepted “${risk.title}” until ${dateOnly(
      risk.acceptance.expiresAt,
    )}.`;
  }
  return `Saved your changes to “${risk.title}”.`;
}
