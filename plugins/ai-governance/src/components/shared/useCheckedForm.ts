import { useState, type ChangeEvent } from 'react';
import { useCheckedSave } from './useCheckedSave';

/**
 * A form dialog whose fields are all text: their values, the checked save
 * of {@link useCheckedSave}, and the props each text field takes.
 */
export function useCheckedForm<V extends Record<string, string>>(
  initial: V | (() => V),
  /** Starts every field's id, so each dialog's ids are its own. */
  idPrefix: string,
) {
  const checked = useCheckedSave();
  const [values, setValues] = useState<V>(initial);

  const set = <K extends keyof V>(key: K, value: V[K]) =>
    setValues(v => ({ ...v, [key]: value }));

  /**
   * A full-width text field's id, label, value and change handler, and the
   * problem at `path` (the field's name unless given) as a sentence, else `hint`.
   */
  const text = <K extends keyof V & string>(
    name: K,
    label: string,
    hint?: string,
    path: string = name,
  ) => ({
    id: `${idPrefix}-${name}`,
    label,
    fullWidth: true,
    margin: 'normal' as const,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(name, e.target.value as V[K]),
    ...checked.fieldHelp(path, label, hint),
  });

  return { ...checked, values, set, text };
}
