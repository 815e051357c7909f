import type {
  GovernanceRecordType,
  HistoryAction,
} from '@aigov/plugin-ai-governance-common';
import type { JsonValue } from '@backstage/types';
import type { Knex } from 'knex';
import type { WriteScope } from '../database/UnitOfWork';
import { PreconditionFailedError } from '../errors';

/** A store of versioned records, as a versioned change needs it. */
export interface VersionedStore<T, V> {
  get(id: string, tx?: Knex.Transaction): Promise<T | undefined>;
  /** Writes `values` if the record is still at `expectedVersion`; false when it is not. */
  update(
    tx: Knex.Transaction,
    id: string,
    expectedVersion: number,
    values: V,
    actor: string,
    now: string,
  ): Promise<boolean>;
}

/**
 * Applies an optimistic-concurrency change and records it: the store's
 * conditional UPDATE (false when another writer got there first, which is
 * a 412), the record as stored, and a history event with both states.
 */
export async function applyVersioned<
  T extends { id: string; version: number; entityRef: string },
  V,
>(
  scope: WriteScope,
  store: VersionedStore<T, V>,
  change: {
    label: string;
    recordType: GovernanceRecordType;
    action: HistoryAction;
    actor: string;
    expectedVersion: number;
    before: T;
    values: V;
  },
): Promise<T> {
  const { label, expectedVersion, before, actor } = change;
  const written = await store.update(
    scope.tx,
    before.id,
    expectedVersion,
    change.values,
    actor,
    scope.now,
  );
  if (!written) {
    throw new PreconditionFailedError(
      `${label} ${before.id} was changed by someone else (now version ${before.version}, you sent ${expectedVersion}); reload it and apply your change again`,
    );
  }
  const after = (await store.get(before.id, scope.tx))!;
  await scope.record({
    actor,
    entityRef: after.entityRef,
    recordType: change.recordType,
    recordId: before.id,
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
