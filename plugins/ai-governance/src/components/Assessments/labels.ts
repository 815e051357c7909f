import type {
  AssessmentStatus,
  AssessmentType,
} from '@aigov/plugin-ai-governance-common';

export const ASSESSMENT_TYPE_LABELS: Record<AssessmentType, string> = {
  risk: 'Risk assessment',
  impact: 'Impact assessment',
  'eu-ai-act-classification': 'EU AI Act classification',
};

export const START_LABELS: Record<AssessmentType, string> = {
  risk: 'Start risk assessment',
  impact: 'Start impact assessment',
  'eu-ai-act-classification': 'Start EU AI Act classification',
};

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
};

export const CREATE_REASON =
  'Only the owning team and the governance office can start assessments';
export const UPDATE_REASON =
  'Only the owning team and the governance office can change assessments';
export const APPROVE_REASON =
  'Only the governance office can approve assessments';
