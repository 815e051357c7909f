import type {
  AimsObjective,
  AimsObjectiveCreate,
  AimsObjectivePatch,
} from '@aigov/plugin-ai-governance-common';

/** The objectives of the management system in the ai-governance API (ISO/IEC 42001 6.2, 9.1). @public */
export interface ObjectivesApi {
  /** Every objective measured now, with its daily trend from `since` (default: the last 90 days). */
  listObjectives(query?: { since?: string }): Promise<AimsObjective[]>;
  getObjective(id: string, query?: { since?: string }): Promise<AimsObjective>;
  /** Sets an objective; its first snapshot is taken at once. */
  createObjective(body: AimsObjectiveCreate): Promise<AimsObjective>;
  /** Changes an objective read at `version`. */
  updateObjective(
    id: string,
    version: number,
    patch: AimsObjectivePatch,
  ): Promise<AimsObjective>;
}
