/** A free-text question of the impact or risk assessment. */
export interface TextQuestion {
  /** The answer's field name in `answers`. */
  key: string;
  label: string;
  help: string;
  type?: 'date';
}

export const IMPACT_QUESTIONS: TextQuestion[] = [
  {
    key: 'affectedPeople',
    label: 'Affected people',
    help: 'Who is affected by the system’s outputs or decisions, directly or indirectly — including groups who may be affected more than others.',
  },
  {
    key: 'foreseeableHarms',
    label: 'Foreseeable harms',
    help: 'What could go wrong for those people or for society: unfair treatment, loss of opportunity, privacy, safety, misuse.',
  },
  {
    key: 'benefits',
    label: 'Benefits',
    help: 'What the system does well for those people and for the organisation.',
  },
  {
    key: 'mitigations',
    label: 'Mitigations',
    help: 'What is done to prevent or reduce the harms: human oversight, testing, limits on use, ways to contest a decision.',
  },
  {
    key: 'residualImpact',
    label: 'Residual impact',
    help: 'What impact remains after the mitigations, and why it is acceptable.',
  },
];

export const RISK_QUESTIONS: TextQuestion[] = [
  {
    key: 'scope',
    label: 'Scope',
    help: 'What was assessed: the system version, its components and the uses in scope.',
  },
  {
    key: 'method',
    label: 'Method',
    help: 'How risks were identified and rated, e.g. workshop with the risk library and the 5 × 5 matrix.',
  },
  {
    key: 'participants',
    label: 'Participants',
    help: 'Who took part, with their roles.',
  },
  {
    key: 'date',
    label: 'Date of the assessment',
    help: 'When the assessment took place.',
    type: 'date',
  },
];
