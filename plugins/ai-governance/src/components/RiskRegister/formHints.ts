import {
  LIFECYCLE_STAGES,
  riskScore,
} from '@aigov/plugin-ai-governance-common';
import { isPast } from '../shared/format';
import { LIFECYCLE_STAGE_LABELS } from './constants';
import type { RiskFormValues } from './riskForm';

/*
 * Warnings the form shows while the user types. They do not block a save:
 * the API accepts these values, but they are more often slips than intent.
 */

const scoreOf = (likelihood: string, impact: string) => {
  const l = Number(likelihood);
  const i = Number(impact);
  return l && i ? riskScore(l, i) : null;
};

/** Says when the residual score is above the inherent one: treatment should lower a risk, not raise it. */
export function residualAboveInherent(
  values: RiskFormValues,
): string | undefined {
  const inherent = scoreOf(values.likelihood, values.impact);
  const residual = scoreOf(values.residualLikelihood, values.residualImpact);
  if (inherent === null || residual === null || residual <= inherent) {
    return undefined;
  }
  return `The residual score (${residual}) is above the inherent score (${inherent}). Residual is what is left after the controls work, so it is usually lower; check both pairs.`;
}

/** Says when a date the user picked has already passed, and what that means. */
export function pastDateWarning(
  date: string,
  consequence: string,
  now?: Date,
): string | undefined {
  return isPast(date, now) ? `This date has passed: ${consequence}` : undefined;
}

/**
 * The life-cycle stage's schema message lists the stored values
 * ("design, data, …"); the form lists the stages as the select shows them.
 */
export function lifecycleStageMessage(
  message: string | undefined,
): string | undefined {
  if (!message?.startsWith('must be one of')) return message;
  const stages = LIFECYCLE_STAGES.map(s => LIFECYCLE_STAGE_LABELS[s]);
  return `Choose a stage: ${stages.join(', ')}`;
}
