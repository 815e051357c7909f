import type { AiRiskTier } from '../kinds';
import { movedNote, type Duties } from './obligations';
import {
  OPERATOR_ROLES,
  TRANSPARENCY_TRIGGERS,
  type ClassificationAnswers,
  type OperatorRole,
  type TransparencyTrigger,
} from './questions';

/*
 * The Art. 50 transparency duties. Art. 50(1) and (2) bind the provider,
 * Art. 50(3) and (4) the deployer; the other roles have none of them.
 */

const TRANSPARENCY_DUTIES: Record<
  TransparencyTrigger,
  { role: OperatorRole; duty: string }
> = {
  'interacts-with-people': {
    role: 'provider',
    duty: 'Tell people that they are interacting with an AI system, unless that is obvious from the context (Art. 50(1))',
  },
  'generates-synthetic-content': {
    role: 'provider',
    duty: 'Mark generated audio, images, video and text as artificially generated, in a machine-readable and detectable way (Art. 50(2))',
  },
  deepfake: {
    role: 'deployer',
    duty: 'Disclose that realistic image, audio or video content is artificially generated or manipulated, with lighter rules for evidently artistic or satirical work, and disclose AI-generated text published to inform the public unless a person reviewed it under editorial responsibility (Art. 50(4))',
  },
  'emotion-recognition': {
    role: 'deployer',
    duty: 'Inform the people exposed to the emotion-recognition system that it is operating, and process their personal data in line with the GDPR (Art. 50(3))',
  },
  'biometric-categorisation': {
    role: 'deployer',
    duty: 'Inform the people exposed to the biometric categorisation system that it is operating, and process their personal data in line with the GDPR (Art. 50(3))',
  },
};

const NONE_FOR_ROLE =
  'None of the transparency duties that apply falls on this role: those of Art. 50(1) and (2) bind the provider, those of Art. 50(3) and (4) the deployer (Art. 50)';

/** The role an Art. 50 trigger's duty binds. */
export function transparencyRole(trigger: TransparencyTrigger): OperatorRole {
  return TRANSPARENCY_DUTIES[trigger].role;
}

/** Lists the Art. 50 duties of each trigger for the role it binds; at the limited tier, says so to a covered role that has none. */
export function transparencyDuties(
  a: ClassificationAnswers,
  tier: AiRiskTier,
  duties: Duties,
): void {
  const bound = new Set<OperatorRole>();
  for (const trigger of TRANSPARENCY_TRIGGERS) {
    if (!a.transparency.includes(trigger.value)) continue;
    const { role, duty } = TRANSPARENCY_DUTIES[trigger.value];
    bound.add(role);
    if (trigger.value === 'generates-synthetic-content') {
      // The grace period is for systems already on the market on the date
      // the marking duty starts, so that date is the cut-off.
      duties.addCiting(
        role,
        ['transparency', 'transparency-marking-legacy'],
        ([start, legacy]) =>
          `${duty} — applies from ${
            start.appliesFrom
          }; for generative systems already on the market before then, from ${
            legacy.appliesFrom
          }${movedNote(legacy)}`,
      );
    } else {
      duties.add(role, duty, 'transparency');
    }
  }
  if (bound.size > 0) {
    duties.add(
      [...bound],
      'Give this information clearly and accessibly, at the latest at the first interaction or exposure (Art. 50(5))',
      'transparency',
    );
  }
  if (tier !== 'limited') return;
  for (const { value: role } of OPERATOR_ROLES) {
    if (!bound.has(role)) duties.add(role, NONE_FOR_ROLE);
  }
}
