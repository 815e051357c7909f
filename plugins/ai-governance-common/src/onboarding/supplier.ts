/*
 * What the records say about the supplier of a third-party model or AI
 * service: a note for the supplier risks and the supplier-management row
 * of the Statement of Applicability, both from the contract's state.
 */
import type { ControlStatus } from '../records';
import type { GovernanceBaselineInput, SupplierContractStatus } from './types';

const CONTRACT_STATE: Record<
  SupplierContractStatus,
  { words: string; status: ControlStatus }
> = {
  none: { words: 'no contract yet', status: 'not-started' },
  negotiating: { words: 'contract under negotiation', status: 'planned' },
  signed: { words: 'contract signed', status: 'in-progress' },
  expired: { words: 'contract expired', status: 'not-started' },
};

/** The sentence a supplier risk's description ends with. */
export function supplierNote(input: GovernanceBaselineInput): string {
  const supplier = input.supplier;
  if (!supplier) {
    return 'The supplier of the third-party model is not recorded yet.';
  }
  const shared = supplier.dataShared.length
    ? ` Data shared with it: ${supplier.dataShared.join(', ')}.`
    : ' No data is recorded as shared with it.';
  return `Supplier: ${supplier.name} (${
    CONTRACT_STATE[supplier.contractStatus].words
  }).${shared}`;
}

/** The supplier-management control's status and justification, from the contract. */
export function supplierControl(input: GovernanceBaselineInput): {
  status: ControlStatus;
  justification: string;
} {
  const supplier = input.supplier;
  if (!supplier) {
    return {
      status: 'not-started',
      justification:
        'Applicable: the system is built on a third-party model whose supplier is not recorded yet.',
    };
  }
  const state = CONTRACT_STATE[supplier.contractStatus];
  const contact = supplier.contact ? ` Contact: ${supplier.contact}.` : '';
  return {
    status: state.status,
    justification: `Applicable: the AI comes from ${supplier.name} (${state.words}).${contact}`,
  };
}
