import type { JsonObject, JsonValue } from '@backstage/types';
import type {
  AssessmentStatus,
  AssessmentType,
  ControlStatus,
  EvidenceKind,
  LifecycleStage,
  RiskLevel,
  RiskStatus,
  RiskTreatment,
  ScorecardLevel,
} from './constants';

/** Who changed a record and when; every record carries it. @public */
export interface RecordMeta {
  /** Optimistic-concurrency version, starting at 1; sent back as the ETag. */
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** A risk in an AI system's risk register. @public */
export interface Risk extends RecordMeta {
  id: string;
  entityRef: string;
  title: string;
  description: string;
  /** Category, e.g. fairness, robustness, privacy, security. */
  category: string;
  /** Risk source or scenario id from the risk library, if seeded from it. */
  source: string | null;
  lifecycleStage: LifecycleStage;
  likelihood: number;
  impact: number;
  /** likelihood × impact */
  score: number;
  level: RiskLevel;
  treatment: RiskTreatment;
  treatmentPlan: string;
  controlIds: string[];
  residualLikelihood: number | null;
  residualImpact: number | null;
  residualScore: number | null;
  residualLevel: RiskLevel | null;
  /** Entity reference of the person or group that owns the risk. */
  owner: string | null;
  status: RiskStatus;
  /** Treatment due date, YYYY-MM-DD. */
  dueDate: string | null;
  nextReviewDate: string | null;
  /** Set by the accept flow: who approved accepting the risk, until when, and why. */
  acceptance: {
    approvedBy: string;
    approvedAt: string;
    expiresAt: string;
    /** The approver's note, if they gave one. */
    note?: string | null;
  } | null;
}

/** Short form of an evidence item, as listed under a control. @public */
export interface EvidenceSummary {
  id: string;
  title: string;
  expiresAt: string | null;
  expired: boolean;
}

/** One Annex A control for one AI system: its Statement of Applicability row and status. @public */
export interface EntityControl {
  entityRef: string;
  controlId: string;
  objectiveId: string;
  title: string;
  applicable: boolean;
  /** Why the control is excluded (required when not applicable) or how it applies. */
  justification: string | null;
  status: ControlStatus;
  owner: string | null;
  dueDate: string | null;
  overdue: boolean;
  evidence: EvidenceSummary[];
  /** False while nothing is recorded and defaults are shown; version is then 0. */
  recorded: boolean;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** An uploaded file of evidence. @public */
export interface EvidenceFile {
  name: string;
  mediaType: string;
  size: number | null;
  sha256: string | null;
  /** False until the content has been uploaded. */
  uploaded: boolean;
}

/** Evidence that a control operates (or a risk is treated). @public */
export interface Evidence extends RecordMeta {
  id: string;
  entityRef: string;
  title: string;
  kind: EvidenceKind;
  url: string | null;
  file: EvidenceFile | null;
  collectedAt: string;
  expiresAt: string | null;
  expired: boolean;
  controlIds: string[];
  riskIds: string[];
}

/** A risk, impact or EU AI Act classification assessment. @public */
export interface Assessment extends RecordMeta {
  id: string;
  entityRef: string;
  type: AssessmentType;
  answers: JsonObject;
  result: JsonValue | null;
  status: AssessmentStatus;
  approvedBy: string | null;
  approvedAt: string | null;
}

/** What POST .../baseline created for a newly onboarded AI system (or, replayed, had created). @public */
export interface BaselineResult {
  /** The request id the records were created under. */
  requestId: string;
  /** True when this answers a repeated request and nothing was written. */
  replayed: boolean;
  createdAt: string;
  createdBy: string;
  assessment: Assessment;
  risks: Risk[];
  controls: EntityControl[];
}

/** How a compared field of a catalog entity differs from the last sync. @public */
export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * A difference the catalog sync found between an entity and its last
 * snapshot; immutable once detected. @public
 */
export interface ChangeRecord {
  /** Stable id, for records (such as tasks) that link to the change. */
  id: string;
  /** The entity that changed. */
  entityRef: string;
  /** What changed, e.g. `spec.models[fraud-scorer].version` or `spec.riskTier`. */
  field: string;
  change: ChangeKind;
  /** The value before; null when added or unset. */
  before: JsonValue | null;
  /** The value after; null when removed or unset. */
  after: JsonValue | null;
  /** True for a model version, tier, purpose or new AI dependency: revalidation is due. */
  material: boolean;
  /** When the sync found it (UTC ISO 8601). */
  detectedAt: string;
  /** The catalog location the entity was read from, if it names one. */
  location: string | null;
  /** The commit or ref of `backstage.io/source-location`, if it names one. */
  commit: string | null;
  /** The history event that recorded the change. */
  historySeq: number;
}

/** Kinds of governance records that the history covers. @public */
export type GovernanceRecordType =
  | 'risk'
  | 'control'
  | 'evidence'
  | 'assessment'
  | 'change'
  | 'task'
  | 'nonconformity'
  | 'incident'
  | 'incident-entry'
  | 'aims-clause'
  | 'audit'
  | 'aims-objective'
  | 'aims-review'
  | 'aims-document'
  | 'aims-scope'
  | 'aims-roles'
  | 'training-record';

/** What a history event records: how the record changed. @public */
export type HistoryAction =
  | 'create'
  | 'update'
  | 'accept'
  | 'upload'
  | 'approve'
  | 'detect'
  | 'complete'
  | 'dismiss'
  | 'confirm'
  | 'review';

/** One entry of the append-only, hash-chained history. @public */
export interface HistoryEvent {
  seq: number;
  at: string;
  actor: string;
  entityRef: string;
  recordType: GovernanceRecordType;
  recordId: string;
  action: HistoryAction;
  before: JsonValue | null;
  after: JsonValue | null;
  prevHash: string;
  hash: string;
}

/** Result of verifying the history: its chain, its signed checkpoints and the records bound to it. @public */
export interface HistoryVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq?: number;
  reason?: string;
  /** The first record whose stored state differs from its history. */
  record?: { type: GovernanceRecordType; id: string; field: string };
  /** The latest signed checkpoint the chain was checked against. */
  checkpoint?: { seq: number; hash: string; at: string; keyId: string };
}

/** Counts a scorecard level is decided from; computed in SQL. @public */
export interface ScorecardFacts {
  hasOwner: boolean;
  hasTier: boolean;
  hasPurpose: boolean;
  highTier: boolean;
  riskAssessmentApproved: boolean;
  impactAssessmentApproved: boolean;
  applicableControls: number;
  implementedControls: number;
  /** Implemented applicable controls without any unexpired evidence. */
  implementedWithoutEvidence: number;
  /** Open risks at or above the appetite without an approved treatment. */
  untreatedAboveAppetite: number;
  overdueReviews: number;
  overdueTreatments: number;
  overdueControls: number;
  expiredEvidence: number;
  /** Open revalidation tasks (a material change has not been revalidated yet). */
  revalidationDue: number;
  /** Open revalidation tasks past their due date: they cap the level at bronze. */
  overdueRevalidations: number;
  /** Open tasks of any kind past their due date. */
  overdueTasks: number;
  /** Corrective actions of nonconformities not done and past their due date; they count as overdue items for gold. */
  overdueCorrectiveActions: number;
  /** Serious incidents not yet closed or rejected; any one caps the system at bronze. */
  openSeriousIncidents: number;
}

/** Governance scorecard of one AI system. @public */
export interface EntityScorecard {
  entityRef: string;
  title: string | null;
  owner: string | null;
  riskTier: string | null;
  level: ScorecardLevel;
  nextLevel: ScorecardLevel | null;
  /** What the system lacks for the next level, in words a team lead can act on. */
  missingForNextLevel: string[];
  /** The same gaps, each with the Governance tab section where it is closed. */
  missingItems: Array<{
    text: string;
    section: 'risks' | 'controls' | 'assessments' | 'tasks' | null;
  }>;
  compliance: number;
  controls: { applicable: number; implemented: number; notApplicable: number };
  risks: {
    open: Record<RiskLevel, number>;
    untreatedAboveAppetite: number;
  };
  overdue: { reviews: number; treatments: number; controls: number };
  evidence: { total: number; expired: number };
  assessments: { riskApproved: boolean; impactApproved: boolean };
  /** Open revalidation tasks, and how many of them are past their due date. */
  revalidation: { due: number; overdue: number };
}

/** Scorecard of one owning group, its child groups included. @public */
export interface TeamScorecard {
  groupRef: string;
  systems: number;
  levels: Record<ScorecardLevel, number>;
  /** Implemented over applicable controls across the group's systems. */
  compliance: number;
  openHighOrCritical: number;
  untreatedAboveAppetite: number;
  overdue: number;
  expiredEvidence: number;
  /** Open tasks past their due date on the group's systems. */
  overdueTasks: number;
  /** Incidents on the group's systems not yet closed or rejected. */
  openIncidents: number;
  /** The open incidents among them that are serious (EU AI Act Art. 73). */
  openSeriousIncidents: number;
  /** The child groups whose systems this row rolls up (direct children with AI systems). */
  childGroups: string[];
}

/** A page of a cursor-paginated list. @public */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** The body of every error response. @public */
export interface ApiErrorBody {
  error: {
    name: string;
    message: string;
    details?: Array<{ path: string; message: string }>;
  };
}

/** Number of open risks in one cell of the 5 × 5 matrix. @public */
export interface HeatMapCell {
  likelihood: number;
  impact: number;
  count: number;
}

/** Open risks by likelihood and impact, before and after treatment. @public */
export interface RiskHeatMap {
  inherent: HeatMapCell[];
  /** Risks with residual values, placed by them. */
  residual: HeatMapCell[];
}

/** Something past its date: a treatment, a review, a control or evidence. @public */
export interface OverdueItem {
  entityRef: string;
  type: 'treatment' | 'review' | 'control' | 'evidence';
  /** Risk id, control id or evidence id. */
  id: string;
  title: string;
  /** The date it was due (or the evidence expired). */
  due: string;
  owner: string | null;
}
