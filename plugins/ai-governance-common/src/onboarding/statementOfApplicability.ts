import { ANNEX_A_CONTROLS } from '../library';
import { supplierControl } from './supplier';
import type { BaselineControl, GovernanceBaselineInput } from './types';

/** Development work a service buyer cannot do: the supplier builds the AI. */
const SUPPLIER_BUILT_CONTROLS = [
  'A.6.1.2',
  'A.6.1.3',
  'A.6.2.2',
  'A.6.2.3',
  'A.7.2',
  'A.7.5',
  'A.7.6',
];

function notApplicable(
  controlId: string,
  input: GovernanceBaselineInput,
): string | undefined {
  if (input.sourcing === 'in-house') {
    if (controlId === 'A.10.2') {
      return 'Not applicable while the AI is built and run in-house: no external party supplies any part of it, so there are no responsibilities to divide with another organisation.';
    }
    if (controlId === 'A.10.3') {
      return 'Not applicable while the AI is built in-house: no outside supplier provides its models, data services or AI components.';
    }
  }
  if (
    input.sourcing === 'third-party-service' &&
    SUPPLIER_BUILT_CONTROLS.includes(controlId)
  ) {
    return `Not applicable to a bought AI service: ${
      input.supplier!.name
    } builds and trains it, so this development work is the supplier’s and is checked through supplier management (A.10.3).`;
  }
  return undefined;
}

/** Every Annex A control as a Statement of Applicability row, excluded with a reason where the sourcing makes it moot. */
export function statementOfApplicability(
  input: GovernanceBaselineInput,
): BaselineControl[] {
  return ANNEX_A_CONTROLS.map(control => {
    const row: BaselineControl = {
      controlId: control.id,
      applicable: true,
      status: 'not-started',
      owner: input.owner,
    };
    const exclusion = notApplicable(control.id, input);
    if (exclusion) {
      return { ...row, applicable: false, justification: exclusion };
    }
    if (control.id === 'A.10.3' && input.sourcing !== 'in-house') {
      return { ...row, ...supplierControl(input) };
    }
    return row;
  });
}
