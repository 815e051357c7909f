import type {
  Readiness,
  ReadinessQuery,
} from '@aigov/plugin-ai-governance-common';

/** The certification readiness of the ai-governance API: stage 1, the stage 2 sample, surveillance. @public */
export interface ReadinessApi {
  /** Readiness with the stage 2 sample drawn by `query.sampleId` (a new one when absent). */
  getReadiness(query?: ReadinessQuery): Promise<Readiness>;
}
