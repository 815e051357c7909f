import {
  AI_RISK_TIERS,
  ANNEX_III_AREAS,
  type AiRiskTier,
  type AiSystemClassification,
  type Assessment,
  type ClassificationAnswers,
  type ClassificationOption,
  DEFAULT_CLASSIFICATION_ANSWERS,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
  classifyAiSystem,
} from '@aigov/plugin-ai-governance-common';

/*
 * The questions, their options and the classification itself live in
 * @aigov/plugin-ai-governance-common, shared with the backend and the
 * scaffolder field. This module only adapts them to what the frontend stores
 * and reads back, which may predate the current options or result shape.
 */

type JsonObject = Assessment['answers'];

/** Keeps the known values of `options` found in `v`, once each. */
function known<V extends string>(
  v: unknown,
  options: readonly ClassificationOption<V>[],
): V[] {
  if (!Array.isArray(v)) return [];
  const values = new Set<string>(options.map(o => o.value));
  return [...new Set(v)].filter((x): x is V => values.has(x));
}

/**
 * Reads stored answers, which may be partial or hold values the options no
 * longer list: missing answers take their defaults, unknown values are
 * dropped, so the result always classifies.
 */
export function toClassificationAnswers(
  answers: JsonObject | undefined,
): ClassificationAnswers {
  const a = answers ?? {};
  const area = ANNEX_III_AREAS.find(o => o.value === a.annexIIIArea);
  return {
    prohibitedPractices: known(a.prohibitedPractices, PROHIBITED_PRACTICES),
    annexIIIArea: area?.value ?? DEFAULT_CLASSIFICATION_ANSWERS.annexIIIArea,
    productSafetyComponent: a.productSafetyComponent === true,
    art6Exemption: a.art6Exemption === true,
    profilesNaturalPersons: a.profilesNaturalPersons === true,
    transparency: known(a.transparency, TRANSPARENCY_TRIGGERS),
  };
}

/** What a classification assessment stores as its `result`. */
export type ClassificationResult = Pick<
  AiSystemClassification,
  'tier' | 'reasons' | 'obligations'
>;

/**
 * The result to store for the answers. Application dates are left out:
 * amendments move them (the Digital Omnibus did), so a copy frozen into the
 * record would go stale; live views take them from the classifier.
 */
export function classificationResult(
  answers: ClassificationAnswers,
): ClassificationResult {
  const { tier, reasons, obligations } = classifyAiSystem(answers);
  return { tier, reasons, obligations };
}

/** A stored result as far as it can be shown; `obligations` only when stored. */
export interface StoredClassificationResult {
  tier: AiRiskTier;
  reasons: string[];
  obligations?: string[];
}

const isTier = (v: unknown): v is AiRiskTier =>
  (AI_RISK_TIERS as readonly unknown[]).includes(v);

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * Reads a stored `result`. Results saved before the shared classifier name
 * the tier `suggestedTier` and have no obligations; the demo seed has `tier`
 * and reasons only. Anything without a known tier reads as no result.
 */
export function readStoredClassificationResult(
  result: unknown,
): StoredClassificationResult | undefined {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    return undefined;
  }
  const r = result as Record<string, unknown>;
  const tier = isTier(r.tier) ? r.tier : r.suggestedTier;
  if (!isTier(tier)) return undefined;
  return {
    tier,
    reasons: strings(r.reasons),
    ...(Array.isArray(r.obligations) && {
      obligations: strings(r.obligations),
    }),
  };
}
