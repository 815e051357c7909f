import type { AiSystemClassification } from './classify';

/** What a classification assessment keeps as its `result`: the classification without its application dates. @public */
export type RecordedClassification = Omit<
  AiSystemClassification,
  'applicationDates'
>;

/**
 * The result a classification assessment stores, wherever it is made (the
 * questionnaire, onboarding). Application dates are left out: amendments
 * move them (the Digital Omnibus did), so a copy frozen into the record
 * would go stale; live views take them from the classifier. @public
 */
export function recordedClassification(
  classification: AiSystemClassification,
): RecordedClassification {
  return {
    tier: classification.tier,
    reasons: classification.reasons,
    obligations: classification.obligations,
    roles: classification.roles,
    obligationsByRole: classification.obligationsByRole,
    fundamentalRightsImpactAssessment:
      classification.fundamentalRightsImpactAssessment,
    gpaiObligations: classification.gpaiObligations,
  };
}
