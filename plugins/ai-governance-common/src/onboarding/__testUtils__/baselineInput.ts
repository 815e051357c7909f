import { DEFAULT_CLASSIFICATION_ANSWERS } from '../../classification';
import { buildGovernanceBaseline } from '../baseline';
import type { GovernanceBaselineInput, SupplierDetails } from '../types';

/** The owner every baseline of these tests is built for. */
export const OWNER = 'group:default/payments-risk';

/** A signed supplier of models, with `overrides`. */
export const supplier = (
  overrides: Partial<SupplierDetails> = {},
): SupplierDetails => ({
  name: 'Acme Models Ltd',
  contractStatus: 'signed',
  dataShared: ['support tickets', 'product catalogue'],
  ...overrides,
});

/** An in-house, minimal-risk LLM application owned by OWNER, with `overrides`. */
export const input = (
  overrides: Partial<GovernanceBaselineInput> = {},
): GovernanceBaselineInput => ({
  systemType: 'llm-application',
  answers: { ...DEFAULT_CLASSIFICATION_ANSWERS, transparency: [] },
  owner: OWNER,
  sourcing: 'in-house',
  ...overrides,
});

/** The Statement of Applicability row of control `id` in `baseline`. */
export const control = (
  baseline: ReturnType<typeof buildGovernanceBaseline>,
  id: string,
) => baseline.controls.find(c => c.controlId === id)!;
