/*
 * The EU AI Act (Regulation (EU) 2024/1689) classification questionnaire.
 * Option values are stored in assessment answers and read by exports and
 * reports, so they are a contract and never derived from labels. Labels and
 * help texts are plain-words summaries written for this project, not legal
 * text.
 */

/** One choice of a classification question, with the provision it rests on. @public */
export interface ClassificationOption<V extends string = string> {
  /** Stored value. */
  value: V;
  /** Short label for forms. */
  label: string;
  /** One-sentence explanation in plain words. */
  help: string;
  /** The provision behind the choice, such as `Art. 5(1)(a)`, `Annex III point 4` or `Art. 50(1)`. */
  article: string;
}

/** A practice prohibited by Art. 5(1) of the EU AI Act. @public */
export type ProhibitedPractice =
  | 'subliminal-manipulation'
  | 'exploiting-vulnerabilities'
  | 'social-scoring'
  | 'criminal-risk-profiling'
  | 'untargeted-facial-scraping'
  | 'workplace-emotion-recognition'
  | 'sensitive-biometric-categorisation'
  | 'realtime-remote-biometric-identification';

/** An Annex III high-risk area of the EU AI Act, or `none`. @public */
export type AnnexIIIArea =
  | 'none'
  | 'biometrics'
  | 'critical-infrastructure'
  | 'education'
  | 'employment'
  | 'essential-services'
  | 'law-enforcement'
  | 'migration'
  | 'justice-democracy';

/** A situation that brings an Art. 50 transparency duty. @public */
export type TransparencyTrigger =
  | 'interacts-with-people'
  | 'generates-synthetic-content'
  | 'deepfake'
  | 'emotion-recognition'
  | 'biometric-categorisation';

/** The Art. 5(1) prohibited practices, in the order of points (a) to (h). @public */
export const PROHIBITED_PRACTICES: readonly ClassificationOption<ProhibitedPractice>[] =
  [
    {
      value: 'subliminal-manipulation',
      label: 'Subliminal or manipulative techniques',
      help: 'Influences people below their awareness, or deceives them, in a way that distorts their decisions and can cause significant harm.',
      article: 'Art. 5(1)(a)',
    },
    {
      value: 'exploiting-vulnerabilities',
      label: 'Exploiting vulnerabilities',
      help: 'Takes advantage of age, disability or a difficult social or economic situation to change how people behave, causing significant harm.',
      article: 'Art. 5(1)(b)',
    },
    {
      value: 'social-scoring',
      label: 'Social scoring',
      help: 'Rates people on their social behaviour or personality and treats them worse for it in unrelated contexts or out of proportion.',
      article: 'Art. 5(1)(c)',
    },
    {
      value: 'criminal-risk-profiling',
      label: 'Predicting crime from profiling alone',
      help: 'Estimates how likely someone is to commit a crime based only on profiling or personality traits.',
      article: 'Art. 5(1)(d)',
    },
    {
      value: 'untargeted-facial-scraping',
      label: 'Untargeted scraping of face images',
      help: 'Builds or expands face-recognition databases by collecting facial images from the internet or CCTV without a specific target.',
      article: 'Art. 5(1)(e)',
    },
    {
      value: 'workplace-emotion-recognition',
      label: 'Emotion recognition at work or in education',
      help: 'Infers the emotions of employees or students, except for medical or safety reasons.',
      article: 'Art. 5(1)(f)',
    },
    {
      value: 'sensitive-biometric-categorisation',
      label: 'Biometric categorisation by sensitive traits',
      help: 'Sorts people by their biometric data to infer race, political opinions, union membership, religion, sex life or sexual orientation.',
      article: 'Art. 5(1)(g)',
    },
    {
      value: 'realtime-remote-biometric-identification',
      label:
        'Real-time remote biometric identification in public for law enforcement',
      help: 'Identifies people live, at a distance, in publicly accessible spaces for policing, outside the narrow exceptions the Act allows.',
      article: 'Art. 5(1)(h)',
    },
  ];

