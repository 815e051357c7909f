import { z } from 'zod';
import { ANNEX_A_CONTROL_IDS } from '../library/annexA';
import { AIMS_CLAUSES } from '../library/clauses';
import { TEXT_LIMITS } from './constants';
import { isoDateSchema } from './schemas';
import type { RecordMeta } from './types';

/*
 * The internal audit programme of the management system (ISO/IEC 42001
 * clause 9.2): audits planned per year, each with its scope (clauses, Annex A
 * controls, AI systems), its auditors and its findings. An audit is an
 * org-level record, so its history events name AIMS_ENTITY_REF.
 *
 * Life cycle: `planned` → `in-progress` → `completed`; `planned` or
 * `in-progress` → `cancelled` (with a reason). `completed` and `cancelled`
 * are final. Findings are recorded only while the audit is `in-progress`.
 */

/** Where an audit stands, in the order it moves. @public */
export const AUDIT_STATUSES = [
  'planned',
  'in-progress',
  'completed',
  'cancelled',
] as const;
/** Where an audit stands. @public */
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** What an audit finding says. @public */
export const AUDIT_FINDING_KINDS = [
  'conformity',
  'observation',
  'opportunity',
  'minor-nonconformity',
  'major-nonconformity',
] as const;
/** What an audit finding says. @public */
export type AuditFindingKind = (typeof AUDIT_FINDING_KINDS)[number];

/** Whether a finding of this kind opens a nonconformity record. @public */
export const isNonconformityFinding = (kind: AuditFindingKind) =>
  kind === 'minor-nonconformity' || kind === 'major-nonconformity';

/** What an audit covers. @public */
export interface AuditScope {
  /** Clause ids of AIMS_CLAUSES, e.g. `8.2`. */
  clauses: string[];
  /** Annex A control ids, e.g. `A.6.2.4`. */
  controls: string[];
  /** Entity refs of the AI systems audited. */
  systems: string[];
}

/** One finding of an audit. @public */
export interface AuditFinding {
  id: string;
  kind: AuditFindingKind;
  /** The clause or Annex A control id the finding is against. */
  reference: string;
  /** The AI system the finding is on (one of the scope); null when it is on the management system. */
  entityRef: string | null;
  description: string;
  /** Evidence ids of the suite or links to evidence elsewhere. */
  evidence: string[];
  /** The nonconformity a nonconformity finding opened; null for other kinds. */
  nonconformityId: string | null;
  recordedAt: string;
  recordedBy: string;
}

/** An internal audit of the management system. @public */
export interface Audit extends RecordMeta {
  id: string;
  /** Always AIMS_ENTITY_REF: audits belong to the management system. */
  entityRef: string;
  /** The year of the audit programme the audit belongs to. */
  year: number;
  title: string;
  scope: AuditScope;
  /** The auditors, user refs; the lead auditor is one of them. */
  auditors: string[];
  leadAuditor: string;
  /** Planned dates, YYYY-MM-DD. */
  plannedStart: string;
  plannedEnd: string;
  status: AuditStatus;
  /** Why it was cancelled; null unless cancelled. */
  cancelReason: string | null;
  /** The audit's summary and conclusion. */
  summary: string;
  /** When it was completed, an ISO timestamp; null until then. */
  completedAt: string | null;
  findings: AuditFinding[];
}

const text = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
const userRef = required(TEXT_LIMITS.short).regex(
  /^user:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
  'must be a user reference like user:default/ada',
);
const entityRef = required(TEXT_LIMITS.short).regex(
  /^[a-z0-9]+:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
  'must be a full entity reference like aisystem:default/support-assistant',
);
const CLAUSE_IDS = new Set(AIMS_CLAUSES.map(c => c.id));
const CONTROL_IDS = new Set<string>(ANNEX_A_CONTROL_IDS);
const unique = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max, `must list at most ${max} items`)
    .refine(l => new Set(l).size === l.length, 'must not list an item twice');

/** Most AI systems, clauses or controls one audit covers. @public */
export const MAX_AUDIT_SCOPE = 100;
/** Most auditors of one audit. @public */
export const MAX_AUDITORS = 20;

