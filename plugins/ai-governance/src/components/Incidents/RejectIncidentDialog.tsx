import {
  incidentPatchSchema,
  type Incident,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import { aiGovernanceApiRef } from '../../api';
import { ReasonDialog } from '../shared';

/** Rejects an incident (not an incident, a duplicate); the reason is required and kept on record. */
export function RejectIncidentDialog(props: {
  incident: Incident;
  onClose: () => void;
  onSaved: (incident: Incident) => void;
}) {
  const { incident } = props;
  const api = useApi(aiGovernanceApiRef);
  return (
    <ReasonDialog
      id="reject-incident"
      title="Reject incident"
      saveLabel="Reject incident"
      multiline
      intro={
        <>
          Reject “{incident.title}” only when it is not an AI incident or
          duplicates another. The reason stays on its timeline.
        </>
      }
      hint="Why this is not an incident"
      reasonPath="rejectionReason"
      check={reason =>
        incidentPatchSchema.safeParse({
          status: 'rejected',
          rejectionReason: reason.trim(),
        })
      }
      send={async patch =>
        props.onSaved(
          await api.updateIncident(incident.id, incident.version, patch),
        )
      }
      onClose={props.onClose}
    />
  );
}
