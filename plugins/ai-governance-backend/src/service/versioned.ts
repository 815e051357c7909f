import type {
  GovernanceRecordType,
  HistoryAction,
} from '@aigov/plugin-ai-governance-common';
import type { JsonValue } from '@backstage/types';
import type { WriteScope } from '../database/UnitOfWork';
import { PreconditionFailedError } from '../errors';

/**
 * Applies an optimistic-concurrency change and records it: `write` performs
 * the conditional UPDATE (false when another writer got there first, which
 * is a 412), `reload` reads the record as stored, and the history event
 * carries both states.
 */
export async function applyVersioned<
  T extends { version: number; entityRef: string },
>(
  scope: WriteScope,
  change: {
    label: string;
    recordType: GovernanceRecordType;
    id: string;
    action: HistoryAction;
    actor: string;
    expectedVersion: number;
    before: T;
    write: () => Promise<boolean>;
    reload: () => Promise<T>;
  },
): Promise<T> {
  const { label, id, expectedVersion, before } = change;
  if (!(await change.write())) {
    throw new PreconditionFailedError(
      `${label} ${id} was changed by someone else (now version ${before.version}, you sent ${expectedVersion}); reload it and apply your change again`,
    );
  }
  const after = await change.reload();
  await scope.record({
    actor: change.actor,
    entityRef: after.entityRef,
    recordType: change.recordType,
    recordId: id,
    action: change.action,
    before: before as unknown as JsonValue,
    after: after as unknown as JsonValue,
  });
  return after;
}

/** Records the creation of a record with an id of its own (risks, evidence, assessments). */
export async function recordCreated<
  T extends { id: string; entityRef: string },
>(
  scope: WriteScope,
  recordType: GovernanceRecordType,
  record: T,
  actor: string,
): Promise<T> {
  await scope.record({
    actor,
    entityRef: record.entityRef,
    recordType,
    recordId: record.id,
    action: 'create',
    before: null,
    after: record as unknown as JsonValue,
  });
  return record;
}

/** Dates become midnight UTC so every stored timestamp compares as text. */
export function toTimestamp(value: string): string {
  return value.length === 10
    ? `${value}T00:00:00.000Z`
    : new Date(value).toISOString();
}
