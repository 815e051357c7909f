import type { AnnexIIIArea, ClassificationOption } from './questions';

/*
 * The Annex III points of the EU AI Act, one level below the areas. The
 * values are stored in assessment answers, so they are a contract. Labels,
 * help texts and carve-outs are plain-words summaries written for this
 * project, not legal text. A point's `carveOut` says what the point leaves
 * out, so a questionnaire can explain it before the point is chosen; the
 * points themselves are the uses that are in scope.
 */

/** An Annex III point of the EU AI Act: the area's number and, where the area has several, the letter. @public */
export type AnnexIIIUseCase =
  | '1a'
  | '1b'
  | '1c'
  | '2'
  | '3a'
  | '3b'
  | '3c'
  | '3d'
  | '4a'
  | '4b'
  | '5a'
  | '5b'
  | '5c'
  | '5d'
  | '6a'
  | '6b'
  | '6c'
  | '6d'
  | '6e'
  | '7a'
  | '7b'
  | '7c'
  | '7d'
  | '8a'
  | '8b';

/** One Annex III point, with its area and what the point leaves out. @public */
export type AnnexIIIUseCaseOption = ClassificationOption<AnnexIIIUseCase> & {
  /** The Annex III area the point belongs to. */
  area: Exclude<AnnexIIIArea, 'none'>;
  /** What the point does not cover, in one plain-words sentence, when that is easy to get wrong. */
  carveOut?: string;
};

