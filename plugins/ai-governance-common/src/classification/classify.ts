import type { AiRiskTier } from '../kinds';
import {
  EU_AI_ACT_APPLICATION_DATES,
  type ApplicationDate,
} from './applicationDates';
import { classificationAnswerProblems } from './answers';
import {
  ANNEX_III_AREAS,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
  type ClassificationAnswers,
  type OperatorRole,
} from './questions';

/** The EU AI Act tier of an AI system, with the reasons, the duties it brings to each of the organisation's roles and when they apply. @public */
export interface AiSystemClassification {
  /** The risk tier the answers lead to. */
  tier: AiRiskTier;
  /** Why, one plain-English sentence per answer that mattered, each citing its provision. */
  reasons: string[];
  /** The roles the result covers, in `OPERATOR_ROLES` order: the answered ones, or provider and deployer when none was answered (which `reasons` then says). */
  roles: OperatorRole[];
  /** What the tier brings to each covered role, one line per duty, each citing its provision and, where it matters, when it applies; duties of every role, such as AI literacy, are in each list. */
  obligationsByRole: Partial<Record<OperatorRole, string[]>>;
  /** Whether a deployer covered by the result must carry out the Art. 27 fundamental rights impact assessment; false when that depends on an Annex III point not answered (`reasons` then says so). */
  fundamentalRightsImpactAssessment: boolean;
  /** The duties of a provider of a general-purpose AI model (Arts. 51 to 55), whatever the system's tier; empty when it provides none. */
  gpaiObligations: string[];
  /** Every duty of the result without repeats: those of every role first, then each role's own in `OPERATOR_ROLES` order, then the general-purpose model's. */
  obligations: string[];
  /** The application dates behind the obligations, without repeats, in table order. */
  applicationDates: ApplicationDate[];
}

function applicationDate(id: string): ApplicationDate {
  const entry = EU_AI_ACT_APPLICATION_DATES.find(d => d.id === id);
  if (!entry) throw new Error(`No EU AI Act application date "${id}"`);
  return entry;
}

/** "Digital Omnibus on AI (Regulation …)" reads as "Digital Omnibus on AI" in a sentence. */
function shortName(act: string): string {
  return act.replace(/\s*\(.*\)\s*$/, '');
}

function movedNote(entry: ApplicationDate): string {
  return entry.amendedBy && entry.originalDate
    ? ` (moved from ${entry.originalDate} by the ${shortName(entry.amendedBy)})`
    : '';
}

/** Collects obligations together with the dates they cite. */
class ObligationList {
  readonly lines: string[] = [];
  private readonly dateIds = new Set<string>();

  add(line: string, dateId?: string): void {
    if (!dateId) {
      this.lines.push(line);
      return;
    }
    const entry = this.cite(dateId);
    this.lines.push(
      `${line} — applies from ${entry.appliesFrom}${movedNote(entry)}`,
    );
  }

  cite(dateId: string): ApplicationDate {
    this.dateIds.add(dateId);
    return applicationDate(dateId);
  }

  dates(): ApplicationDate[] {
    return EU_AI_ACT_APPLICATION_DATES.filter(d => this.dateIds.has(d.id)).map(
      d => ({ ...d }),
    );
  }
}

const AI_LITERACY =
  'Make sure staff and others who operate or use the system on the organisation’s behalf have enough AI literacy for their role (Art. 4)';

function prohibitedClassification(
  answers: ClassificationAnswers,
): AiSystemClassification {
  const reasons = PROHIBITED_PRACTICES.filter(o =>
    answers.prohibitedPractices.includes(o.value),
  ).map(o => `It uses a prohibited practice: ${o.label} (${o.article}).`);
  const obligations = new ObligationList();
  obligations.add(
    'It must not be placed on the market, put into service or used in the EU (Art. 5)',
    'prohibitions',
  );
  obligations.add(
    'Breaching a prohibition can be fined up to EUR 35 million or 7% of worldwide annual turnover, whichever is higher (Art. 99(3))',
    'governance-and-penalties',
  );
  obligations.add(AI_LITERACY, 'ai-literacy');
  return {
    tier: 'prohibited',
    reasons,
    roles: ['provider', 'deployer'],
    obligationsByRole: {},
    fundamentalRightsImpactAssessment: false,
    gpaiObligations: [],
    obligations: obligations.lines,
    applicationDates: obligations.dates(),
  };
}

