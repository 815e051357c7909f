import {
  type ControlPut,
  type ControlStatus,
  type EntityControl,
  controlPutSchema,
  fieldProblems,
} from '@aigov/plugin-ai-governance-common';
import { type FieldErrors, toFieldErrors } from '../shared/fieldErrors';

/** What the edit dialog holds: strings for text inputs, empty meaning unset. */
export interface ControlFormValues {
  applicable: boolean;
  justification: string;
  status: ControlStatus;
  owner: string;
  dueDate: string;
}

export function controlToForm(control: EntityControl): ControlFormValues {
  return {
    applicable: control.applicable,
    justification: control.justification ?? '',
    status: control.status,
    owner: control.owner ?? '',
    dueDate: control.dueDate ?? '',
  };
}

/** True when the user changed any field since the dialog opened. */
export function isControlFormDirty(
  initial: ControlFormValues,
  values: ControlFormValues,
): boolean {
  return JSON.stringify(initial) !== JSON.stringify(values);
}

/** The PUT body. Empty inputs become null: the PUT replaces the whole row. */
export function formToBody(values: ControlFormValues): ControlPut {
  return {
    applicable: values.applicable,
    justification: values.justification.trim() || null,
    status: values.status,
    owner: values.owner.trim() || null,
    dueDate: values.dueDate || null,
  };
}

/**
 * The row as stored, with some fields replaced. Used by the bulk status
 * change: PUT clears what it is not sent, so every field is sent back.
 */
export function controlBody(
  control: EntityControl,
  changes: Partial<ControlPut> = {},
): ControlPut {
  return { ...formToBody(controlToForm(control)), ...changes };
}

/** Checks a body with the schema the API uses, so messages match the API's. */
export function validateControl(body: ControlPut): FieldErrors {
  const result = controlPutSchema.safeParse(body);
  return result.success ? {} : toFieldErrors(fieldProblems(result.error));
}
