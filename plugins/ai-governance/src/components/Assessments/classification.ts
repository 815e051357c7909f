import type { Assessment } from '@aigov/plugin-ai-governance-common';

type JsonObject = Assessment['answers'];

/*
 * The EU AI Act (Regulation (EU) 2024/1689) classification questionnaire.
 * Answer field names are a contract with whatever reads the stored answers
 * (exports, reports), so they are spelled out here once and never derived
 * from labels. Helper texts are plain-words summaries, not legal text.
 */

export interface Option {
  value: string;
  label: string;
  help: string;
}

/** Art. 5: practices that may not be placed on the market at all. */
export const PROHIBITED_PRACTICES: Option[] = [
  {
    value: 'subliminal-manipulation',
    label: 'Subliminal or manipulative techniques',
    help: 'Influences people below their awareness, or deceives them, in a way that distorts their decisions and can cause significant harm.',
  },
  {
    value: 'exploiting-vulnerabilities',
    label: 'Exploiting vulnerabilities',
    help: 'Takes advantage of age, disability or a difficult social or economic situation to change how people behave, causing significant harm.',
  },
  {
    value: 'social-scoring',
    label: 'Social scoring',
    help: 'Rates people on their social behaviour or personality and treats them worse for it in unrelated contexts or out of proportion.',
  },
  {
    value: 'criminal-risk-profiling',
    label: 'Predicting crime from profiling alone',
    help: 'Estimates how likely someone is to commit a crime based only on profiling or personality traits.',
  },
  {
    value: 'untargeted-facial-scraping',
    label: 'Untargeted scraping of face images',
    help: 'Builds or expands face-recognition databases by collecting facial images from the internet or CCTV without a specific target.',
  },
  {
    value: 'workplace-emotion-recognition',
    label: 'Emotion recognition at work or in education',
    help: 'Infers the emotions of employees or students, except for medical or safety reasons.',
  },
  {
    value: 'sensitive-biometric-categorisation',
    label: 'Biometric categorisation by sensitive traits',
    help: 'Sorts people by their biometric data to infer race, political opinions, union membership, religion, sex life or sexual orientation.',
  },
  {
    value: 'realtime-remote-biometric-identification',
    label:
      'Real-time remote biometric identification in public for law enforcement',
    help: 'Identifies people live, at a distance, in publicly accessible spaces for policing, outside the narrow exceptions the Act allows.',
  },
];

/** Annex III: areas where a system is high-risk by its use. */
export const ANNEX_III_AREAS: Option[] = [
  {
    value: 'none',
    label: 'None of these',
    help: 'The system is not used in any of the areas listed in Annex III.',
  },
  {
    value: 'biometrics',
    label: 'Biometrics',
    help: 'Remote identification, categorisation by sensitive traits, or emotion recognition.',
  },
  {
    value: 'critical-infrastructure',
    label: 'Critical infrastructure',
    help: 'Safety components of digital infrastructure, road traffic, or water, gas, heating or electricity supply.',
  },
  {
    value: 'education',
    label: 'Education and vocational training',
    help: 'Deciding admission, grading, steering learning, or monitoring students during tests.',
  },
  {
    value: 'employment',
    label: 'Employment and workers',
    help: 'Recruiting, screening candidates, promotion, termination, task allocation or monitoring of workers.',
  },
  {
    value: 'essential-services',
    label: 'Essential private and public services',
    help: 'Eligibility for public benefits, creditworthiness, life and health insurance pricing, or emergency call triage.',
  },
  {
    value: 'law-enforcement',
    label: 'Law enforcement',
    help: 'Assessing victims or suspects, evaluating evidence, polygraphs, or profiling in investigations.',
  },
  {
    value: 'migration',
    label: 'Migration, asylum and border control',
    help: 'Assessing risks of travellers, examining applications for asylum, visas or residence permits.',
  },
  {
    value: 'justice-democracy',
    label: 'Justice and democratic processes',
    help: 'Helping judges research or apply the law, or influencing the outcome of elections or how people vote.',
  },
];

/** Art. 50: what people must be told. */
export const TRANSPARENCY_CASES: Option[] = [
  {
    value: 'interacts-with-people',
    label: 'Interacts directly with people',
    help: 'For example a chatbot or voice assistant: people must know they are dealing with an AI.',
  },
  {
    value: 'generates-synthetic-content',
    label: 'Generates synthetic content',
    help: 'Produces text, images, audio or video that must be marked as AI-generated in a machine-readable way.',
  },
  {
    value: 'deepfake',
    label: 'Creates deepfakes',
    help: 'Makes realistic content showing real people, places or events that did not happen; it must be disclosed as such.',
  },
  {
    value: 'emotion-recognition',
    label: 'Recognises emotions',
    help: 'People exposed to it must be told it is in use.',
  },
  {
    value: 'biometric-categorisation',
    label: 'Categorises people biometrically',
    help: 'People exposed to it must be told it is in use.',
  },
];

/** The answers object exactly as stored. */
export interface ClassificationAnswers {
  prohibitedPractices: string[];
  annexIIIArea: string;
  productSafetyComponent: boolean;
  art6Exemption: boolean;
  profilesNaturalPersons: boolean;
  transparency: string[];
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Reads stored answers, filling in defaults for anything missing. */
export function toClassificationAnswers(
  answers: JsonObject,
): ClassificationAnswers {
  return {
    prohibitedPractices: strings(answers.prohibitedPractices),
    annexIIIArea:
      typeof answers.annexIIIArea === 'string' ? answers.annexIIIArea : 'none',
    productSafetyComponent: answers.productSafetyComponent === true,
    art6Exemption: answers.art6Exemption === true,
    profilesNaturalPersons: answers.profilesNaturalPersons === true,
    transparency: strings(answers.transparency),
  };
}

export type SuggestedTier = 'prohibited' | 'high' | 'limited' | 'minimal';

/**
 * A first reading of the answers, stored as the assessment's `result` and
 * shown to the reviewer. It is a suggestion for the people approving it: the
 * tier on the catalog entity is still set by its owners.
 */
export function suggestTier(a: ClassificationAnswers): {
  suggestedTier: SuggestedTier;
  reasons: string[];
} {
  if (a.prohibitedPractices.length > 0) {
    return {
      suggestedTier: 'prohibited',
      reasons: ['Uses a practice prohibited by Art. 5'],
    };
  }
  const reasons: string[] = [];
  if (a.productSafetyComponent) {
    reasons.push('Safety component of a regulated product (Art. 6(1))');
  }
  if (a.annexIIIArea !== 'none') {
    // Art. 6(3): the exemption never covers systems that profile people.
    if (!a.art6Exemption || a.profilesNaturalPersons) {
      reasons.push(`Used in an Annex III area (${a.annexIIIArea})`);
    }
  }
  if (reasons.length > 0) return { suggestedTier: 'high', reasons };
  if (a.transparency.length > 0) {
    return {
      suggestedTier: 'limited',
      reasons: ['Transparency obligations apply (Art. 50)'],
    };
  }
  return { suggestedTier: 'minimal', reasons: ['No obligation found'] };
}
