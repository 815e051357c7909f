import {
  AiGovernanceApiClient,
  type AiGovernancePageQuery,
  type AssessmentCreate,
  type AssessmentPatch,
  type ControlPut,
  type EvidenceCreate,
  type EffectivenessReviewInput,
  type ExportScope,
  type Incident,
  type IncidentCreate,
  type IncidentEntry,
  type IncidentEntryCreate,
  type IncidentPatch,
  type Nonconformity,
  type NonconformityCreate,
  type NonconformityPatch,
  type Page,
  type Risk,
  type RiskCreate,
  type RiskDecision,
  type RiskPatch,
  type RiskScenario,
  type TaskComplete,
} from '@aigov/plugin-ai-governance-common';
import {
  type CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { AiGovernanceApi, TaskFilter } from './AiGovernanceApi';
import { AiGovernanceAimsClient } from './AiGovernanceAimsClient';
import type { IncidentFilter, NonconformityFilter } from './IncidentsApi';

type Tier = Parameters<AiGovernanceApiClient['getRiskScenarios']>[1];

/**
 * The default {@link AiGovernanceApi}: the typed client of
 * `@aigov/plugin-ai-governance-common` over Backstage's discovery and fetch
 * APIs. It only passes calls on, so the frontend sends the same requests and
 * gets the same errors as every other caller: a `ResponseError` from
 * `@backstage/errors` for every non-2xx answer (read it with `fieldErrorsOf`
 * and `isConflictError` from -common).
 * @public
 */
export class AiGovernanceClient
  extends AiGovernanceAimsClient
  implements AiGovernanceApi
{
  getControlLibrary() {
    return this.client.getControlLibrary();
  }

  async getRiskScenarios(systemType: string, tier?: string) {
    // The API answers 400 for a tier it does not know, as it always did.
    const scenarios = await this.client.getRiskScenarios(
      systemType,
      tier as Tier,
    );
    // The spec types the suggested scores as numbers and the stages as an
    // enum; the library the backend serves holds 1–5 and the same stages.
    return scenarios as unknown as RiskScenario[];
  }

  listRisks(entity: CompoundEntityRef, options?: AiGovernancePageQuery) {
    return this.client.listRisks(entity, options);
  }

  listAllRisks(entity: CompoundEntityRef) {
    return this.client.listAllRisks(entity);
  }

  createRisk(entity: CompoundEntityRef, risk: RiskCreate) {
    return this.client.createRisk(entity, risk);
  }

  updateRisk(id: string, version: number, patch: RiskPatch) {
    return this.client.updateRisk(id, version, patch);
  }

  acceptRisk(
    id: string,
    version: number,
    body: { expiresAt: string; note?: string },
  ) {
    return this.client.acceptRisk(id, version, body);
  }

  decideProposedRisks(entity: CompoundEntityRef, decision: RiskDecision) {
    return this.client.decideProposedRisks(entity, decision);
  }

  listControls(entity: CompoundEntityRef) {
    return this.client.listControls(entity);
  }

  putControl(
    entity: CompoundEntityRef,
    controlId: string,
    version: number,
    body: ControlPut,
  ) {
    return this.client.putControl(entity, controlId, version, body);
  }

  listEvidence(entity: CompoundEntityRef, options?: AiGovernancePageQuery) {
    return this.client.listEvidence(entity, options);
  }

  createEvidence(entity: CompoundEntityRef, body: EvidenceCreate) {
    return this.client.createEvidence(entity, body);
  }

  uploadEvidenceContent(id: string, file: Blob) {
    return this.client.uploadEvidenceContent(id, file);
  }

  evidenceContentUrl(id: string) {
    return this.client.evidenceContentUrl(id);
  }

  listAssessments(entity: CompoundEntityRef) {
    return this.client.listAssessments(entity);
  }

  createAssessment(entity: CompoundEntityRef, body: AssessmentCreate) {
    return this.client.createAssessment(entity, body);
  }

  updateAssessment(id: string, version: number, patch: AssessmentPatch) {
    return this.client.updateAssessment(id, version, patch);
  }

  approveAssessment(id: string, version: number, note?: string) {
    return this.client.approveAssessment(id, version, note);
  }

  getScorecard(entity: CompoundEntityRef) {
    return this.client.getScorecard(entity);
  }

  getTeamScorecards() {
    return this.client.getTeamScorecards();
  }

  getHeatMap(options?: { entityRef?: string }) {
    return this.client.getHeatMap(options);
  }

  listOverdue(options?: { limit?: number }) {
    return this.client.listOverdue(options);
  }

  listHistory(options?: { entityRef?: string } & AiGovernancePageQuery) {
    return this.client.listHistory(options);
  }

  verifyHistory() {
    return this.client.verifyHistory();
  }

  listTasks(filter?: TaskFilter) {
    return this.client.listTasks(filter);
  }

  listEntityTasks(entity: CompoundEntityRef, options?: AiGovernancePageQuery) {
    return this.client.listEntityTasks(entity, options);
  }

  completeTask(id: string, version: number, body: TaskComplete) {
    return this.client.completeTask(id, version, body);
  }

  dismissTask(id: string, version: number, reason: string) {
    return this.client.dismissTask(id, version, reason);
  }

  listChanges(entity: CompoundEntityRef, options?: AiGovernancePageQuery) {
    return this.client.listChanges(entity, options);
  }

  exportUrl(kind: 'risk-register' | 'soa', scope?: string | ExportScope) {
    return this.client.exportUrl(kind, scope);
  }

  createIncident(
    entity: CompoundEntityRef,
    body: IncidentCreate,
  ): Promise<Incident> {
    return this.client.createIncident(entity, body);
  }

  listEntityIncidents(
    entity: CompoundEntityRef,
    options?: AiGovernancePageQuery,
  ): Promise<Page<Incident>> {
    return this.client.listEntityIncidents(entity, options);
  }

  listIncidents(filter?: IncidentFilter): Promise<Page<Incident>> {
    return this.client.listIncidents(filter);
  }

  getIncident(id: string): Promise<Incident> {
    return this.client.getIncident(id);
  }

  updateIncident(
    id: string,
    version: number,
    patch: IncidentPatch,
  ): Promise<Incident> {
    return this.client.updateIncident(id, version, patch);
  }

  listIncidentEntries(id: string): Promise<IncidentEntry[]> {
    return this.client.listIncidentEntries(id);
  }

  addIncidentEntry(
    id: string,
    body: IncidentEntryCreate,
  ): Promise<IncidentEntry> {
    return this.client.addIncidentEntry(id, body);
  }

  createRiskFromIncident(
    id: string,
    version: number,
    risk: RiskCreate,
  ): Promise<Risk> {
    return this.client.createRiskFromIncident(id, version, risk);
  }

  incidentReportDraftUrl(id: string) {
    return this.client.incidentReportDraftUrl(id);
  }

  incidentsExportUrl(filter?: Omit<IncidentFilter, 'cursor' | 'limit'>) {
    return this.client.incidentsExportUrl(filter);
  }

  createNonconformity(body: NonconformityCreate): Promise<Nonconformity> {
    return this.client.createNonconformity(body);
  }

  listEntityNonconformities(
    entity: CompoundEntityRef,
    options?: AiGovernancePageQuery,
  ): Promise<Page<Nonconformity>> {
    return this.client.listEntityNonconformities(entity, options);
  }

  listNonconformities(
    filter?: NonconformityFilter,
  ): Promise<Page<Nonconformity>> {
    return this.client.listNonconformities(filter);
  }

  getNonconformity(id: string): Promise<Nonconformity> {
    return this.client.getNonconformity(id);
  }

  updateNonconformity(
    id: string,
    version: number,
    patch: NonconformityPatch,
  ): Promise<Nonconformity> {
    return this.client.updateNonconformity(id, version, patch);
  }

  reviewEffectiveness(
    id: string,
    version: number,
    body: EffectivenessReviewInput,
  ): Promise<Nonconformity> {
    return this.client.reviewEffectiveness(id, version, body);
  }
}

/** The entity reference string of a compound ref. @public */
export const refOf = (e: CompoundEntityRef) => stringifyEntityRef(e);
