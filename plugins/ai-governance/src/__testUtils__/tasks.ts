import type { ChangeRecord, Task } from '@aigov/plugin-ai-governance-common';

let taskCounter = 1;

/** A task as the API returns it: an open revalidation of credit-scoring, due in 2099, by default. */
export function makeTask(overrides: Partial<Task> = {}): Task {
  const id = `00000000-0000-4000-9000-${String(taskCounter++).padStart(
    12,
    '0',
  )}`;
  return {
    id,
    entityRef: 'aisystem:default/credit-scoring',
    kind: 'revalidation',
    cause: { type: 'change', id: null },
    controlIds: ['A.6.2.4', 'A.6.2.5'],
    assignee: 'group:default/lending',
    dueAt: '2099-01-31',
    status: 'open',
    outcome: null,
    dismissReason: null,
    evidenceIds: [],
    completedBy: null,
    completedAt: null,
    version: 1,
    createdAt: '2026-01-01T09:00:00.000Z',
    createdBy: 'catalog',
    updatedAt: '2026-01-01T09:00:00.000Z',
    updatedBy: 'catalog',
    ...overrides,
  };
}

/** A change record as the API returns it: a model version bump, by default. */
export function makeChange(
  overrides: Partial<ChangeRecord> = {},
): ChangeRecord {
  return {
    id: `change-${taskCounter++}`,
    entityRef: 'aisystem:default/credit-scoring',
    field: 'spec.models[credit-pd].version',
    change: 'changed',
    before: '4.2.0',
    after: '4.3.0',
    material: true,
    detectedAt: '2026-02-01T10:00:00.000Z',
    location: null,
    commit: null,
    historySeq: 7,
    ...overrides,
  };
}