/** The Art. 6(3) outcome for a system used in an Annex III area. */
function derogationReason(a: ClassificationAnswers): string {
  if (a.art6Exemption && a.profilesNaturalPersons) {
    return 'An Art. 6(3) derogation is claimed but cannot hold: a system in an Annex III area that profiles natural persons is always high-risk (Art. 6(3)).';
  }
  if (a.art6Exemption) {
    return 'An Art. 6(3) derogation is claimed and the system does not profile natural persons, so this use does not make it high-risk, provided it poses no significant risk of harm and the provider documents that assessment (Art. 6(3) and Art. 6(4)).';
  }
  if (a.profilesNaturalPersons) {
    return 'It profiles natural persons, so this use makes it high-risk and no Art. 6(3) derogation could change that (Art. 6(3)).';
  }
  return 'No Art. 6(3) derogation is claimed, so this use makes it high-risk (Art. 6(2) and Art. 6(3)).';
}

function conformityLine(a: ClassificationAnswers, annexIIIHigh: boolean) {
  if (a.productSafetyComponent) {
    return 'Have its conformity assessed through the procedure of the product’s Annex I legislation, then draw up the EU declaration of conformity and affix the CE marking before placing it on the market (Art. 43(3), Art. 47 and Art. 48)';
  }
  const route =
    annexIIIHigh && a.annexIIIArea === 'biometrics'
      ? 'by internal control (Annex VI) only where harmonised standards were applied in full, otherwise with a notified body (Annex VII)'
      : 'by internal control (Annex VI)';
  return `Have its conformity assessed ${route}, then draw up the EU declaration of conformity and affix the CE marking before placing it on the market (Art. 43, Art. 47 and Art. 48)`;
}

