/**
 * The ai-governance backend plugin: governance records, scorecards and a
 * tamper-evident history for AI systems in the catalog.
 *
 * @packageDocumentation
 */

export { aiGovernancePlugin as default } from './plugin';
export {
  aiGovernanceConditions,
  createAiGovernanceConditionalDecision,
  aiGovernanceRules,
  governedEntityResourceRef,
  type GovernedEntityResource,
  type GovernedEntityQuery,
} from './permissions/rules';
