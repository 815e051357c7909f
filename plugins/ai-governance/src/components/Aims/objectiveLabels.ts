import {
  AIMS_MEASURE_INFO,
  type AimsMeasure,
  type ObjectiveDirection,
  type ObjectiveStatus,
  type ObjectiveTarget,
} from '@aigov/plugin-ai-governance-common';

/** An objective's status in words. */
export const OBJECTIVE_STATUS_LABELS: Record<ObjectiveStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  missed: 'Missed',
  met: 'Met',
};

/** A target's direction in words. */
export const DIRECTION_LABELS: Record<ObjectiveDirection, string> = {
  'at-least': 'At least',
  'at-most': 'At most',
};

/** Why the objective buttons are disabled; the wording follows the default policy. */
export const OBJECTIVE_UPDATE_DENIED =
  'Only the governance office can set and change the objectives of the management system';

/** A measure's value with its unit, e.g. `42.5%` or `3`; a dash without one. */
export function formatMeasure(
  measure: AimsMeasure,
  value: number | null,
): string {
  if (value === null) return '–';
  return AIMS_MEASURE_INFO[measure]?.unit === '%' ? `${value}%` : String(value);
}

/** A target in words, e.g. `at least 80%`. */
export const targetText = (measure: AimsMeasure, target: ObjectiveTarget) =>
  `${DIRECTION_LABELS[target.direction].toLocaleLowerCase(
    'en-US',
  )} ${formatMeasure(measure, target.value)}`;
