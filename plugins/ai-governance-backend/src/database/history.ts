import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { JsonValue } from '@backstage/types';
import {
  canonicalJson,
  type GovernanceRecordType,
  type HistoryAction,
  type HistoryEvent,
  type HistoryVerification,
} from '@aigov/plugin-ai-governance-common';

/** The hash the first event chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a change records in the history; the chain fields are added here. */
export interface HistoryEntry {
  actor: string;
  entityRef: string;
  recordType: GovernanceRecordType;
  recordId: string;
  action: HistoryAction;
  before: JsonValue | null;
  after: JsonValue | null;
}

type HistoryRow = {
  seq: number | string;
  at: string;
  actor: string;
  entity_ref: string;
  record_type: string;
  record_id: string;
  action: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
};

/** The hash of one event: SHA-256 over the previous hash and the event's canonical JSON. */
export function eventHash(
  prevHash: string,
  event: Omit<HistoryEvent, 'prevHash' | 'hash'>,
): string {
  const payload = canonicalJson({
    seq: event.seq,
    at: event.at,
    actor: event.actor,
    entityRef: event.entityRef,
    recordType: event.recordType,
    recordId: event.recordId,
    action: event.action,
    before: event.before,
    after: event.after,
  });
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(payload)
    .digest('hex');
}

function fromRow(row: HistoryRow): HistoryEvent {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    entityRef: row.entity_ref,
    recordType: row.record_type as GovernanceRecordType,
    recordId: row.record_id,
    action: row.action as HistoryAction,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Appends one event inside the caller's transaction. The caller holds the
 * writers' lock (see UnitOfWork.run), so reading the head and
 * inserting the next sequence number cannot interleave with another writer,
 * and a rollback leaves no gap.
 */
export async function appendHistory(
  trx: Knex.Transaction,
  entry: HistoryEntry,
  at: string,
): Promise<HistoryEvent> {
  const head = await trx<HistoryRow>('history')
    .select('seq', 'hash')
    .orderBy('seq', 'desc')
    .first();
  const seq = head ? Number(head.seq) + 1 : 1;
  const prevHash = head ? head.hash : GENESIS_HASH;
  // Round-trip through JSON so what is hashed is exactly what is stored.
  const before =
    entry.before === null
      ? null
      : (JSON.parse(canonicalJson(entry.before)) as JsonValue);
  const after =
    entry.after === null
      ? null
      : (JSON.parse(canonicalJson(entry.after)) as JsonValue);
  const event = { seq, at, ...entry, before, after };
  const hash = eventHash(prevHash, event);
  await trx('history').insert({
    seq,
    at,
    actor: entry.actor,
    entity_ref: entry.entityRef,
    record_type: entry.recordType,
    record_id: entry.recordId,
    action: entry.action,
    before: before === null ? null : canonicalJson(before),
    after: after === null ? null : canonicalJson(after),
    prev_hash: prevHash,
    hash,
  });
  return { ...event, prevHash, hash };
}

/** One event by its number. */
export async function eventAt(
  db: Knex,
  seq: number,
): Promise<HistoryEvent | undefined> {
  const row = await db<HistoryRow>('history').where('seq', seq).first();
  return row ? fromRow(row) : undefined;
}

/** The newest event of one record with this action, e.g. an evidence item's upload. */
export async function latestEventOf(
  db: Knex,
  key: { recordType: GovernanceRecordType; recordId: string },
  action: HistoryAction,
): Promise<HistoryEvent | undefined> {
  const row = await db<HistoryRow>('history')
    .where({
      record_type: key.recordType,
      record_id: key.recordId,
      action,
    })
    .orderBy('seq', 'desc')
    .first();
  return row ? fromRow(row) : undefined;
}

/** Newest first, `seq` below the cursor. */
export async function listHistory(
  db: Knex,
  options: {
    entityRef?: string;
    before?: number;
    limit: number;
    restrict?: (qb: Knex.QueryBuilder) => void;
  },
): Promise<HistoryEvent[]> {
  const query = db<HistoryRow>('history')
    .orderBy('seq', 'desc')
    .limit(options.limit);
  if (options.entityRef) query.where('entity_ref', options.entityRef);
  if (options.before !== undefined) query.where('seq', '<', options.before);
  if (options.restrict) options.restrict(query);
  return (await query).map(fromRow);
}

/**
 * Recomputes the whole chain in sequence order and reports the first event
 * whose number, link or hash does not match: an edited, deleted, inserted or
 * reordered row breaks it there.
 */
export async function verifyHistory(
  db: Knex,
  options: { batchSize?: number; from?: { seq: number; hash: string } } = {},
): Promise<HistoryVerification & { head?: { seq: number; hash: string } }> {
  const batchSize = options.batchSize ?? 2000;
  // From an event already verified (the scheduled check's last run), or
  // from the first one.
  let expectedSeq = options.from ? options.from.seq + 1 : 1;
  let prevHash = options.from?.hash ?? GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db<HistoryRow>('history')
      .where('seq', '>=', expectedSeq)
      .orderBy('seq', 'asc')
      .limit(batchSize);
    if (rows.length === 0) {
      const head =
        expectedSeq > 1 ? { seq: expectedSeq - 1, hash: prevHash } : undefined;
      return { ok: true, checked, ...(head ? { head } : {}) };
    }
    for (const row of rows) {
      const event = fromRow(row);
      let reason: string | undefined;
      if (event.seq !== expectedSeq) reason = `event ${expectedSeq} is missing`;
      else if (event.prevHash !== prevHash)
        reason = 'does not link to the previous event';
      else if (eventHash(prevHash, event) !== event.hash)
        reason = 'content does not match its hash';
      if (reason)
        return { ok: false, checked, firstBrokenSeq: expectedSeq, reason };
      prevHash = event.hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
}