/** The Annex III points in the order of the Annex, each with its area. @public */
export const ANNEX_III_USE_CASES: readonly AnnexIIIUseCaseOption[] = [
  {
    value: '1a',
    area: 'biometrics',
    label: 'Remote biometric identification',
    help: 'Identifies people at a distance by comparing their face, voice or other biometric data with a reference database.',
    article: 'Annex III point 1(a)',
    carveOut:
      'Verification whose only purpose is to confirm that a person is who they claim to be, such as unlocking a phone or entering a building, is not covered.',
  },
  {
    value: '1b',
    area: 'biometrics',
    label: 'Biometric categorisation by sensitive or protected traits',
    help: 'Sorts people into groups by sensitive or protected characteristics inferred from their biometric data.',
    article: 'Annex III point 1(b)',
    carveOut:
      'Inferring race, political opinions, union membership, religion or beliefs, sex life or sexual orientation is not merely high-risk: it is prohibited (Art. 5(1)(g)).',
  },
  {
    value: '1c',
    area: 'biometrics',
    label: 'Emotion recognition',
    help: 'Infers people’s emotions or intentions from their biometric data.',
    article: 'Annex III point 1(c)',
    carveOut:
      'At work or in education it is prohibited rather than high-risk, unless it is used for medical or safety reasons (Art. 5(1)(f)).',
  },
  {
    value: '2',
    area: 'critical-infrastructure',
    label: 'Safety component of critical infrastructure',
    help: 'A safety component in managing or operating critical digital infrastructure, road traffic, or the supply of water, gas, heating or electricity.',
    article: 'Annex III point 2',
  },
  {
    value: '3a',
    area: 'education',
    label: 'Access, admission or assignment',
    help: 'Decides who gets access to, is admitted to or is assigned to education and vocational training institutions at any level.',
    article: 'Annex III point 3(a)',
  },
  {
    value: '3b',
    area: 'education',
    label: 'Evaluating learning outcomes',
    help: 'Evaluates what people have learned, including when the result is used to steer their learning.',
    article: 'Annex III point 3(b)',
  },
  {
    value: '3c',
    area: 'education',
    label: 'Deciding the level of education',
    help: 'Assesses the level of education a person will receive or be able to access.',
    article: 'Annex III point 3(c)',
  },
  {
    value: '3d',
    area: 'education',
    label: 'Monitoring students during tests',
    help: 'Watches for and detects forbidden behaviour of students during tests.',
    article: 'Annex III point 3(d)',
  },
  {
    value: '4a',
    area: 'employment',
    label: 'Recruitment and selection',
    help: 'Places targeted job ads, analyses and filters applications, or evaluates candidates.',
    article: 'Annex III point 4(a)',
  },
  {
    value: '4b',
    area: 'employment',
    label: 'Decisions about workers',
    help: 'Decides on terms of work, promotion or termination, allocates tasks from behaviour or personal traits, or monitors and evaluates how workers perform and behave.',
    article: 'Annex III point 4(b)',
  },
  {
    value: '5a',
    area: 'essential-services',
    label: 'Eligibility for public benefits and services',
    help: 'Used by or for public authorities to decide whether people are eligible for essential public benefits and services, healthcare included, or to grant, reduce, revoke or reclaim them.',
    article: 'Annex III point 5(a)',
  },
  {
    value: '5b',
    area: 'essential-services',
    label: 'Creditworthiness and credit scoring',
    help: 'Evaluates whether people are creditworthy or sets their credit score.',
    article: 'Annex III point 5(b)',
    carveOut: 'Systems used to detect financial fraud are not covered.',
  },
  {
    value: '5c',
    area: 'essential-services',
    label: 'Life and health insurance risk and pricing',
    help: 'Assesses risk and sets prices for people’s life and health insurance.',
    article: 'Annex III point 5(c)',
    carveOut:
      'Other insurance, such as car or home insurance, is not covered by this point.',
  },
  {
    value: '5d',
    area: 'essential-services',
    label: 'Emergency calls and triage',
    help: 'Evaluates and classifies emergency calls, dispatches or prioritises police, fire and medical first responders, or triages patients in emergency healthcare.',
    article: 'Annex III point 5(d)',
  },
  {
    value: '6a',
    area: 'law-enforcement',
    label: 'Risk of becoming a victim',
    help: 'Used by or for law enforcement to assess how likely a person is to become a victim of crime.',
    article: 'Annex III point 6(a)',
  },
  {
    value: '6b',
    area: 'law-enforcement',
    label: 'Polygraphs in law enforcement',
    help: 'Polygraphs and similar tools used by or for law enforcement.',
    article: 'Annex III point 6(b)',
  },
  {
    value: '6c',
    area: 'law-enforcement',
    label: 'Reliability of evidence',
    help: 'Evaluates how reliable evidence is when crimes are investigated or prosecuted.',
    article: 'Annex III point 6(c)',
  },
  {
    value: '6d',
    area: 'law-enforcement',
    label: 'Risk of offending',
    help: 'Assesses the risk of a person offending or re-offending, not from profiling alone, or assesses personality traits or past criminal behaviour.',
    article: 'Annex III point 6(d)',
    carveOut:
      'Predicting crime from profiling or personality traits alone is prohibited rather than high-risk (Art. 5(1)(d)).',
  },
  {
    value: '6e',
    area: 'law-enforcement',
    label: 'Profiling in criminal investigations',
    help: 'Profiles people while crimes are detected, investigated or prosecuted.',
    article: 'Annex III point 6(e)',
  },
  {
    value: '7a',
    area: 'migration',
    label: 'Polygraphs in migration and border control',
    help: 'Polygraphs and similar tools used by or for migration, asylum or border authorities.',
    article: 'Annex III point 7(a)',
  },
  {
    value: '7b',
    area: 'migration',
    label: 'Risks posed by a traveller',
    help: 'Assesses a security, irregular-migration or health risk posed by a person who intends to enter, or has entered, a Member State.',
    article: 'Annex III point 7(b)',
  },
  {
    value: '7c',
    area: 'migration',
    label: 'Asylum, visa and residence applications',
    help: 'Helps examine applications for asylum, visas or residence permits and related complaints, including how reliable the evidence is.',
    article: 'Annex III point 7(c)',
  },
  {
    value: '7d',
    area: 'migration',
    label: 'Detecting and identifying people at borders',
    help: 'Detects, recognises or identifies people in migration, asylum or border control.',
    article: 'Annex III point 7(d)',
    carveOut: 'Verifying travel documents is not covered.',
  },
  {
    value: '8a',
    area: 'justice-democracy',
    label: 'Assisting judicial authorities',
    help: 'Helps a judicial authority, or an alternative dispute resolution body, research and interpret facts and law and apply the law to the facts.',
    article: 'Annex III point 8(a)',
  },
  {
    value: '8b',
    area: 'justice-democracy',
    label: 'Influencing elections and voting',
    help: 'Meant to influence the outcome of an election or referendum, or how people vote.',
    article: 'Annex III point 8(b)',
    carveOut:
      'Tools whose output people are not directly exposed to, such as those that organise, optimise or structure political campaigns administratively or logistically, are not covered.',
  },
];

/** The Annex III points of one area, in the order of the Annex; none for `none`. @public */
export function annexIIIUseCasesOf(
  area: AnnexIIIArea,
): readonly AnnexIIIUseCaseOption[] {
  return ANNEX_III_USE_CASES.filter(o => o.area === area);
}
