import { useState } from 'react';
import {
  fieldErrorsOf,
  type FieldProblem,
  type Risk,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { aiGovernanceApiRef } from '../../api';
import { findLatest } from '../shared';

/**
 * The saving state the risk dialogs share: the version a write is sent at,
 * the failed save with its field problems, and "Reload latest" after a 412.
 * A reload takes the latest version and hands it to `onReloaded`, which
 * keeps the user's input in the form, so saving again applies it.
 */
export function useRiskSave(options: {
  entityRef: CompoundEntityRef;
  /** The risk being written; none while a new one is recorded. */
  risk?: Risk;
  onSaved: (risk: Risk) => void;
  /** What to tell the user about the version a reload found. */
  reloadedNotice: (latest: Risk) => string;
  /** Shows the latest version in the form, around the user's input. */
  onReloaded?: (latest: Risk) => void;
}) {
  const { entityRef, risk, onSaved, reloadedNotice, onReloaded } = options;
  const api = useApi(aiGovernanceApiRef);
  // A new risk has no version yet; its create call does not send one.
  const [version, setVersion] = useState(risk?.version ?? 0);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saveError, setSaveError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState(false);

  /** Forgets what the last attempt and reload said, before a new attempt. */
  const clear = () => {
    setSaveError(undefined);
    setNotice(undefined);
  };

  /** Sends a write at the current version; a failure shows with its field problems. */
  const send = async (write: (atVersion: number) => Promise<Risk>) => {
    setSaving(true);
    try {
      onSaved(await write(version));
    } catch (e) {
      setSaveError(e);
      setProblems(fieldErrorsOf(e));
      setSaving(false);
    }
  };

  const reload = async () => {
    if (!risk) return;
    try {
      const latest = await findLatest(
        api.listAllRisks(entityRef),
        r => r.id === risk.id,
        'This risk no longer exists.',
      );
      setVersion(latest.version);
      onReloaded?.(latest);
      setSaveError(undefined);
      setNotice(reloadedNotice(latest));
    } catch (e) {
      setSaveError(e);
    }
  };

  return {
    api,
    problems,
    setProblems,
    saveError,
    notice,
    saving,
    clear,
    send,
    reload,
  };
}
