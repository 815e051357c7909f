import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';

/*
 * Turns an event's `before` and `after` records into a few lines a person
 * can scan: "status: open → treating". Bookkeeping fields change on every
 * write and say nothing about what changed, so they are left out.
 */

const BOOKKEEPING = new Set([
  'version',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
]);
const MAX_VALUE = 60;

type Json = HistoryEvent['after'];
type JsonRecord = { [key: string]: Json | undefined };

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function truncate(s: string): string {
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

/** A value in a few words: dashes for nothing, lists comma-separated. */
export function formatValue(v: Json | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string' || typeof v === 'number')
    return truncate(String(v));
  if (Array.isArray(v)) {
    if (v.length === 0) return 'none';
    if (v.every(x => typeof x !== 'object' || x === null)) {
      return truncate(v.map(x => formatValue(x)).join(', '));
    }
    return `${v.length} items`;
  }
  return truncate(JSON.stringify(v));
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The top-level fields that differ. Where both sides are objects (an
 * evidence file, an acceptance) the changed keys inside are named instead,
 * so "file.uploaded: no → yes" rather than two blobs of JSON.
 */
export function changedFields(before: Json, after: Json): FieldChange[] {
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (BOOKKEEPING.has(key) || same(a[key], b[key])) continue;
    const from = a[key];
    const to = b[key];
    if (isRecord(from) && isRecord(to)) {
      changes.push(
        ...changedFields(from, to).map(c => ({
          ...c,
          field: `${key}.${c.field}`,
        })),
      );
    } else {
      changes.push({
        field: key,
        from: formatValue(from),
        to: formatValue(to),
      });
    }
  }
  return changes;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v ? v : undefined;

/** What the record is, in words: a control id, a title or an assessment type. */
export function recordLabel(event: HistoryEvent): string {
  let rec: JsonRecord = {};
  if (isRecord(event.after)) rec = event.after;
  else if (isRecord(event.before)) rec = event.before;
  switch (event.recordType) {
    case 'control':
      return `Control ${event.recordId}`;
    case 'assessment':
      return `Assessment: ${text(rec.type) ?? event.recordId.slice(0, 8)}`;
    case 'risk':
      return `Risk: ${text(rec.title) ?? event.recordId.slice(0, 8)}`;
    case 'evidence':
      return `Evidence: ${text(rec.title) ?? event.recordId.slice(0, 8)}`;
    case 'change':
      return `Catalog change: ${text(rec.field) ?? event.recordId.slice(0, 8)}`;
    case 'task':
      return `Task: ${text(rec.kind) ?? event.recordId.slice(0, 8)}`;
    default:
      return `${event.recordType} ${event.recordId}`;
  }
}

export const ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  update: 'Updated',
  accept: 'Accepted',
  upload: 'File uploaded',
  approve: 'Approved',
  detect: 'Detected in the catalog',
  complete: 'Completed',
  dismiss: 'Dismissed',
};

/** The lines of the "What changed" column. */
export function summarize(event: HistoryEvent, limit = 6): string[] {
  // A change record says itself what changed in the catalog entity.
  if (event.recordType === 'change' && isRecord(event.after)) {
    const c = event.after;
    return [
      `${text(c.field) ?? 'entity'} ${
        text(c.change) ?? 'changed'
      }: ${formatValue(c.before)} → ${formatValue(c.after)}`,
    ];
  }
  if (event.before === null) {
    const title = isRecord(event.after) ? text(event.after.title) : undefined;
    return [title ? `created “${truncate(title)}”` : 'created'];
  }
  const lines = changedFields(event.before, event.after).map(
    c => `${c.field}: ${c.from} → ${c.to}`,
  );
  if (lines.length === 0) return ['no field changed'];
  if (lines.length <= limit) return lines;
  return [...lines.slice(0, limit), `and ${lines.length - limit} more`];
}
