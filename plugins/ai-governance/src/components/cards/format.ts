/**
 * Small formatting helpers shared by the cards and the dashboard. Percentages
 * use the same "80 %" form as the scorecard's own "what is missing" texts, so
 * the numbers on screen read the same as the advice next to them.
 */

/** A 0–1 ratio as a whole percentage, e.g. `0.8` → `"80 %"`. */
export const formatPercent = (ratio: number): string =>
  `${Math.round(ratio * 100)} %`;

/** `human-in-the-loop` → `Human in the loop`. */
export const humanize = (value: string): string => {
  const words = value.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase('en-US') + words.slice(1);
};

/** `1 risk`, `2 risks`: counts read as words next to a number. */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;
