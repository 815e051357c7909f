import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';

import { fieldLabel, valueLabel } from './fieldLabels';

/*
 * Turns an event's `before` and `after` records into one row per changed
 * field a person can scan: "Status: Planned → Implemented". Bookkeeping
 * fields change on every write and say nothing about what changed, so they
 * are left out.
 */

const BOOKKEEPING = new Set([
  'version',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
]);
const MAX_VALUE = 60;
// How much of a long text stands before its first difference.
const CONTEXT = 20;

type Json = HistoryEvent['after'];
type JsonRecord = { [key: string]: Json | undefined };

/** One changed field: its path, its label and both values in words. */
export interface FieldChange {
  field: string;
  label: string;
  from: string;
  to: string;
  /** Both values in full, when a side had to be shortened. */
  full?: { from: string; to: string };
}

function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function truncate(s: string): string {
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

/** A value in full: dashes for nothing, lists comma-separated. */
function fullValue(v: Json | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return 'none';
    if (v.every(x => typeof x !== 'object' || x === null)) {
      return v.map(x => fullValue(x)).join(', ');
    }
    return `${v.length} items`;
  }
  return JSON.stringify(v);
}

/** A value in a few words. */
export function formatValue(v: Json | undefined): string {
  return truncate(fullValue(v));
}

/**
 * The same window of two long texts, from just before where they first
 * differ, so an edit late in a description shows what changed rather than
 * the prefix both sides share.
 */
function excerpts(a: string, b: string): { from: string; to: string } {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  const start = Math.max(0, k - CONTEXT);
  const cut = (s: string) => {
    if (s === '—') return s;
    const window = s.slice(start, start + MAX_VALUE);
    return `${start > 0 ? '…' : ''}${window}${
      s.length > start + MAX_VALUE ? '…' : ''
    }`;
  };
  return { from: cut(a), to: cut(b) };
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

/** What a control row is before anyone records it: the library's defaults. */
const CONTROL_DEFAULTS: JsonRecord = {
  applicable: true,
  justification: null,
  status: 'not-started',
  owner: null,
  dueDate: null,
};

/**
 * The fields that differ, one row each. Where a side is an object (an
 * evidence file, an acceptance) the keys inside are named instead, so
 * "Acceptance expires on: — → 2026-06-30" rather than a blob of JSON.
 */
export function changedFields(
  before: Json,
  after: Json,
  event: Pick<HistoryEvent, 'recordType'> = { recordType: 'risk' },
  prefix = '',
): FieldChange[] {
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (BOOKKEEPING.has(key) || same(a[key], b[key])) continue;
    const from = a[key];
    const to = b[key];
    const path = `${prefix}${key}`;
    const nothing = (v: unknown) => v === null || v === undefined;
    if (
      (isRecord(from) || isRecord(to)) &&
      (isRecord(from) || nothing(from)) &&
      (isRecord(to) || nothing(to))
    ) {
      changes.push(
        ...changedFields(from ?? null, to ?? null, event, `${path}.`),
      );
      continue;
    }
    const words = (v: Json | undefined) =>
      typeof v === 'string' ? valueLabel(event, key, v) : fullValue(v);
    const fromFull = words(from);
    const toFull = words(to);
    const shortened = fromFull.length > MAX_VALUE || toFull.length > MAX_VALUE;
    changes.push({
      field: path,
      label: fieldLabel(path),
      ...(shortened
        ? {
            ...excerpts(fromFull, toFull),
            full: { from: fromFull, to: toFull },
          }
        : { from: fromFull, to: toFull }),
    });
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
    case 'aims-document':
      return `Document: ${text(rec.title) ?? event.recordId.slice(0, 8)}`;
    case 'aims-clause':
      return `Clause ${event.recordId}`;
    case 'audit':
      return `Audit: ${text(rec.title) ?? event.recordId.slice(0, 8)}`;
    case 'training-record':
      return `Training: ${text(rec.courseId) ?? event.recordId.slice(0, 8)}`;
    case 'aims-scope':
      return 'AIMS scope and context';
    case 'aims-roles':
      return 'AIMS roles';
    case 'aims-review':
      return `Management review: ${
        text(rec.title) ?? event.recordId.slice(0, 8)
      }`;
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
  confirm: 'Confirmed',
};

/** What the "What changed" column shows: a sentence, or the changed fields. */
export interface ChangeSummary {
  text?: string;
  changes: FieldChange[];
  /** How many more fields changed than `changes` lists. */
  more: number;
}

/** The "What changed" column of one event. */
export function summarize(event: HistoryEvent, limit = 6): ChangeSummary {
  // A change record says itself what changed in the catalog entity.
  if (event.recordType === 'change' && isRecord(event.after)) {
    const c = event.after;
    return {
      text: `${text(c.field) ?? 'entity'} ${
        text(c.change) ?? 'changed'
      }: ${formatValue(c.before)} → ${formatValue(c.after)}`,
      changes: [],
      more: 0,
    };
  }
  let before = event.before;
  // A control row is written the first time someone changes it from the
  // library's defaults: what changed is the difference from those.
  if (before === null && event.recordType === 'control') {
    const after = isRecord(event.after) ? event.after : {};
    before = { ...CONTROL_DEFAULTS, controlId: after.controlId ?? null };
  }
  if (before === null) {
    const title = isRecord(event.after) ? text(event.after.title) : undefined;
    return {
      text: title ? `created “${truncate(title)}”` : 'created',
      changes: [],
      more: 0,
    };
  }
  const changes = changedFields(before, event.after, event);
  if (changes.length === 0) {
    return {
      text:
        event.before === null
          ? 'recorded with the library defaults'
          : 'no field changed',
      changes: [],
      more: 0,
    };
  }
  return {
    changes: changes.slice(0, limit),
    more: Math.max(0, changes.length - limit),
  };
}
