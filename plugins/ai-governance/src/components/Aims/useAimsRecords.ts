import { type DependencyList, useState } from 'react';
import { AIMS_ENTITY_REF } from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { type AiGovernanceApi, aiGovernanceApiRef } from '../../api';
import { usePermissionGuard } from '../shared';

/**
 * What a page of the management system's org-level records holds: the
 * records read from the API, whether the user may change them, the dialog
 * open on them and the notice of the last change saved.
 */
export function useAimsRecords<T, D = true>(options: {
  load: (api: AiGovernanceApi) => Promise<T>;
  /** What the load reads besides the API, e.g. the programme's year. */
  deps?: DependencyList;
  permission: Parameters<typeof usePermissionGuard>[0];
  /** Why the change is refused, for the disabled buttons. */
  denied: string;
}) {
  const api = useApi(aiGovernanceApiRef);
  const records = useAsyncRetry(
    () => options.load(api),
    [api, ...(options.deps ?? [])],
  );
  // The records cover the organisation: the decision is on the management
  // system's own reference, which only an unconditional policy allows.
  const canUpdate = usePermissionGuard(
    options.permission,
    AIMS_ENTITY_REF,
    options.denied,
  );
  const [dialog, setDialog] = useState<D>();
  const [saved, setSaved] = useState<string>();
  const close = () => setDialog(undefined);
  return {
    api,
    records,
    canUpdate,
    dialog,
    setDialog,
    close,
    /** Closes the dialog and reads the records again, e.g. after a conflict. */
    reload: () => {
      close();
      records.retry();
    },
    /** Closes the dialog, says what was saved and reads the records again. */
    saved: (message: string) => {
      close();
      setSaved(message);
      records.retry();
    },
    /** The props of the SavedNotice above the records. */
    notice: { message: saved, onDismiss: () => setSaved(undefined) },
  };
}
