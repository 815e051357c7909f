import type { RiskLevel } from '@aigov/plugin-ai-governance-common';
import type { Theme } from '@material-ui/core/styles';

/*
 * Palette colours only, so chips, heat maps and bars follow the light and
 * dark themes, and a red heat-map cell means the same as a red chip.
 */

/** The colour of a risk level. */
export function riskLevelColour(theme: Theme, level: RiskLevel): string {
  switch (level) {
    case 'low':
      return theme.palette.success.main;
    case 'medium':
      return theme.palette.warning.light;
    case 'high':
      return theme.palette.warning.dark;
    default:
      return theme.palette.error.main;
  }
}

/** The colour of an EU AI Act tier, or undefined for a tier it does not know. */
export function tierColour(theme: Theme, tier: string): string | undefined {
  switch (tier) {
    case 'prohibited':
      return theme.palette.error.dark;
    case 'high':
      return riskLevelColour(theme, 'high');
    case 'limited':
      return theme.palette.info.main;
    case 'minimal':
      return theme.palette.success.dark;
    default:
      return undefined;
  }
}
