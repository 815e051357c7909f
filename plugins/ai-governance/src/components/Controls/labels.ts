import type {
  ControlStatus,
  EvidenceKind,
} from '@aigov/plugin-ai-governance-common';

export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  'not-started': 'Not started',
  planned: 'Planned',
  'in-progress': 'In progress',
  implemented: 'Implemented',
};

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  document: 'Document',
  report: 'Report',
  log: 'Log',
  screenshot: 'Screenshot',
  'dataset-card': 'Dataset card',
  'model-card': 'Model card',
  'test-result': 'Test result',
  approval: 'Approval',
  other: 'Other',
};

/** Today as YYYY-MM-DD in the user's time zone, the default collection date. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A timestamp for people, or a dash when there is none. */
export function formatTimestamp(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toLocaleString();
}