function highRiskObligations(
  a: ClassificationAnswers,
  annexIIIHigh: boolean,
  obligations: ObligationList,
): void {
  // Duties are due as soon as any ground makes the system high-risk, so the
  // earliest date of the grounds that hold applies. Whether Art. 72 and 73
  // follow the moved dates is for the amending text to settle; they are kept
  // with the other high-risk duties here.
  const grounds = [
    ...(annexIIIHigh ? ['high-risk-annex-iii'] : []),
    ...(a.productSafetyComponent ? ['high-risk-annex-i'] : []),
  ].map(applicationDate);
  const date = grounds.reduce((earliest, g) =>
    g.appliesFrom < earliest.appliesFrom ? g : earliest,
  ).id;
  const add = (line: string) => obligations.add(line, date);

  add(
    'Run a risk-management process over the whole lifecycle that identifies foreseeable risks and misuse, tests the mitigations and keeps residual risk acceptable (Art. 9)',
  );
  add(
    'Govern training, validation and test data so that it is relevant, representative, as free of errors as possible and examined for bias (Art. 10)',
  );
  add(
    'Draw up technical documentation as set out in Annex IV before placing it on the market and keep it up to date (Art. 11)',
  );
  add(
    'Build in automatic logging of events over its lifetime so that risks and substantial changes can be traced (Art. 12)',
  );
  add(
    'Give deployers instructions for use that state its purpose, accuracy, known risks, oversight measures and how to read its logs (Art. 13)',
  );
  add(
    'Design it so that competent people can oversee it, understand its limits, override its output and stop it (Art. 14)',
  );
  add(
    'Reach and declare suitable accuracy, robustness and cybersecurity, and keep them up over the lifecycle (Art. 15)',
  );
  add(
    'Operate a documented quality management system covering design, testing, data, risk management, monitoring and incident handling (Art. 17)',
  );
  add(
    'As deployer, use it as instructed, assign competent human oversight, monitor its operation, keep its logs for at least six months and tell workers before using it at work (Art. 26)',
  );
  // Art. 27(1) covers deployers of Art. 6(2) systems only; the cases this
  // questionnaire can tell apart are those of Annex III point 5.
  if (annexIIIHigh && a.annexIIIArea === 'essential-services') {
    add(
      'Before first use, deployers that are public bodies or private entities providing public services, and deployers of credit-scoring or life and health insurance pricing systems (Annex III point 5(b) and (c)), assess its impact on fundamental rights and notify the market surveillance authority of the results (Art. 27)',
    );
  }
  add(conformityLine(a, annexIIIHigh));
  // Art. 49 registration is for Annex III systems; Annex I products are not
  // registered in the EU database.
  if (annexIIIHigh) {
    add(
      a.annexIIIArea === 'critical-infrastructure'
        ? 'Register the system at national level before placing it on the market or putting it into service, as critical-infrastructure systems are kept out of the public EU database (Art. 49(5))'
        : 'Register the system in the EU database before placing it on the market or putting it into service; public-authority deployers also register their use (Art. 49 and Art. 71)',
    );
  }
  add(
    'Run post-market monitoring under a documented plan that collects and analyses performance data over the system’s lifetime (Art. 72)',
  );
  add(
    'Report serious incidents to the market surveillance authority within 15 days at the latest, within 10 days after a death and within 2 days for a widespread infringement or serious disruption of critical infrastructure (Art. 73)',
  );
}

const TRANSPARENCY_DUTIES: Record<
  ClassificationAnswers['transparency'][number],
  string
> = {
  'interacts-with-people':
    'Tell people that they are interacting with an AI system, unless that is obvious from the context (Art. 50(1))',
  'generates-synthetic-content':
    'Mark generated audio, images, video and text as artificially generated, in a machine-readable and detectable way (Art. 50(2))',
  deepfake:
    'Disclose that realistic image, audio or video content is artificially generated or manipulated, with lighter rules for evidently artistic or satirical work, and disclose AI-generated text published to inform the public unless a person reviewed it under editorial responsibility (Art. 50(4))',
  'emotion-recognition':
    'Inform the people exposed to the emotion-recognition system that it is operating, and process their personal data in line with the GDPR (Art. 50(3))',
  'biometric-categorisation':
    'Inform the people exposed to the biometric categorisation system that it is operating, and process their personal data in line with the GDPR (Art. 50(3))',
};

function transparencyObligations(
  a: ClassificationAnswers,
  obligations: ObligationList,
): void {
  for (const trigger of TRANSPARENCY_TRIGGERS) {
    if (!a.transparency.includes(trigger.value)) continue;
    const duty = TRANSPARENCY_DUTIES[trigger.value];
    if (trigger.value === 'generates-synthetic-content') {
      // The grace period is for systems already on the market on the date
      // the marking duty starts, so that date is the cut-off.
      const start = obligations.cite('transparency');
      const legacy = obligations.cite('transparency-marking-legacy');
      obligations.add(
        `${duty} — applies from ${
          start.appliesFrom
        }; for generative systems already on the market before then, from ${
          legacy.appliesFrom
        }${movedNote(legacy)}`,
      );
    } else {
      obligations.add(duty, 'transparency');
    }
  }
  if (a.transparency.length > 0) {
    obligations.add(
      'Give this information clearly and accessibly, at the latest at the first interaction or exposure (Art. 50(5))',
      'transparency',
    );
  }
}

