import type { AimsClausePrefill } from '@aigov/plugin-ai-governance-common';
import type { PolicyFigures } from '../database/policyFigures';

/**
 * The AI policy (5.2): implemented while an approved AI policy exists and
 * its review is not past due, partial when it is overdue for review or
 * only drafts exist, a gap when no AI policy is recorded; the reason names
 * the policy, its version and dates.
 */
export function aiPolicyPrefill(f: PolicyFigures): AimsClausePrefill {
  const p = f.aiPolicy;
  if (p && !p.reviewOverdue) {
    return {
      status: 'implemented',
      reason: `The AI policy "${p.title}" (version ${p.version}) was approved on ${p.approvedAt}; its next review is due on ${p.nextReviewAt}`,
    };
  }
  if (p) {
    return {
      status: 'partial',
      reason: `The AI policy "${p.title}" (version ${p.version}) was approved on ${p.approvedAt}, but its review was due on ${p.nextReviewAt} and no newer version is approved`,
    };
  }
  if (f.aiPolicyDrafts > 0) {
    return {
      status: 'partial',
      reason:
        'An AI policy is drafted but no version of it is approved by top management yet',
    };
  }
  return {
    status: 'gap',
    reason:
      'No AI policy is recorded: write one under Policies and have top management approve it',
  };
}
