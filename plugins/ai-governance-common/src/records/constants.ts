/** Risk levels of the risk matrix, lowest first. @public */
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
/** A risk level. @public */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** How a risk is treated. @public */
export const RISK_TREATMENTS = [
  'mitigate',
  'accept',
  'transfer',
  'avoid',
] as const;
/** A risk treatment. @public */
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];

/**
 * Where a risk stands. `proposed` is a risk suggested by a template that its
 * owner has not confirmed yet (it counts nowhere until confirmed; dismissing
 * it closes it); `accepted` is only reached through the accept flow. @public
 */
export const RISK_STATUSES = [
  'proposed',
  'open',
  'treating',
  'accepted',
  'closed',
] as const;
/** A risk status. @public */
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** Life-cycle stages of an AI system, for risks. @public */
export const LIFECYCLE_STAGES = [
  'design',
  'data',
  'development',
  'verification',
  'deployment',
  'operation',
  'retirement',
] as const;
/** A life-cycle stage. @public */
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** Implementation status of an Annex A control for one AI system. @public */
export const CONTROL_STATUSES = [
  'not-started',
  'planned',
  'in-progress',
  'implemented',
] as const;
/** A control implementation status. @public */
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

/** Kinds of evidence. @public */
export const EVIDENCE_KINDS = [
  'document',
  'report',
  'log',
  'screenshot',
  'dataset-card',
  'model-card',
  'test-result',
  'approval',
  'other',
] as const;
/** An evidence kind. @public */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Assessment types. @public */
export const ASSESSMENT_TYPES = [
  'risk',
  'impact',
  'eu-ai-act-classification',
] as const;
/** An assessment type. @public */
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];

/** Assessment statuses, in order. @public */
export const ASSESSMENT_STATUSES = ['draft', 'in-review', 'approved'] as const;
/** An assessment status. @public */
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Scorecard levels, lowest first. @public */
export const SCORECARD_LEVELS = ['none', 'bronze', 'silver', 'gold'] as const;
/** A scorecard level. @public */
export type ScorecardLevel = (typeof SCORECARD_LEVELS)[number];

/** Limits on free text, shared by the API and the forms. @public */
export const TEXT_LIMITS = {
  title: 200,
  text: 10_000,
  short: 200,
  url: 2_000,
  fileName: 255,
} as const;
