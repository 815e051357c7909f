import {
  AiGovernanceApiClient,
  type AimsClausePut,
  type AimsRolesPut,
  type AimsScopePut,
  type AimsObjectiveCreate,
  type AimsObjectivePatch,
  type AuditCreate,
  type AuditFilter,
  type AuditFindingCreate,
  type AuditPatch,
  type ManagementReviewCreate,
  type ManagementReviewPatch,
  type DocumentApprove,
  type DocumentCreate,
  type DocumentPatch,
  type DocumentVersionCreate,
  type PolicyFilter,
  type ReadinessQuery,
  type TrainingRecordCreate,
  type TrainingRecordFilter,
} from '@aigov/plugin-ai-governance-common';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';

/**
 * The management system's calls of {@link AiGovernanceClient} (clauses,
 * audits, scope and roles, management reviews, objectives, policies,
 * readiness, training), passed on to the -common client as they are.
 * @public
 */
export abstract class AiGovernanceAimsClient {
  protected readonly client: AiGovernanceApiClient;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.client = new AiGovernanceApiClient(options);
  }

  listAimsClauses() {
    return this.client.listAimsClauses();
  }

  putAimsClause(id: string, version: number | undefined, body: AimsClausePut) {
    return this.client.putAimsClause(id, version, body);
  }

  listAudits(filter?: AuditFilter) {
    return this.client.listAudits(filter);
  }

  getAudit(id: string) {
    return this.client.getAudit(id);
  }

  createAudit(body: AuditCreate) {
    return this.client.createAudit(body);
  }

  updateAudit(id: string, version: number, patch: AuditPatch) {
    return this.client.updateAudit(id, version, patch);
  }

  addAuditFinding(id: string, body: AuditFindingCreate) {
    return this.client.addAuditFinding(id, body);
  }

  getAimsScope() {
    return this.client.getAimsScope();
  }

  updateAimsScope(version: number, body: AimsScopePut) {
    return this.client.updateAimsScope(version, body);
  }

  getAimsRoles() {
    return this.client.getAimsRoles();
  }

  updateAimsRoles(version: number, body: AimsRolesPut) {
    return this.client.updateAimsRoles(version, body);
  }

  listManagementReviews() {
    return this.client.listManagementReviews();
  }

  getManagementReview(id: string) {
    return this.client.getManagementReview(id);
  }

  createManagementReview(body: ManagementReviewCreate) {
    return this.client.createManagementReview(body);
  }

  updateManagementReview(
    id: string,
    version: number,
    patch: ManagementReviewPatch,
  ) {
    return this.client.updateManagementReview(id, version, patch);
  }

  getManagementReviewMinutesMarkdown(id: string) {
    return this.client.getManagementReviewMinutesMarkdown(id);
  }

  getManagementReviewMinutesPdf(id: string) {
    return this.client.getManagementReviewMinutesPdf(id);
  }

  listObjectives(query?: { since?: string }) {
    return this.client.listObjectives(query);
  }

  getObjective(id: string, query?: { since?: string }) {
    return this.client.getObjective(id, query);
  }

  createObjective(body: AimsObjectiveCreate) {
    return this.client.createObjective(body);
  }

  updateObjective(id: string, version: number, patch: AimsObjectivePatch) {
    return this.client.updateObjective(id, version, patch);
  }

  listPolicies(filter?: PolicyFilter) {
    return this.client.listPolicies(filter);
  }

  getPolicy(id: string) {
    return this.client.getPolicy(id);
  }

  createPolicy(body: DocumentCreate) {
    return this.client.createPolicy(body);
  }

  updatePolicy(id: string, version: number, patch: DocumentPatch) {
    return this.client.updatePolicy(id, version, patch);
  }

  createPolicyVersion(
    id: string,
    version: number,
    body: DocumentVersionCreate,
  ) {
    return this.client.createPolicyVersion(id, version, body);
  }

  submitPolicyVersion(id: string, number: number, version: number) {
    return this.client.submitPolicyVersion(id, number, version);
  }

  approvePolicyVersion(
    id: string,
    number: number,
    version: number,
    body?: DocumentApprove,
  ) {
    return this.client.approvePolicyVersion(id, number, version, body);
  }

  rejectPolicyVersion(
    id: string,
    number: number,
    version: number,
    reason: string,
  ) {
    return this.client.rejectPolicyVersion(id, number, version, reason);
  }

  getReadiness(query?: ReadinessQuery) {
    return this.client.getReadiness(query);
  }

  listTrainingCourses() {
    return this.client.listTrainingCourses();
  }

  getTrainingCoverage(query?: { team?: string }) {
    return this.client.getTrainingCoverage(query);
  }

  listTrainingRecords(filter?: TrainingRecordFilter) {
    return this.client.listTrainingRecords(filter);
  }

  createTrainingRecord(body: TrainingRecordCreate) {
    return this.client.createTrainingRecord(body);
  }
}
