import type {
  EffectivenessReviewInput,
  IncidentFilter,
  NonconformityFilter,
  Incident,
  IncidentCreate,
  IncidentEntry,
  IncidentEntryCreate,
  IncidentPatch,
  Nonconformity,
  NonconformityCreate,
  NonconformityPatch,
  Page,
  Risk,
  RiskCreate,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';

// The filters are the client's of -common; kept exported here, where they were first.
export type {
  IncidentFilter,
  NonconformityFilter,
} from '@aigov/plugin-ai-governance-common';

/** The incident register and the nonconformities of the ai-governance API (clause 10.2, EU AI Act Art. 73). @public */
export interface IncidentsApi {
  /** Reports an incident on an AI system; anyone signed in may. */
  createIncident(
    entity: CompoundEntityRef,
    body: IncidentCreate,
  ): Promise<Incident>;
  /** A page of one AI system's incidents, newest first. */
  listEntityIncidents(
    entity: CompoundEntityRef,
    options?: { cursor?: string; limit?: number },
  ): Promise<Page<Incident>>;
  /** A page of the incidents of every AI system the caller may read. */
  listIncidents(filter?: IncidentFilter): Promise<Page<Incident>>;
  /** One incident with its Art. 73 clock. */
  getIncident(id: string): Promise<Incident>;
  /** Changes an incident read at `version`; a status change follows the allowed transitions. */
  updateIncident(
    id: string,
    version: number,
    patch: IncidentPatch,
  ): Promise<Incident>;
  /** An incident's timeline, oldest first. */
  listIncidentEntries(id: string): Promise<IncidentEntry[]>;
  /** Adds a comment or an attachment to an incident's timeline. */
  addIncidentEntry(
    id: string,
    body: IncidentEntryCreate,
  ): Promise<IncidentEntry>;
  /** Records a risk from an incident read at `version`, linked both ways. */
  createRiskFromIncident(
    id: string,
    version: number,
    risk: RiskCreate,
  ): Promise<Risk>;
  /** URL of an incident's Markdown report draft, for the fetchApi. */
  incidentReportDraftUrl(id: string): Promise<string>;
  /** URL of the incident register CSV, for the fetchApi (narrowed like the list). */
  incidentsExportUrl(
    filter?: Omit<IncidentFilter, 'cursor' | 'limit'>,
  ): Promise<string>;

  /** Records a nonconformity; it starts `open`. */
  createNonconformity(body: NonconformityCreate): Promise<Nonconformity>;
  /** A page of one AI system's nonconformities, newest first. */
  listEntityNonconformities(
    entity: CompoundEntityRef,
    options?: { cursor?: string; limit?: number },
  ): Promise<Page<Nonconformity>>;
  /** A page of the nonconformities of every AI system the caller may read. */
  listNonconformities(
    filter?: NonconformityFilter,
  ): Promise<Page<Nonconformity>>;
  /** One nonconformity with its corrective actions and latest review. */
  getNonconformity(id: string): Promise<Nonconformity>;
  /** Changes a nonconformity read at `version`; `correctiveActions` replaces the list. */
  updateNonconformity(
    id: string,
    version: number,
    patch: NonconformityPatch,
  ): Promise<Nonconformity>;
  /** Records the caller's effectiveness review of a nonconformity read at `version`. */
  reviewEffectiveness(
    id: string,
    version: number,
    body: EffectivenessReviewInput,
  ): Promise<Nonconformity>;
}