const scopeSchema = z.strictObject({
  clauses: unique(
    z
      .string()
      .refine(id => CLAUSE_IDS.has(id), 'must be a clause id such as 9.2'),
    MAX_AUDIT_SCOPE,
  ).default([]),
  controls: unique(
    z
      .string()
      .refine(
        id => CONTROL_IDS.has(id),
        'must be an Annex A control id such as A.6.2.4',
      ),
    MAX_AUDIT_SCOPE,
  ).default([]),
  systems: unique(entityRef, MAX_AUDIT_SCOPE).default([]),
});

const auditFields = {
  year: z
    .number({ error: 'must be a year such as 2026' })
    .int('must be a year such as 2026')
    .min(2000, 'must be a year from 2000')
    .max(2100, 'must be a year up to 2100'),
  title: required(TEXT_LIMITS.title),
  scope: scopeSchema,
  auditors: unique(userRef, MAX_AUDITORS).min(
    1,
    'must name at least one auditor',
  ),
  leadAuditor: userRef,
  plannedStart: isoDateSchema,
  plannedEnd: isoDateSchema,
  status: oneOf(AUDIT_STATUSES),
  cancelReason: text(TEXT_LIMITS.text).nullable(),
  summary: text(TEXT_LIMITS.text),
};

/** Body of POST /audits: a new audit starts `planned`. @public */
export const auditCreateSchema = z.strictObject({
  year: auditFields.year,
  title: auditFields.title,
  scope: scopeSchema.default({ clauses: [], controls: [], systems: [] }),
  auditors: auditFields.auditors,
  leadAuditor: auditFields.leadAuditor,
  plannedStart: auditFields.plannedStart,
  plannedEnd: auditFields.plannedEnd,
  summary: auditFields.summary.default(''),
});
/** A new audit as a request sends it. @public */
export type AuditCreate = z.input<typeof auditCreateSchema>;

/** Body of PATCH /audits/:id: the fields to change. @public */
export const auditPatchSchema = z
  .strictObject(auditFields)
  .partial()
  .refine(v => Object.keys(v).length > 0, {
    error: 'must change at least one field',
  });
/** A change to an audit. @public */
export type AuditPatch = z.input<typeof auditPatchSchema>;

/** Most evidence items of one finding. @public */
export const MAX_FINDING_EVIDENCE = 20;

/** Body of POST /audits/:id/findings. @public */
export const auditFindingCreateSchema = z.strictObject({
  kind: oneOf(AUDIT_FINDING_KINDS),
  reference: z
    .string()
    .refine(
      id => CLAUSE_IDS.has(id) || CONTROL_IDS.has(id),
      'must be a clause id such as 9.2 or an Annex A control id such as A.6.2.4',
    ),
  entityRef: entityRef.nullable().optional(),
  description: required(TEXT_LIMITS.text),
  evidence: unique(required(TEXT_LIMITS.url), MAX_FINDING_EVIDENCE).default([]),
});
/** A new finding as a request sends it. @public */
export type AuditFindingCreate = z.input<typeof auditFindingCreateSchema>;

/** The moves an audit's status may make. */
const NEXT: Record<AuditStatus, readonly AuditStatus[]> = {
  planned: ['in-progress', 'cancelled'],
  'in-progress': ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** Why an audit cannot move from `from` to `to`, or undefined when it can. @public */
export function auditTransitionProblem(
  from: AuditStatus,
  to: AuditStatus,
): string | undefined {
  if (from === to || NEXT[from].includes(to)) return undefined;
  if (NEXT[from].length === 0) {
    return `a ${from} audit stays ${from}; plan a new one`;
  }
  return `an audit moves planned → in-progress → completed (or to cancelled), not ${from} → ${to}`;
}

/** The rule that keeps findings to audits under way. @public */
export const FINDINGS_NEED_IN_PROGRESS =
  'findings are recorded only while an audit is in-progress';

/** The rule of auditor independence, as refusals name it. @public */
export const AUDITOR_INDEPENDENCE_RULE =
  'auditor independence (ISO/IEC 42001 9.2): an auditor may not audit an AI system their own team owns';
