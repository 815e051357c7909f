import { RISK_LEVELS, type RiskLevel } from './constants';

/**
 * Maps a risk score (likelihood × impact, 1–25) to a level: each level
 * covers the scores from its `min` up to the next level's `min` − 1.
 * @public
 */
export type RiskMatrix = Record<RiskLevel, { min: number }>;

/** The default matrix: low 1–4, medium 5–9, high 10–16, critical 17–25. @public */
export const DEFAULT_RISK_MATRIX: RiskMatrix = {
  low: { min: 1 },
  medium: { min: 5 },
  high: { min: 10 },
  critical: { min: 17 },
};

/** Throws when a matrix does not start at 1 or its thresholds do not rise within 1–25. @public */
export function validateRiskMatrix(matrix: RiskMatrix): RiskMatrix {
  if (matrix.low.min !== 1) {
    throw new Error('riskMatrix.low.min must be 1');
  }
  for (let i = 1; i < RISK_LEVELS.length; i++) {
    const prev = matrix[RISK_LEVELS[i - 1]].min;
    const cur = matrix[RISK_LEVELS[i]].min;
    if (!Number.isInteger(cur) || cur <= prev || cur > 25) {
      throw new Error(
        `riskMatrix.${RISK_LEVELS[i]}.min must be an integer above ${prev} and at most 25`,
      );
    }
  }
  return matrix;
}

/** The score of a risk. @public */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The level a score falls in. @public */
export function riskLevel(
  score: number,
  matrix: RiskMatrix = DEFAULT_RISK_MATRIX,
): RiskLevel {
  let level: RiskLevel = 'low';
  for (const candidate of RISK_LEVELS) {
    if (score >= matrix[candidate].min) {
      level = candidate;
    }
  }
  return level;
}

/** True when `level` is at or above `threshold`. @public */
export function isAtOrAbove(level: RiskLevel, threshold: RiskLevel): boolean {
  return RISK_LEVELS.indexOf(level) >= RISK_LEVELS.indexOf(threshold);
}
