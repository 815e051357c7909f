import type {
  AssessmentStatus,
  AssessmentType,
  ControlStatus,
  EvidenceKind,
  ScorecardLevel,
} from '@aigov/plugin-ai-governance-common';

/** How a control's implementation status reads. */
export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  'not-started': 'Not started',
  planned: 'Planned',
  'in-progress': 'In progress',
  implemented: 'Implemented',
};

/** How an evidence kind reads. */
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  document: 'Document',
  report: 'Report',
  log: 'Log',
  screenshot: 'Screenshot',
  'dataset-card': 'Dataset card',
  'model-card': 'Model card',
  'test-result': 'Test result',
  approval: 'Approval',
  other: 'Other',
};

/** The name of each kind of assessment. */
export const ASSESSMENT_TYPE_LABELS: Record<AssessmentType, string> = {
  risk: 'Risk assessment',
  impact: 'Impact assessment',
  'eu-ai-act-classification': 'EU AI Act classification',
};

/** How an assessment's status reads. */
export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
};

/** A scorecard level in words; "none" alone would read as a missing value. */
export const scorecardLevelLabel = (level: ScorecardLevel): string =>
  level === 'none' ? 'no level' : level;

/** An EU AI Act tier in words, or that none is set. */
export const tierLabel = (tier: string | null | undefined): string =>
  tier ? `${tier} risk` : 'tier not set';

/** Words for the 1–5 likelihood scale, so a number means the same to every reader. */
export const LIKELIHOOD_LABELS: Record<number, string> = {
  1: 'rare',
  2: 'unlikely',
  3: 'possible',
  4: 'likely',
  5: 'almost certain',
};

/** Words for the 1–5 impact scale. */
export const IMPACT_LABELS: Record<number, string> = {
  1: 'negligible',
  2: 'minor',
  3: 'moderate',
  4: 'major',
  5: 'severe',
};

/** The steps of the likelihood and impact scales, low to high. */
export const SCALE = [1, 2, 3, 4, 5] as const;
