import type {
  BaselineResult,
  EntityControl,
  RiskScenario,
} from '@aigov/plugin-ai-governance-common';
import type { AiGovernanceSchemas } from '@aigov/plugin-ai-governance-common';

/*
 * Where -common's types are wider than the spec: -common keeps Annex A
 * control ids as strings (its libraries are data), while the spec lists the
 * 38 ids. These narrow the records to the spec's types at the edge; the
 * tests' response validation holds the values themselves to the spec.
 */

type Schemas = AiGovernanceSchemas;

/** A Statement of Applicability row as the spec types it. */
export const controlAnswer = (c: EntityControl) =>
  c as Schemas['EntityControl'];

/** Risk scenarios as the spec types them. */
export const scenariosAnswer = (items: RiskScenario[]) =>
  items as Schemas['RiskScenario'][];

/** An onboarding result as the spec types it. */
export const baselineAnswer = (result: BaselineResult) =>
  result as Schemas['Baseline'];
