import type { JsonValue } from '@backstage/types';
import {
  canonicalJson,
  type GovernanceRecordType,
} from '@aigov/plugin-ai-governance-common';
import type {
  LatestEvent,
  RecordKey,
  RecordTable,
  ReplayStore,
} from '../database/ReplayStore';

/*
 * Records bound to their history. Every change stores the record's whole
 * state in its history event, so replaying the history to a record's
 * expected current state is taking its newest event's `after`; the chain's
 * hashes (and the signed checkpoints) vouch for the events. A record whose
 * table row differs from that state, a row no event wrote, or an event
 * whose row is gone, was changed outside the service.
 *
 * Each record type declares how it replays (a `RecordReplay`): where its
 * rows are, how to read their current states as the events hold them, and
 * which fields are derived at read time and so not compared. A new record
 * type adds its declaration to the list in `replays.ts`.
 */

/** How one record type replays onto its table. */
export interface RecordReplay extends RecordTable {
  /** Fields computed when read (e.g. whether evidence has expired), left out of the comparison. */
  derived: readonly string[];
  /** The current states of these records, by {@link keyOf}, in the shape their history events hold. */
  load(keys: RecordKey[], now: string): Promise<Map<string, JsonValue>>;
}

/** The first record whose table state is not what its history says. */
export interface RecordMismatch {
  type: GovernanceRecordType;
  id: string;
  entityRef: string;
  field: string;
  reason: string;
}

/** The key a replay's `load` answers by. */
export const keyOf = (k: { entityRef: string; recordId: string }) =>
  `${k.entityRef}\u0000${k.recordId}`;

const isObject = (v: unknown): v is Record<string, JsonValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The first field (a dotted path) where `actual` differs from `expected`.
 * Only fields the event holds are compared, so read-time additions (a
 * control's title from the library) do not count as differences.
 */
export function firstDifference(
  expected: JsonValue,
  actual: JsonValue | undefined,
  skip: readonly string[] = [],
  path = '',
): string | undefined {
  if (isObject(expected) && isObject(actual)) {
    for (const key of Object.keys(expected).sort()) {
      if (!path && skip.includes(key)) continue;
      const found = firstDifference(
        expected[key],
        actual[key],
        [],
        path ? `${path}.${key}` : key,
      );
      if (found) return found;
    }
    return undefined;
  }
  const same =
    actual !== undefined && canonicalJson(expected) === canonicalJson(actual);
  return same ? undefined : path || '<record>';
}

/** Compares one batch of newest events with the rows they describe. */
async function compareBatch(
  events: LatestEvent[],
  replays: readonly RecordReplay[],
  now: string,
): Promise<RecordMismatch | undefined> {
  const states = new Map<string, Map<string, JsonValue>>();
  for (const replay of replays) {
    const keys = events.filter(e => e.recordType === replay.recordType);
    if (keys.length)
      states.set(replay.recordType, await replay.load(keys, now));
  }
  for (const event of events) {
    const replay = replays.find(r => r.recordType === event.recordType);
    const base = {
      type: event.recordType,
      id: event.recordId,
      entityRef: event.entityRef,
    };
    if (!replay) {
      return {
        ...base,
        field: '<record>',
        reason: `event ${event.seq} is of an unknown record type`,
      };
    }
    const actual = states.get(replay.recordType)?.get(keyOf(event));
    if (actual === undefined) {
      return {
        ...base,
        field: '<record>',
        reason: `${event.recordType} ${event.recordId} of ${event.entityRef} is in the history (event ${event.seq}) but not in its table`,
      };
    }
    const field = firstDifference(event.after, actual, replay.derived);
    if (field) {
      return {
        ...base,
        field,
        reason: `${event.recordType} ${event.recordId} of ${event.entityRef}: ${field} differs from event ${event.seq} of the history`,
      };
    }
  }
  return undefined;
}

/** How far a replay got and what it found. */
export interface ReplayResult {
  /** Records compared. */
  checked: number;
  /** The sequence number of the newest event compared (the cursor for the next run). */
  lastSeq: number;
  /** True when the replay reached the newest event. */
  done: boolean;
  mismatch?: RecordMismatch;
}

/**
 * Replays the records whose newest event comes after `afterSeq`, in batches,
 * stopping at the first mismatch or after `maxRecords`. With `rowsWithoutHistory`
 * it also looks for table rows no event wrote, which a replay from the
 * events cannot see.
 */
export async function replayRecords(
  store: ReplayStore,
  replays: readonly RecordReplay[],
  options: {
    afterSeq?: number;
    now: string;
    maxRecords?: number;
    batchSize?: number;
    rowsWithoutHistory?: boolean;
  },
): Promise<ReplayResult> {
  const batchSize = options.batchSize ?? 500;
  const max = options.maxRecords ?? Infinity;
  let lastSeq = options.afterSeq ?? 0;
  let checked = 0;
  let done = false;
  while (checked < max) {
    const events = await store.latestEvents(
      lastSeq,
      Math.min(batchSize, max - checked),
    );
    if (events.length === 0) {
      done = true;
      break;
    }
    const mismatch = await compareBatch(events, replays, options.now);
    if (mismatch) return { checked, lastSeq, done: false, mismatch };
    checked += events.length;
    lastSeq = events[events.length - 1].seq;
  }
  if (options.rowsWithoutHistory) {
    for (const replay of replays) {
      const [row] = await store.unrecorded(replay, 1);
      if (row) {
        return {
          checked,
          lastSeq,
          done,
          mismatch: {
            type: row.recordType,
            id: row.recordId,
            entityRef: row.entityRef,
            field: '<record>',
            reason: `${row.recordType} ${row.recordId} of ${row.entityRef} is in its table but no history event wrote it`,
          },
        };
      }
    }
  }
  return { checked, lastSeq, done };
}
