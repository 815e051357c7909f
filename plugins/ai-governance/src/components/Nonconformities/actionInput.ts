import type {
  CorrectiveAction,
  CorrectiveActionInput,
} from '@aigov/plugin-ai-governance-common';

/** An action as a PATCH keeps it: with its id, so the API keeps its history. */
export const asInput = (a: CorrectiveAction): CorrectiveActionInput => ({
  id: a.id,
  description: a.description,
  owner: a.owner,
  dueDate: a.dueDate,
  status: a.status,
  evidenceIds: a.evidenceIds,
});
