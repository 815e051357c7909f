import { useState } from 'react';
import {
  fieldErrorsOf,
  fieldProblems,
  type FieldProblem,
} from '@aigov/plugin-ai-governance-common';
import { describe } from './fieldErrors';

/** What a -common schema's `safeParse` answers: the checked body, or why not. */
export type CheckedBody<T> =
  | { success: true; data: T }
  | { success: false; error: Parameters<typeof fieldProblems>[0] };

/** Options of one {@link useCheckedSave} save. */
export interface CheckedSaveOptions {
  /** Problems the schema cannot see (e.g. a rule across fields); none saves. */
  more?: FieldProblem[];
  /** The API's refused fields as this form names them; all of them by default. */
  fieldsOf?: (error: unknown) => FieldProblem[];
}

/**
 * The save of a form dialog: check the body with the API's own schema first
 * (so nothing is sent that the API would refuse), then send it, and show the
 * API's refusal on the fields it names. While saving, `saving` is true; after
 * a success the dialog is expected to close, so it stays true.
 */
export function useCheckedSave() {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  const save = async <T>(
    checked: CheckedBody<T>,
    send: (body: T) => Promise<void>,
    options: CheckedSaveOptions = {},
  ) => {
    setSaveError(undefined);
    if (!checked.success) {
      setProblems(fieldProblems(checked.error));
      return;
    }
    if (options.more?.length) {
      setProblems(options.more);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      await send(checked.data);
    } catch (e) {
      setSaveError(e);
      setProblems((options.fieldsOf ?? fieldErrorsOf)(e));
      setSaving(false);
    }
  };

  /** The message of the problem at `path` or, for a list, at one of its items. */
  const problem = (path: string) =>
    problems.find(p => p.path === path || p.path.startsWith(`${path}[`))
      ?.message;

  /**
   * A field's `error` and `helperText`: the problem at `path` as a sentence
   * naming `label`, else `hint`.
   */
  const fieldHelp = (path: string, label: string, hint?: string) => {
    const message = problem(path);
    return { error: !!message, helperText: describe(label, message) ?? hint };
  };

  return {
    problems,
    problem,
    fieldHelp,
    saveError,
    saving,
    save,
  };
}