/** The Annex III areas, points 1 to 8, preceded by `none`. @public */
export const ANNEX_III_AREAS: readonly ClassificationOption<AnnexIIIArea>[] = [
  {
    value: 'none',
    label: 'None of these',
    help: 'The system is not used in any of the areas listed in Annex III.',
    article: 'Art. 6(2) and Annex III',
  },
  {
    value: 'biometrics',
    label: 'Biometrics',
    help: 'Remote identification, categorisation by sensitive traits, or emotion recognition.',
    article: 'Annex III point 1',
  },
  {
    value: 'critical-infrastructure',
    label: 'Critical infrastructure',
    help: 'Safety components of digital infrastructure, road traffic, or water, gas, heating or electricity supply.',
    article: 'Annex III point 2',
  },
  {
    value: 'education',
    label: 'Education and vocational training',
    help: 'Deciding admission, grading, steering learning, or monitoring students during tests.',
    article: 'Annex III point 3',
  },
  {
    value: 'employment',
    label: 'Employment and workers',
    help: 'Recruiting, screening candidates, promotion, termination, task allocation or monitoring of workers.',
    article: 'Annex III point 4',
  },
  {
    value: 'essential-services',
    label: 'Essential private and public services',
    help: 'Eligibility for public benefits, creditworthiness, life and health insurance pricing, or emergency call triage.',
    article: 'Annex III point 5',
  },
  {
    value: 'law-enforcement',
    label: 'Law enforcement',
    help: 'Assessing victims or suspects, evaluating evidence, polygraphs, or profiling in investigations.',
    article: 'Annex III point 6',
  },
  {
    value: 'migration',
    label: 'Migration, asylum and border control',
    help: 'Assessing risks of travellers, examining applications for asylum, visas or residence permits.',
    article: 'Annex III point 7',
  },
  {
    value: 'justice-democracy',
    label: 'Justice and democratic processes',
    help: 'Helping judges research or apply the law, or influencing the outcome of elections or how people vote.',
    article: 'Annex III point 8',
  },
];

/** The Art. 50 transparency triggers. @public */
export const TRANSPARENCY_TRIGGERS: readonly ClassificationOption<TransparencyTrigger>[] =
  [
    {
      value: 'interacts-with-people',
      label: 'Interacts directly with people',
      help: 'For example a chatbot or voice assistant: people must know they are dealing with an AI.',
      article: 'Art. 50(1)',
    },
    {
      value: 'generates-synthetic-content',
      label: 'Generates synthetic content',
      help: 'Produces text, images, audio or video that must be marked as AI-generated in a machine-readable way.',
      article: 'Art. 50(2)',
    },
    {
      value: 'deepfake',
      label: 'Creates deepfakes',
      help: 'Makes realistic content showing real people, places or events that did not happen; it must be disclosed as such.',
      article: 'Art. 50(4)',
    },
    {
      value: 'emotion-recognition',
      label: 'Recognises emotions',
      help: 'People exposed to it must be told it is in use.',
      article: 'Art. 50(3)',
    },
    {
      value: 'biometric-categorisation',
      label: 'Categorises people biometrically',
      help: 'People exposed to it must be told it is in use.',
      article: 'Art. 50(3)',
    },
  ];

/** The answers of a classification assessment, exactly as stored. @public */
export interface ClassificationAnswers {
  /** Art. 5 practices the system uses; empty when none. */
  prohibitedPractices: ProhibitedPractice[];
  /** The Annex III area the system is used in, or `none`. */
  annexIIIArea: AnnexIIIArea;
  /** Whether it is a safety component of an Annex I product needing third-party conformity assessment, or such a product itself (Art. 6(1)). */
  productSafetyComponent: boolean;
  /** Whether the provider claims an Art. 6(3) derogation for its Annex III use. */
  art6Exemption: boolean;
  /** Whether it profiles natural persons, which rules out the Art. 6(3) derogation. */
  profilesNaturalPersons: boolean;
  /** Art. 50 transparency triggers that apply; empty when none. */
  transparency: TransparencyTrigger[];
}

/** Answers of a fresh questionnaire (nothing prohibited, no Annex III area, every yes/no answered no); frozen because shared, so copy before changing. @public */
export const DEFAULT_CLASSIFICATION_ANSWERS: ClassificationAnswers =
  Object.freeze({
    prohibitedPractices: Object.freeze([]) as unknown as ProhibitedPractice[],
    annexIIIArea: 'none',
    productSafetyComponent: false,
    art6Exemption: false,
    profilesNaturalPersons: false,
    transparency: Object.freeze([]) as unknown as TransparencyTrigger[],
  });
