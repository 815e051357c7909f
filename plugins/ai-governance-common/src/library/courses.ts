/*
 * The courses the suite ships as a starting catalogue for competence and
 * AI literacy (ISO/IEC 42001 7.2, 7.3, A.4.6; EU AI Act Art. 4). Titles and
 * descriptions are our own words. An organisation replaces or extends them
 * with `aiGovernance.training.courses` in its app config.
 */

/** A course people complete to show competence or awareness. @public */
export interface TrainingCourse {
  /** Stable id, lowercase letters, digits and `-`, e.g. `ai-literacy`. */
  id: string;
  title: string;
  description: string;
  /** Months a completion stays valid; null when it never expires. */
  validityMonths: number | null;
}

/** The id of the course every person of the organisation needs. @public */
export const AI_LITERACY_COURSE_ID = 'ai-literacy';
/** The course of members of teams that own a high-tier AI system. @public */
export const HIGH_RISK_COURSE_ID = 'high-risk-obligations';
/** The course of the management system's internal auditors. @public */
export const AUDITOR_COURSE_ID = 'aims-internal-auditor';

/** The shipped course catalogue. @public */
export const DEFAULT_TRAINING_COURSES: readonly TrainingCourse[] = [
  {
    id: AI_LITERACY_COURSE_ID,
    title: 'AI literacy for everyone',
    description:
      'What AI systems can and cannot do, how the organisation uses them, the risks they bring to people and how to raise a concern: the baseline every employee and contractor working with AI needs.',
    validityMonths: 12,
  },
  {
    id: HIGH_RISK_COURSE_ID,
    title: 'Obligations for high-risk AI systems',
    description:
      'The duties that come with a high-risk AI system under the EU AI Act: risk management, data governance, technical documentation, logging, human oversight, accuracy and robustness, and reporting serious incidents.',
    validityMonths: 24,
  },
  {
    id: 'ai-risk-assessment',
    title: 'Assessing AI risks and impacts',
    description:
      'How to identify, rate and treat the risks of an AI system with the suite’s risk register, and how to carry out an impact assessment on the people affected.',
    validityMonths: 24,
  },
  {
    id: AUDITOR_COURSE_ID,
    title: 'Internal auditor for the AI management system',
    description:
      'Planning and running an internal audit of the AI management system: audit criteria and scope, sampling evidence, staying independent of the work audited, and writing findings that lead to corrective action.',
    validityMonths: 36,
  },
  {
    id: 'responsible-ai-development',
    title: 'Responsible AI for developers',
    description:
      'Building AI systems with fairness, transparency, privacy and security in mind: documenting data and models, testing for bias and drift, and keeping a human in the loop where it matters.',
    validityMonths: 24,
  },
];
