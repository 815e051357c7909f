import type { AimsClausePrefill } from '@aigov/plugin-ai-governance-common';
import {
  MEASURED_WITHIN_DAYS,
  type ObjectiveFigures,
} from '../../database/objectiveFigures';

const objectives = (n: number) => `${n} objective${n === 1 ? '' : 's'}`;

/**
 * AI objectives (6.2): implemented when objectives are set, each bound to a
 * measure with a target, and all are being measured (the daily snapshot
 * recorded each within the last days); partial while some are not
 * measured yet; a gap when none is set.
 */
export function objectivesPrefill(f: ObjectiveFigures): AimsClausePrefill {
  if (f.objectives === 0) {
    return {
      status: 'gap',
      reason: 'No objective of the management system is set',
    };
  }
  const measured = `${f.measuredObjectives} of ${objectives(
    f.objectives,
  )} with a measure and target measured in the last ${MEASURED_WITHIN_DAYS} days`;
  return {
    status: f.measuredObjectives === f.objectives ? 'implemented' : 'partial',
    reason: measured,
  };
}
