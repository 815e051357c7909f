import type {
  AnnexAControl,
  AnnexAObjective,
  Assessment,
  AssessmentCreate,
  AssessmentPatch,
  ChangeRecord,
  ControlPut,
  EntityControl,
  EntityScorecard,
  Evidence,
  EvidenceCreate,
  ExportScope,
  HistoryEvent,
  HistoryVerification,
  OverdueItem,
  Page,
  Risk,
  RiskCreate,
  RiskHeatMap,
  RiskDecision,
  RiskPatch,
  RiskScenario,
  Task,
  TaskComplete,
  TaskStatus,
  TeamScorecard,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import type { AimsApi } from './AimsApi';
import type { AuditsApi } from './AuditsApi';
import type { ManagementReviewsApi } from './ManagementReviewsApi';
import type { ObjectivesApi } from './ObjectivesApi';
import type { PoliciesApi } from './PoliciesApi';
import type { IncidentsApi } from './IncidentsApi';
import type { ReadinessApi } from './ReadinessApi';
import type { ScopeApi } from './ScopeApi';
import type { TrainingApi } from './TrainingApi';

/** A record with the version it was read at; send it back to change the record. @public */
export type Versioned<T> = T & { version: number };

/** What {@link AiGovernanceApi.listTasks} narrows the inbox by, and where its page starts. @public */
export interface TaskFilter {
  /** `me`, or the ref of the group or user the tasks are assigned to. */
  assignee?: string;
  /** Only open, done or dismissed tasks. */
  status?: TaskStatus;
  /** Only this AI system's tasks, e.g. `aisystem:default/credit-scoring`. */
  entityRef?: string;
  /** Where the page starts: the `nextCursor` of the page before. */
  cursor?: string;
  /** How many tasks a page holds at most. */
  limit?: number;
}

/** Client of the ai-governance REST API (`/api/ai-governance`). @public */
export interface AiGovernanceApi
  extends IncidentsApi,
    AimsApi,
    AuditsApi,
    ManagementReviewsApi,
    ObjectivesApi,
    PoliciesApi,
    ReadinessApi,
    ScopeApi,
    TrainingApi {
  getControlLibrary(): Promise<{
    items: AnnexAControl[];
    objectives: AnnexAObjective[];
  }>;
  getRiskScenarios(systemType: string, tier?: string): Promise<RiskScenario[]>;

  listRisks(
    entity: CompoundEntityRef,
    options?: { cursor?: string; limit?: number },
  ): Promise<Page<Risk>>;
  /** Every risk of an entity, following the cursor. */
  listAllRisks(entity: CompoundEntityRef): Promise<Risk[]>;
  createRisk(entity: CompoundEntityRef, risk: RiskCreate): Promise<Risk>;
  updateRisk(id: string, version: number, patch: RiskPatch): Promise<Risk>;
  acceptRisk(
    id: string,
    version: number,
    body: { expiresAt: string; note?: string },
  ): Promise<Risk>;
  /** Confirms or dismisses proposed risks, all or none. */
  decideProposedRisks(
    entity: CompoundEntityRef,
    decision: RiskDecision,
  ): Promise<{ items: Risk[] }>;

  listControls(entity: CompoundEntityRef): Promise<EntityControl[]>;
  putControl(
    entity: CompoundEntityRef,
    controlId: string,
    version: number,
    body: ControlPut,
  ): Promise<EntityControl>;

  listEvidence(
    entity: CompoundEntityRef,
    options?: { cursor?: string; limit?: number },
  ): Promise<Page<Evidence>>;
  createEvidence(
    entity: CompoundEntityRef,
    body: EvidenceCreate,
  ): Promise<Evidence>;
  uploadEvidenceContent(id: string, file: Blob): Promise<Evidence>;
  /** URL of an evidence file; fetch it with the fetchApi (it needs credentials). */
  evidenceContentUrl(id: string): Promise<string>;

  listAssessments(entity: CompoundEntityRef): Promise<Assessment[]>;
  createAssessment(
    entity: CompoundEntityRef,
    body: AssessmentCreate,
  ): Promise<Assessment>;
  updateAssessment(
    id: string,
    version: number,
    patch: AssessmentPatch,
  ): Promise<Assessment>;
  approveAssessment(
    id: string,
    version: number,
    note?: string,
  ): Promise<Assessment>;

  getScorecard(entity: CompoundEntityRef): Promise<EntityScorecard>;
  getTeamScorecards(): Promise<TeamScorecard[]>;

  /** Open risks by likelihood × impact, org-wide (what the caller may see) or for one entity. */
  getHeatMap(options?: { entityRef?: string }): Promise<RiskHeatMap>;
  /** Overdue treatments, reviews and controls and expired evidence, most overdue first. */
  listOverdue(options?: { limit?: number }): Promise<OverdueItem[]>;

  listHistory(options?: {
    entityRef?: string;
    cursor?: string;
    limit?: number;
  }): Promise<Page<HistoryEvent>>;
  verifyHistory(): Promise<HistoryVerification>;

  /** A page of the task inbox; `assignee: 'me'` keeps the caller's and their groups' tasks. */
  listTasks(filter?: TaskFilter): Promise<Page<Task>>;
  /** A page of one entity's tasks, open and closed, newest first. */
  listEntityTasks(
    entity: CompoundEntityRef,
    options?: { cursor?: string; limit?: number },
  ): Promise<Page<Task>>;
  /** Closes an open task read at `version` as done, with its outcome and evidence. */
  completeTask(id: string, version: number, body: TaskComplete): Promise<Task>;
  /** Closes an open task read at `version` as dismissed, for `reason`. */
  dismissTask(id: string, version: number, reason: string): Promise<Task>;

  /** A page of the changes the catalog sync detected on an entity, newest first. */
  listChanges(
    entity: CompoundEntityRef,
    options?: { cursor?: string; limit?: number },
  ): Promise<Page<ChangeRecord>>;

  /** URL of a CSV export, for the fetchApi (optionally for one entity, or one team and its child groups). */
  exportUrl(
    kind: 'risk-register' | 'soa',
    scope?: string | ExportScope,
  ): Promise<string>;
}

/** The API reference of {@link AiGovernanceApi}. @public */
export const aiGovernanceApiRef = createApiRef<AiGovernanceApi>({
  id: 'plugin.ai-governance.client',
});
