import type { AssessmentType } from '@aigov/plugin-ai-governance-common';

/** What the button that starts each kind of assessment says. */
export const START_LABELS: Record<AssessmentType, string> = {
  risk: 'Start risk assessment',
  impact: 'Start impact assessment',
  'eu-ai-act-classification': 'Start EU AI Act classification',
};
