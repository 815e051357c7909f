import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';
import { LIFECYCLE_STAGE_LABELS } from '../RiskRegister/constants';
import {
  CONTROL_STATUS_LABELS,
  EVIDENCE_KIND_LABELS,
  humanize,
} from '../shared';

/*
 * Names and values of record fields as the forms show them, so the history
 * reads "Status: Planned → Implemented" rather than the stored JSON keys.
 */

const LABELS: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  category: 'Category',
  source: 'Library scenario',
  lifecycleStage: 'Life-cycle stage',
  likelihood: 'Likelihood',
  impact: 'Impact',
  score: 'Score',
  level: 'Level',
  treatment: 'Treatment',
  treatmentPlan: 'Treatment plan',
  controlIds: 'Linked controls',
  residualLikelihood: 'Residual likelihood',
  residualImpact: 'Residual impact',
  residualScore: 'Residual score',
  residualLevel: 'Residual level',
  owner: 'Owner',
  status: 'Status',
  dueDate: 'Due date',
  nextReviewDate: 'Next review date',
  acceptance: 'Acceptance',
  approvedBy: 'approved by',
  approvedAt: 'approved on',
  expiresAt: 'expires on',
  note: 'note',
  applicable: 'Applies to this AI system',
  justification: 'Justification',
  controlId: 'Control',
  kind: 'Kind',
  url: 'Link',
  validUntil: 'Valid until',
  file: 'File',
  uploaded: 'uploaded',
  name: 'name',
  answers: 'Answers',
  outcome: 'Outcome',
};

/** A field path in words: `acceptance.expiresAt` → "Acceptance expires on". */
export function fieldLabel(path: string): string {
  const [first, ...rest] = path.split('.');
  const words = [first, ...rest].map((part, i) => {
    if (LABELS[part]) return LABELS[part];
    // `mediaType` → "media type": camel case into words, lower case.
    const spaced = part
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLocaleLowerCase('en-US');
    return i === 0 ? humanize(spaced) : spaced;
  });
  return words.join(' ');
}

/** A stored enum value in the words the form uses for it, else the value. */
export function valueLabel(
  event: Pick<HistoryEvent, 'recordType'>,
  field: string,
  value: string,
): string {
  if (field === 'status' && event.recordType === 'control') {
    return (CONTROL_STATUS_LABELS as Record<string, string>)[value] ?? value;
  }
  if (field === 'lifecycleStage') {
    return (LIFECYCLE_STAGE_LABELS as Record<string, string>)[value] ?? value;
  }
  if (field === 'kind' && event.recordType === 'evidence') {
    return (EVIDENCE_KIND_LABELS as Record<string, string>)[value] ?? value;
  }
  // Midnight UTC is how dates travel as timestamps (an acceptance's end).
  const midnight = /^(\d{4}-\d{2}-\d{2})T00:00:00(\.000)?Z$/.exec(value);
  return midnight ? midnight[1] : value;
}
