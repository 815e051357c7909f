import type { AiRiskTier } from '../kinds';
import { ANNEX_III_USE_CASES } from './annexIII';
import type { ApplicationDate } from './applicationDates';
import { classificationAnswerProblems } from './answers';
import {
  DEROGATION_RECORD,
  derogationHolds,
  derogationReasons,
} from './derogation';
import type { FriaOutcome } from './fria';
import { gpaiDuties, gpaiReasons } from './gpai';
import { AI_LITERACY, Duties, applicationDate } from './obligations';
import { highRiskRoleDuties } from './roles';
import { transparencyDuties } from './transparency';
import {
  ANNEX_III_AREAS,
  OPERATOR_ROLES,
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

/** The roles covered when none is answered: the two the first release always listed. */
const DEFAULT_ROLES: readonly OperatorRole[] = ['provider', 'deployer'];

function coveredRoles(a: ClassificationAnswers): OperatorRole[] {
  const given = a.operatorRoles ?? DEFAULT_ROLES;
  return OPERATOR_ROLES.map(o => o.value).filter(r => given.includes(r));
}

function rolesReason(a: ClassificationAnswers, roles: OperatorRole[]): string {
  if (!a.operatorRoles) {
    return 'No operator role was answered, so the duties listed are those of a provider and a deployer; answer the roles to list only those that apply (Art. 3(3) and Art. 3(4)).';
  }
  const options = OPERATOR_ROLES.filter(o => roles.includes(o.value));
  return `The duties listed are those of the organisation’s ${
    options.length === 1 ? 'role' : 'roles'
  }: ${options.map(o => `${o.label} (${o.article})`).join(', ')}.`;
}

const NEW_PRACTICE = 'non-consensual-intimate-imagery';

function prohibitedDuties(a: ClassificationAnswers, duties: Duties): void {
  // The amendment's practice is banned from its own, later date, so it gets
  // its own line rather than the date of the original bans.
  if (a.prohibitedPractices.some(p => p !== NEW_PRACTICE)) {
    duties.add(
      'all',
      'It must not be placed on the market, put into service or used in the EU (Art. 5)',
      'prohibitions',
    );
  }
  if (a.prohibitedPractices.includes(NEW_PRACTICE)) {
    duties.add(
      'all',
      'It must not be placed on the market, put into service or used in the EU, as the Digital Omnibus on AI bans systems that generate non-consensual intimate imagery or child sexual abuse material (Art. 5(1) as amended)',
      'prohibition-intimate-imagery',
    );
  }
  duties.add(
    'all',
    'Breaching a prohibition can be fined up to EUR 35 million or 7% of worldwide annual turnover, whichever is higher (Art. 99(3))',
    'governance-and-penalties',
  );
  duties.add('all', AI_LITERACY, 'ai-literacy');
}

/** Duties are due as soon as any ground makes the system high-risk, so the earliest date of the grounds that hold applies. */
function highRiskDateId(a: ClassificationAnswers, annexIIIHigh: boolean) {
  const grounds = [
    ...(annexIIIHigh ? ['high-risk-annex-iii'] : []),
    ...(a.productSafetyComponent ? ['high-risk-annex-i'] : []),
  ].map(applicationDate);
  return grounds.reduce((earliest, g) =>
    g.appliesFrom < earliest.appliesFrom ? g : earliest,
  ).id;
}

function annexIIIReasons(a: ClassificationAnswers): string[] {
  const area = ANNEX_III_AREAS.find(o => o.value === a.annexIIIArea)!;
  const point = ANNEX_III_USE_CASES.find(o => o.value === a.annexIIIUseCase);
  if (!point) {
    return [
      `It is used in an Annex III area: ${area.label} (Art. 6(2) and ${area.article}).`,
    ];
  }
  return [
    `It is used for an Annex III use: ${point.label}, in the area ${area.label} (Art. 6(2) and ${point.article}).`,
    ...(point.carveOut
      ? [`What ${point.article} leaves out: ${point.carveOut}`]
      : []),
  ];
}

function tierReasons(a: ClassificationAnswers, tier: AiRiskTier): string[] {
  const reasons = ['It uses none of the prohibited practices (Art. 5).'];
  const inAnnexIII = a.annexIIIArea !== 'none';
  if (a.productSafetyComponent) {
    reasons.push(
      'It is a safety component of a product under the Annex I legislation that needs third-party conformity assessment, or such a product itself, so it is high-risk (Art. 6(1) and Annex I).',
    );
  }
  if (inAnnexIII) {
    reasons.push(...annexIIIReasons(a), ...derogationReasons(a));
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

function result(
  tier: AiRiskTier,
  reasons: string[],
  duties: Duties,
  fundamentalRightsImpactAssessment: boolean,
): AiSystemClassification {
  return {
    tier,
    reasons,
    roles: [...duties.roles],
    obligationsByRole: duties.byRole(),
    fundamentalRightsImpactAssessment,
    gpaiObligations: duties.of('gpai'),
    obligations: duties.union(),
    applicationDates: duties.dates(),
  };
}

/** Classifies an AI system under the EU AI Act from its answers, listing the duties of the roles answered (provider and deployer when none is); throws an Error naming each bad field of invalid answers. @public */
export function classifyAiSystem(answers: unknown): AiSystemClassification {
  const problems = classificationAnswerProblems(answers);
  if (problems.length > 0) throw new Error(problems.join('. '));
  return classifyCheckedAnswers(answers as ClassificationAnswers);
}

/** `classifyAiSystem` for answers the caller has already checked with `classificationAnswerProblems`, so they are not checked twice. @internal */
export function classifyCheckedAnswers(
  a: ClassificationAnswers,
): AiSystemClassification {
  const roles = coveredRoles(a);
  const duties = new Duties(roles);
  const closing = [rolesReason(a, roles), ...gpaiReasons(a.gpaiModel)];

  if (a.prohibitedPractices.length > 0) {
    prohibitedDuties(a, duties);
    gpaiDuties(a.gpaiModel, duties);
    const reasons = PROHIBITED_PRACTICES.filter(o =>
      a.prohibitedPractices.includes(o.value),
    ).map(o => `It uses a prohibited practice: ${o.label} (${o.article}).`);
    return result('prohibited', [...reasons, ...closing], duties, false);
  }

  const exemptionHolds = derogationHolds(a);
  const annexIIIHigh = a.annexIIIArea !== 'none' && !exemptionHolds;
  let tier: AiRiskTier = 'minimal';
  if (a.productSafetyComponent || annexIIIHigh) tier = 'high';
  else if (a.transparency.length > 0) tier = 'limited';

  duties.add('all', AI_LITERACY, 'ai-literacy');
  let fria: FriaOutcome = { applies: false, reasons: [] };
  if (tier === 'high') {
    const dateId = highRiskDateId(a, annexIIIHigh);
    fria = highRiskRoleDuties({ answers: a, annexIIIHigh, dateId }, duties);
  }
  if (exemptionHolds) {
    duties.add('provider', DEROGATION_RECORD, 'high-risk-annex-iii');
  }
  transparencyDuties(a, tier, duties);
  if (tier === 'minimal') {
    // Each role's list ends with it, after any duty of its own such as the
    // derogation record, so it reads as the closing line.
    duties.add(
      roles,
      'Beyond the duties listed, the Act sets none for a minimal-risk system; the organisation may adopt voluntary codes of conduct that apply some high-risk requirements (Art. 95)',
    );
  }
  gpaiDuties(a.gpaiModel, duties);
  return result(
    tier,
    [...tierReasons(a, tier), ...fria.reasons, ...closing],
    duties,
    fria.applies,
  );
}