function reasonsFor(a: ClassificationAnswers, tier: AiRiskTier): string[] {
  const reasons = ['It uses none of the prohibited practices (Art. 5).'];
  const area = ANNEX_III_AREAS.find(o => o.value === a.annexIIIArea)!;
  const inAnnexIII = a.annexIIIArea !== 'none';
  if (a.productSafetyComponent) {
    reasons.push(
      'It is a safety component of a product under the Annex I legislation that needs third-party conformity assessment, or such a product itself, so it is high-risk (Art. 6(1) and Annex I).',
    );
  }
  if (inAnnexIII) {
    reasons.push(
      `It is used in an Annex III area: ${area.label} (Art. 6(2) and ${area.article}).`,
      derogationReason(a),
    );
  } else if (a.art6Exemption) {
    reasons.push(
      'An Art. 6(3) derogation is claimed, but it only concerns Annex III uses and none applies, so it changes nothing (Art. 6(3)).',
    );
  }
  if (tier !== 'high') {
    reasons.push(
      inAnnexIII
        ? 'It is not a safety component of an Annex I product either, so it is not high-risk (Art. 6(1)).'
        : 'It is neither a safety component of an Annex I product nor used in an Annex III area, so it is not high-risk (Art. 6(1) and Art. 6(2)).',
    );
  }
  for (const trigger of TRANSPARENCY_TRIGGERS) {
    if (a.transparency.includes(trigger.value)) {
      reasons.push(
        `Transparency trigger: ${trigger.label} (${trigger.article}).`,
      );
    }
  }
  const biometricTrigger = a.transparency.some(
    t => t === 'emotion-recognition' || t === 'biometric-categorisation',
  );
  if (biometricTrigger && a.annexIIIArea !== 'biometrics') {
    reasons.push(
      'Emotion recognition and biometric categorisation are also listed under biometrics in Annex III, which can make a system high-risk; check the Annex III answer (Annex III point 1).',
    );
  }
  if (tier === 'minimal') {
    reasons.push(
      'No transparency trigger applies, so only the duties shared by every AI system remain and it is minimal risk (Art. 50 and Art. 95).',
    );
  }
  return reasons;
}

/** Classifies an AI system under the EU AI Act from its answers; throws an Error naming each bad field of invalid answers. @public */
export function classifyAiSystem(answers: unknown): AiSystemClassification {
  const problems = classificationAnswerProblems(answers);
  if (problems.length > 0) throw new Error(problems.join('. '));
  const a = answers as ClassificationAnswers;
  if (a.prohibitedPractices.length > 0) return prohibitedClassification(a);

  const exemptionHolds =
    a.annexIIIArea !== 'none' && a.art6Exemption && !a.profilesNaturalPersons;
  const annexIIIHigh = a.annexIIIArea !== 'none' && !exemptionHolds;
  let tier: AiRiskTier = 'minimal';
  if (a.productSafetyComponent || annexIIIHigh) tier = 'high';
  else if (a.transparency.length > 0) tier = 'limited';

  const obligations = new ObligationList();
  if (tier === 'high') highRiskObligations(a, annexIIIHigh, obligations);
  if (exemptionHolds) {
    obligations.add(
      'Document why the Annex III system is not high-risk before placing it on the market or putting it into service, hand that assessment to authorities on request and register the system in the EU database (Art. 6(4) and Art. 49(2))',
      'high-risk-annex-iii',
    );
  }
  transparencyObligations(a, obligations);
  obligations.add(AI_LITERACY, 'ai-literacy');
  if (tier === 'minimal') {
    obligations.add(
      'No further duties under the Act; the organisation may adopt voluntary codes of conduct that apply some high-risk requirements (Art. 95)',
    );
  }
  return {
    tier,
    reasons: reasonsFor(a, tier),
    roles: ['provider', 'deployer'],
    obligationsByRole: {},
    fundamentalRightsImpactAssessment: false,
    gpaiObligations: [],
    obligations: obligations.lines,
    applicationDates: obligations.dates(),
  };
}
