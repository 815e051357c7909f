import { useCallback, useMemo, useState } from 'react';
import {
  ANNEX_A_OBJECTIVES,
  type EntityControl,
  controlUpdatePermission,
  evidenceCreatePermission,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { EmptyState, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Toolbar from '@material-ui/core/Toolbar';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useControls, useStableEntityRef } from '../../hooks';
import {
  CONTROL_STATUS_LABELS,
  DENIED,
  LoadError,
  SavedNotice,
  WhyDisabled,
  usePermissionGuard,
} from '../shared';
import { AddEvidenceDialog } from './AddEvidenceDialog';
import { BulkStatusDialog } from './BulkStatusDialog';
import { ControlEditDialog } from './ControlEditDialog';
import { ControlsSummary } from './ControlsSummary';
import { ObjectiveSection } from './ObjectiveSection';

const OF = 'this AI system';

/** The Statement of Applicability of an AI system: 38 Annex A controls by objective. */
export function ControlsView(props: { entityRef: CompoundEntityRef }) {
  const { ref, entityRef } = useStableEntityRef(props.entityRef);
  const canEdit = usePermissionGuard(
    controlUpdatePermission,
    ref,
    DENIED.controlUpdate,
  );
  const canAddEvidence = usePermissionGuard(
    evidenceCreatePermission,
    ref,
    DENIED.evidenceCreate,
  );
  const { value, loading, error, retry } = useControls(entityRef);

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<EntityControl>();
  const [addingTo, setAddingTo] = useState<EntityControl>();
  const [bulkOpen, setBulkOpen] = useState(false);
  const [savedMessage, setSavedMessage] = useState<string>();

  const select = useCallback(
    (ids: string[], on: boolean) =>
      setSelected(prev => {
        const next = new Set(prev);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
    [],
  );

  // Grouped once per load, so the memoised sections keep their props.
  const groups = useMemo(
    () =>
      ANNEX_A_OBJECTIVES.map(objective => ({
        objective,
        controls: (value?.controls ?? []).filter(
          c => c.objectiveId === objective.id,
        ),
      })).filter(g => g.controls.length > 0),
    [value],
  );

  // Keep the loaded list on screen while reloading, so open dialogs survive.
  if (!value) {
    if (error)
      return (
        <LoadError error={error} what="controls" of={OF} onRetry={retry} />
      );
    if (loading) return <Progress />;
  }
  const controls = value?.controls ?? [];
  if (controls.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No controls"
        description="The control library did not list any Annex A controls for this AI system."
      />
    );
  }
  const selectedControls = controls.filter(c => selected.has(c.controlId));

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <ControlsSummary controls={controls} />
      <SavedNotice
        message={savedMessage}
        onDismiss={() => setSavedMessage(undefined)}
      />
      {error && (
        <LoadError
          error={error}
          what="latest controls"
          of={OF}
          onRetry={retry}
        />
      )}
      {/* Disabled buttons cannot take keyboard focus, so their tooltips
          are out of keyboard reach; the reasons are repeated here. */}
      {(canEdit.reason || canAddEvidence.reason) && (
        <Alert severity="info">
          You can read this Statement of Applicability.{' '}
          {[canEdit.reason, canAddEvidence.reason]
            .filter(Boolean)
            .map(r => `${r}.`)
            .join(' ')}
        </Alert>
      )}
      <Toolbar disableGutters variant="dense">
        <Typography variant="body2" style={{ flex: 1 }} role="status">
          {selectedControls.length > 0
            ? `${selectedControls.length} selected`
            : 'Select controls to change their status together'}
        </Typography>
        <WhyDisabled reason={canEdit.reason}>
          <Button
            variant="outlined"
            color="primary"
            disabled={!canEdit.allowed || selectedControls.length === 0}
            onClick={() => setBulkOpen(true)}
          >
            Set status…
          </Button>
        </WhyDisabled>
      </Toolbar>
      <div>
        {groups.map(({ objective, controls: inObjective }) => (
          <ObjectiveSection
            key={objective.id}
            objective={objective}
            controls={inObjective}
            evidence={value?.evidence}
            selected={selected}
            onSelect={select}
            onEdit={setEditing}
            onAddEvidence={setAddingTo}
            canEdit={canEdit}
            canAddEvidence={canAddEvidence}
          />
        ))}
      </div>
      {editing && (
        <ControlEditDialog
          key={editing.controlId}
          entityRef={entityRef}
          control={editing}
          onClose={() => setEditing(undefined)}
          onSaved={saved => {
            setEditing(undefined);
            setSavedMessage(
              `Saved ${saved.controlId}: ${
                saved.applicable ? 'applicable' : 'not applicable'
              }, ${CONTROL_STATUS_LABELS[saved.status].toLocaleLowerCase(
                'en-US',
              )}.`,
            );
            retry();
          }}
        />
      )}
      {addingTo && (
        <AddEvidenceDialog
          key={addingTo.controlId}
          entityRef={entityRef}
          control={addingTo}
          onClose={() => {
            setAddingTo(undefined);
            // A file whose upload failed is still recorded; show it.
            retry();
          }}
          onSaved={evidence => {
            setAddingTo(undefined);
            setSavedMessage(
              `Added the evidence “${evidence.title}” to ${addingTo.controlId}.`,
            );
            retry();
          }}
        />
      )}
      {bulkOpen && (
        <BulkStatusDialog
          entityRef={entityRef}
          controls={selectedControls}
          onClose={() => setBulkOpen(false)}
          onDone={(succeeded, failed) => {
            select(succeeded, false);
            if (failed.length === 0) setBulkOpen(false);
            retry();
          }}
        />
      )}
    </Box>
  );
}
