import type { AimsClausePrefill } from '@aigov/plugin-ai-governance-common';
import type { ReviewFigures } from '../database/reviewFigures';

/**
 * Management review (9.3): top management reviews the management system at
 * planned intervals and keeps the results as documented information, so a
 * review held in the last 12 months whose minutes are final (closed) is
 * `implemented`; one held whose minutes are still a draft, or none held
 * but one planned, is `partial`; neither is a gap. The reason names the
 * review.
 */
export function managementReviewPrefill(f: ReviewFigures): AimsClausePrefill {
  const held = f.lastHeldReview;
  if (held?.status === 'closed') {
    return {
      status: 'implemented',
      reason: `The management review "${held.title}" was held on ${held.date}, within the last 12 months, and its minutes are final`,
    };
  }
  if (held) {
    return {
      status: 'partial',
      reason: `The management review "${held.title}" was held on ${held.date}, but its minutes are not final yet`,
    };
  }
  if (f.plannedReview) {
    return {
      status: 'partial',
      reason: `The management review "${f.plannedReview.title}" is planned for ${f.plannedReview.date}; none was held in the last 12 months`,
    };
  }
  return {
    status: 'gap',
    reason:
      'No management review was held in the last 12 months, and none is planned',
  };
}
