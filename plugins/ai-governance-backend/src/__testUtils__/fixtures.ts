/*
 * Request bodies the tests send again and again, valid for the API.
 * Tests spread them and change what they are about.
 */

/** A risk with every field a register entry usually has; its score is 12 (high). */
export const validRisk = {
  title: 'Unfair declines for young applicants',
  description:
    'The model may score applicants under 25 lower for reasons unrelated to credit risk.',
  category: 'fairness',
  lifecycleStage: 'operation',
  likelihood: 3,
  impact: 4,
  treatmentPlan: 'Quarterly bias review across age bands.',
  controlIds: ['A.7.4', 'A.6.2.4'],
};

/** A risk with only the required fields, for tests about something else. */
export const minimalRisk = {
  title: 'Drift after retraining',
  category: 'robustness',
  lifecycleStage: 'operation',
  likelihood: 2,
  impact: 3,
};

/** {@link validRisk} wrong in five fields: empty, out of range, of the wrong type, unknown to Annex A, unknown. */
export const riskWrongInFiveFields = {
  ...validRisk,
  title: '',
  likelihood: 7,
  impact: 'high',
  controlIds: ['A.99'],
  colour: 'red',
};
