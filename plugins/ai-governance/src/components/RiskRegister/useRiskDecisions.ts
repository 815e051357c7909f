import type { Risk } from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';
import { aiGovernanceApiRef } from '../../api';

/** "“Title”" for one risk, "3 risks" for more. */
export const risksInWords = (risks: Risk[]) =>
  risks.length === 1 ? `“${risks[0].title}”` : `${risks.length} risks`;

/**
 * Confirming and dismissing proposed risks from the register: the ticked
 * ids, the risks waiting for a dismissal reason, and the last failure.
 * Confirming needs no dialog, being the expected outcome; dismissing asks
 * why first.
 */
export function useRiskDecisions(options: {
  entityRef: CompoundEntityRef;
  /** After a decision was stored, with what to tell the user. */
  onDecided: (message: string) => void;
}) {
  const { entityRef, onDecided } = options;
  const api = useApi(aiGovernanceApiRef);
  const [selected, setSelected] = useState<string[]>([]);
  const [dismissing, setDismissing] = useState<Risk[] | null>(null);
  const [deciding, setDeciding] = useState(false);
  const [error, setError] = useState<unknown>();

  const settled = (risks: Risk[], message: string) => {
    const ids = new Set(risks.map(r => r.id));
    setSelected(s => s.filter(id => !ids.has(id)));
    onDecided(message);
  };

  const confirm = async (risks: Risk[]) => {
    setDeciding(true);
    setError(undefined);
    try {
      const { items } = await api.decideProposedRisks(entityRef, {
        ids: risks.map(r => r.id),
        decision: 'confirm',
      });
      settled(
        items,
        `Confirmed ${risksInWords(items)}: now counted on the scorecard.`,
      );
    } catch (e) {
      setError(e);
    } finally {
      setDeciding(false);
    }
  };

  const dismissed = (risks: Risk[]) => {
    setDismissing(null);
    settled(risks, `Dismissed ${risksInWords(risks)}.`);
  };

  return {
    selected,
    setSelected,
    deciding,
    error,
    clearError: () => setError(undefined),
    confirm,
    dismissing,
    startDismiss: (risks: Risk[]) => setDismissing(risks),
    cancelDismiss: () => setDismissing(null),
    dismissed,
  };
}
