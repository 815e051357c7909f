import { useState, type ChangeEvent } from 'react';
import { type FieldErrors, apiFieldErrors, describe } from '../shared';

type TextKey<V> = {
  [K in keyof V]: V[K] extends string ? K : never;
}[keyof V] &
  string;

/**
 * The form state the control dialogs share: the values, the field errors
 * (the form's own checks, then the API's 400), the failed save, whether a
 * save is under way, and the props each text field takes.
 */
export function useDialogForm<V extends object>(
  initial: V | (() => V),
  /** Starts every field's id, so each dialog's ids are its own. */
  idPrefix: string,
) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof V>(key: K, value: V[K]) =>
    setValues(v => ({ ...v, [key]: value }));

  /**
   * Shows `problems` under their fields; with none, runs `write`, and shows
   * its failure with the field errors the API names.
   */
  const save = async (problems: FieldErrors, write: () => Promise<void>) => {
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    try {
      await write();
    } catch (e) {
      setErrors(apiFieldErrors(e));
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  };

  const fieldId = (name: string) => `${idPrefix}-${name}`;

  /** A text field's id, label, value and change handler, and its error as a sentence, else `hint`. */
  const field = <K extends TextKey<V>>(
    name: K,
    label: string,
    hint?: string,
  ) => ({
    id: fieldId(name),
    label,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(name, e.target.value as V[K]),
    error: !!errors[name],
    helperText: describe(label, errors[name]) ?? hint,
    fullWidth: true,
    margin: 'normal' as const,
  });

  return {
    values,
    set,
    errors,
    saveError,
    setSaveError,
    saving,
    setSaving,
    save,
    fieldId,
    field,
  };
}
