import { useState } from 'react';
import {
  fieldErrorsOf,
  type FieldProblem,
  type Task,
} from '@aigov/plugin-ai-governance-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { aiGovernanceApiRef } from '../../api';
import { allPages, findLatest } from '../shared';

/** What the dialogs say for the API's 409: the task was closed meanwhile. */
export const TASK_CLOSED_MESSAGE =
  'This task is already closed: someone completed or dismissed it meanwhile. Close this dialog to see how.';

const isClosed = (error: unknown) =>
  error instanceof ResponseError && error.statusCode === 409;

/** What "Reload latest" tells the user about the version it found. */
function reloadedNotice(latest: Task): string {
  if (latest.status !== 'open') {
    return `${latest.completedBy ?? latest.updatedBy} already ${
      latest.status === 'done' ? 'completed' : 'dismissed'
    } this task.`;
  }
  return `Loaded version ${latest.version}, last changed by ${latest.updatedBy}. Check the task, then save again.`;
}

/**
 * The saving state the task dialogs share: the version a close is sent at,
 * the failed save with its field problems, and "Reload latest" after a 412,
 * which takes only the latest version so the user's words stay in the form.
 */
export function useTaskSave(task: Task, onSaved: (task: Task) => void) {
  const api = useApi(aiGovernanceApiRef);
  const [version, setVersion] = useState(task.version);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saveError, setSaveError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState(false);
  // Once the API said the task is closed, the list behind the dialog is stale.
  const [stale, setStale] = useState(false);

  /** Forgets what the last attempt said and shows the form's own `found` problems. */
  const reject = (found: FieldProblem[]) => {
    setSaveError(undefined);
    setNotice(undefined);
    setProblems(found);
  };

  /** Sends a close at the current version; a failure shows with the fields the API names. */
  const send = async (write: (atVersion: number) => Promise<Task>) => {
    reject([]);
    setSaving(true);
    try {
      onSaved(await write(version));
    } catch (e) {
      const closed = isClosed(e);
      if (closed) setStale(true);
      setSaveError(closed ? new Error(TASK_CLOSED_MESSAGE) : e);
      setProblems(fieldErrorsOf(e));
      setSaving(false);
    }
  };

  const reload = async () => {
    try {
      const entity = parseEntityRef(task.entityRef);
      const latest = await findLatest(
        allPages(cursor => api.listEntityTasks(entity, { cursor, limit: 100 })),
        t => t.id === task.id,
        'This task no longer exists.',
      );
      setVersion(latest.version);
      if (latest.status !== 'open') setStale(true);
      setSaveError(undefined);
      setNotice(reloadedNotice(latest));
    } catch (e) {
      setSaveError(e);
    }
  };

  /** The problem the form or the API found with `field` or one of its items, if any. */
  const problemFor = (field: string) =>
    problems.find(
      p =>
        p.path === field ||
        p.path.startsWith(`${field}[`) ||
        p.path.startsWith(`${field}.`),
    )?.message;

  return {
    api,
    saveError,
    notice,
    saving,
    stale,
    reject,
    send,
    reload,
    problemFor,
  };
}
