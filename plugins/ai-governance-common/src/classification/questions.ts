import type { AiOperatorRole } from '../kinds';
import type { AnnexIIIUseCase } from './annexIII';

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

/** A practice prohibited by Art. 5(1) of the EU AI Act, including the one the Digital Omnibus on AI added. @public */
export type ProhibitedPractice =
  | 'subliminal-manipulation'
  | 'exploiting-vulnerabilities'
  | 'social-scoring'
  | 'criminal-risk-profiling'
  | 'untargeted-facial-scraping'
  | 'workplace-emotion-recognition'
  | 'sensitive-biometric-categorisation'
  | 'realtime-remote-biometric-identification'
  | 'non-consensual-intimate-imagery';

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

/** The organisation's role for an AI system under the EU AI Act; the same values as the AiSystem kind's `operatorRoles`. @public */
export type OperatorRole = AiOperatorRole;

/** Whether the organisation provides a general-purpose AI model, and whether that model has systemic risk. @public */
export type GpaiModel = 'none' | 'general-purpose' | 'systemic-risk';

/** The Art. 6(3) condition under which an Annex III system is claimed not to be high-risk: points (a) to (d). @public */
export type Art6Condition = 'a' | 'b' | 'c' | 'd';

/** The operator roles, in the order the Act's obligations are listed in results: provider, deployer, then the other roles in the value chain. @public */
export const OPERATOR_ROLES: readonly ClassificationOption<OperatorRole>[] = [
  {
    value: 'provider',
    label: 'Provider',
    help: 'Develops the system, or has it developed, and places it on the market or puts it into service under its own name or trademark, whether for payment or free of charge.',
    article: 'Art. 3(3) and Art. 16',
  },
  {
    value: 'deployer',
    label: 'Deployer',
    help: 'Uses the system under its own authority in a professional activity, for example a bank running a credit-scoring tool it bought.',
    article: 'Art. 3(4) and Art. 26',
  },
  {
    value: 'importer',
    label: 'Importer',
    help: 'Established in the EU and places on the EU market a system that carries the name or trademark of a provider established outside the EU.',
    article: 'Art. 3(6) and Art. 23',
  },
  {
    value: 'distributor',
    label: 'Distributor',
    help: 'Makes the system available on the EU market as part of the supply chain, without being its provider or importer.',
    article: 'Art. 3(7) and Art. 24',
  },
  {
    value: 'authorised-representative',
    label: 'Authorised representative',
    help: 'Established in the EU and holds a written mandate from a provider outside the EU to carry out that provider’s duties under the Act on its behalf.',
    article: 'Art. 3(5) and Art. 22',
  },
  {
    value: 'product-manufacturer',
    label: 'Product manufacturer',
    help: 'Places on the market or puts into service, under its own name, a product regulated by Annex I legislation that has the AI system built in.',
    article: 'Art. 25(3)',
  },
];

/** The answers to whether the organisation provides a general-purpose AI model. @public */
export const GPAI_MODEL_OPTIONS: readonly ClassificationOption<GpaiModel>[] = [
  {
    value: 'none',
    label: 'No general-purpose AI model',
    help: 'The organisation does not place a general-purpose AI model on the market; building on someone else’s model does not count.',
    article: 'Art. 3(63) and Art. 53',
  },
  {
    value: 'general-purpose',
    label: 'General-purpose AI model',
    help: 'The organisation provides a model trained on broad data that can competently perform a wide range of distinct tasks and be built into many downstream systems.',
    article: 'Art. 53 and Art. 54',
  },
  {
    value: 'systemic-risk',
    label: 'General-purpose AI model with systemic risk',
    help: 'As above, with high-impact capabilities: presumed when training used more than 10^25 floating-point operations, or designated so by the Commission.',
    article: 'Art. 51, Art. 52 and Art. 55',
  },
];

/** The Art. 6(3) conditions, points (a) to (d); one must hold, with no significant risk of harm, for an Annex III system not to be high-risk. @public */
export const ART6_CONDITIONS: readonly ClassificationOption<Art6Condition>[] = [
  {
    value: 'a',
    label: 'Narrow procedural task',
    help: 'It only performs a narrow procedural task, such as turning unstructured documents into structured data or sorting incoming documents into categories.',
    article: 'Art. 6(3)(a)',
  },
  {
    value: 'b',
    label: 'Improves a completed human activity',
    help: 'It only improves the result of an activity a person has already completed, such as polishing the wording of a letter someone already drafted.',
    article: 'Art. 6(3)(b)',
  },
  {
    value: 'c',
    label: 'Detects decision patterns or deviations',
    help: 'It only detects patterns in past decisions, or deviations from them, and does not replace or influence the human assessment already made without proper human review.',
    article: 'Art. 6(3)(c)',
  },
  {
    value: 'd',
    label: 'Preparatory task',
    help: 'It only performs a task that prepares an assessment relevant to an Annex III use, such as indexing, searching or translating files, while a person makes the assessment itself.',
    article: 'Art. 6(3)(d)',
  },
];

/** The Art. 5(1) prohibited practices, in the order of points (a) to (h), then the practice the Digital Omnibus on AI added. @public */
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
    {
      // Added by the amendment rather than adopted with the Act, so it cites
      // the amendment and has its own, later application date.
      value: 'non-consensual-intimate-imagery',
      label: 'Non-consensual intimate imagery or child sexual abuse material',
      help: 'Generates sexual or intimate images, video or audio of real people without their consent, or material depicting the sexual abuse of children.',
      article: 'Art. 5(1) as amended by the Digital Omnibus on AI',
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

/** The answers of a classification assessment, exactly as stored; the optional answers were added later, so assessments without them stay valid. @public */
export interface ClassificationAnswers {
  /** The organisation's roles for the system, at least one and without repeats; when absent the result covers a provider and a deployer. */
  operatorRoles?: OperatorRole[];
  /** Whether the deployer is a body governed by public law or a private entity providing a public service, which brings the Art. 27 impact assessment for Annex III systems (Art. 27(1)). */
  publicService?: boolean;
  /** Art. 5 practices the system uses; empty when none. */
  prohibitedPractices: ProhibitedPractice[];
  /** The Annex III area the system is used in, or `none`. */
  annexIIIArea: AnnexIIIArea;
  /** The Annex III point within `annexIIIArea`; only with an area other than `none`, and when absent the area alone decides. */
  annexIIIUseCase?: AnnexIIIUseCase;
  /** Whether it is a safety component of an Annex I product needing third-party conformity assessment, or such a product itself (Art. 6(1)). */
  productSafetyComponent: boolean;
  /** Whether the provider claims an Art. 6(3) derogation for its Annex III use; needs `art6Condition` and `art6Justification`. */
  art6Exemption: boolean;
  /** The Art. 6(3) condition the derogation rests on; required when `art6Exemption` is true and ignored otherwise. */
  art6Condition?: Art6Condition;
  /** The written reasoning for the derogation, kept with the assessment; required and not blank when `art6Exemption` is true, ignored otherwise. */
  art6Justification?: string;
  /** Whether it profiles natural persons, which rules out the Art. 6(3) derogation. */
  profilesNaturalPersons: boolean;
  /** Art. 50 transparency triggers that apply; empty when none. */
  transparency: TransparencyTrigger[];
  /** Whether the organisation provides a general-purpose AI model (Arts. 51 to 55); absent means `none`. */
  gpaiModel?: GpaiModel;
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
