import type {
  EntityControl,
  Evidence,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { type AiGovernanceApi, aiGovernanceApiRef } from '../api';

/** An entity's controls, and its evidence by id where the user may read it. */
export interface ControlsAndEvidence {
  controls: EntityControl[];
  /** Undefined when the evidence could not be read. */
  evidence?: Map<string, Evidence>;
}

/**
 * Links and file names of the entity's evidence, by id. The control list only
 * has evidence titles; this fills in what to link to. Evidence is paginated,
 * so every page is read (bounded, in case a cursor never ends).
 */
async function loadEvidence(
  api: AiGovernanceApi,
  entityRef: CompoundEntityRef,
): Promise<Map<string, Evidence>> {
  const byId = new Map<string, Evidence>();
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await api.listEvidence(entityRef, { cursor, limit: 200 });
    for (const e of result.items) byId.set(e.id, e);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return byId;
}

/** The Statement of Applicability of an entity; pass a stable ref (see useStableEntityRef). */
export function useControls(entityRef: CompoundEntityRef) {
  const api = useApi(aiGovernanceApiRef);
  return useAsyncRetry(async (): Promise<ControlsAndEvidence> => {
    const [controls, evidence] = await Promise.all([
      api.listControls(entityRef),
      // Without evidence access the titles still show, just not as links.
      loadEvidence(api, entityRef).catch(() => undefined),
    ]);
    return { controls, evidence };
  }, [api, entityRef]);
}
