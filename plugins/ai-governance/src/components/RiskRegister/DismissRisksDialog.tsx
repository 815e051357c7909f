import {
  riskDecisionSchema,
  type Risk,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { aiGovernanceApiRef } from '../../api';
import { ReasonDialog } from '../shared';

/**
 * Dismisses proposed risks for one reason: they are closed, the reason added
 * to each treatment plan, so the history says why a suggestion never counted.
 */
export function DismissRisksDialog(props: {
  entityRef: CompoundEntityRef;
  risks: Risk[];
  onClose: () => void;
  onDismissed: (risks: Risk[]) => void;
}) {
  const { entityRef, risks, onClose, onDismissed } = props;
  const api = useApi(aiGovernanceApiRef);
  const one = risks.length === 1;
  return (
    <ReasonDialog
      id="dismiss"
      title={
        one
          ? `Dismiss proposed risk: ${risks[0].title}`
          : `Dismiss ${risks.length} proposed risks`
      }
      saveLabel="Dismiss"
      intro={
        <>
          A template suggested {one ? 'this risk' : 'these risks'} from the risk
          library. Dismissing closes {one ? 'it' : 'them'} without ever counting
          on the scorecard; the reason is kept in the treatment plan and the
          history.
        </>
      }
      hint="Why the risk does not apply to this AI system"
      check={reason =>
        riskDecisionSchema.safeParse({
          ids: risks.map(r => r.id),
          decision: 'dismiss',
          reason,
        })
      }
      send={async body =>
        onDismissed((await api.decideProposedRisks(entityRef, body)).items)
      }
      onClose={onClose}
    />
  );
}
