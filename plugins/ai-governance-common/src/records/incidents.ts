import { z } from 'zod';
import type { RecordMeta } from './types';
import { ANNEX_A_CONTROL_IDS } from '../library';
import { TEXT_LIMITS } from './constants';

/** How bad an incident is. @public */
export const INCIDENT_SEVERITIES = [
  'low',
  'medium',
  'high',
  'critical',
] as const;
/** How bad an incident is. @public */
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** Whom or what an incident harmed. @public */
export const INCIDENT_HARM_CATEGORIES = [
  'health-or-safety',
  'fundamental-rights',
  'property-or-environment',
  'critical-infrastructure',
  'other',
] as const;
/** Whom or what an incident harmed. @public */
export type IncidentHarmCategory = (typeof INCIDENT_HARM_CATEGORIES)[number];

/** Where an incident stands. @public */
export const INCIDENT_STATUSES = [
  'reported',
  'triaged',
  'investigating',
  'remediating',
  'closed',
  'rejected',
] as const;
/** Where an incident stands. @public */
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** The statuses an incident is still being worked on in. @public */
export const OPEN_INCIDENT_STATUSES: readonly IncidentStatus[] = [
  'reported',
  'triaged',
  'investigating',
  'remediating',
];

/**
 * The status each status may move to: one step forward at a time (so an
 * incident is never closed without being remediated), or rejected from any
 * open state; closed and rejected are final. @public
 */
export const INCIDENT_TRANSITIONS: Readonly<
  Record<IncidentStatus, readonly IncidentStatus[]>
> = {
  reported: ['triaged', 'rejected'],
  triaged: ['investigating', 'rejected'],
  investigating: ['remediating', 'rejected'],
  remediating: ['closed', 'rejected'],
  closed: [],
  rejected: [],
};

/** Whether an incident may move from `from` to `to`. @public */
export function canTransitionIncident(
  from: IncidentStatus,
  to: IncidentStatus,
): boolean {
  return INCIDENT_TRANSITIONS[from].includes(to);
}

/** The kind of serious incident, which sets its reporting deadline. @public */
export const SERIOUS_INCIDENT_CATEGORIES = [
  'death',
  'widespread-infringement',
  'critical-infrastructure-disruption',
  'other-serious-harm',
] as const;
/** The kind of serious incident, which sets its reporting deadline. @public */
export type SeriousIncidentCategory =
  (typeof SERIOUS_INCIDENT_CATEGORIES)[number];

/** How far the report to the authority has got. @public */
export const INCIDENT_REPORT_STATES = [
  'not-reported',
  'initial-report-sent',
  'final-report-sent',
] as const;
/** How far the report to the authority has got. @public */
export type IncidentReportState = (typeof INCIDENT_REPORT_STATES)[number];

/** The report of a serious incident to the market surveillance authority. @public */
export interface IncidentReport {
  state: IncidentReportState;
  /** When the initial report was sent; null before. */
  initialSentAt: string | null;
  /** When the final report was sent; null before. */
  finalSentAt: string | null;
  /** The authority reported to, in words. */
  authority: string | null;
}

/** An AI-related incident on an AI system, from report to closure. @public */
export interface Incident extends RecordMeta {
  id: string;
  entityRef: string;
  title: string;
  description: string;
  /** When the incident happened or was first noticed (ISO timestamp). */
  detectedAt: string;
  /** When the organisation became aware of it: the reporting clock starts here. */
  awareAt: string;
  /** The user who reported it. */
  reporter: string;
  severity: IncidentSeverity;
  harmCategories: IncidentHarmCategory[];
  affectedPeople: { count: number | null; groups: string[] };
  status: IncidentStatus;
  /** Why it was rejected; set exactly when rejected. */
  rejectionReason: string | null;
  containment: string | null;
  rootCause: string | null;
  /** Risks of the same entity the incident is linked to. */
  riskIds: string[];
  /** Annex A controls the incident concerns. */
  controlIds: string[];
  serious: boolean;
  /** Set when serious. */
  seriousCategory: SeriousIncidentCategory | null;
  report: IncidentReport;
  /** When the serious-incident report is due (UTC); null when not serious. */
  reportDueAt: string | null;
  /** Serious, not reported yet, and past reportDueAt. */
  reportOverdue: boolean;
  /** Whether the reporting duty applies to the system's tier (high-risk); otherwise the clock is informative. */
  art73Applies: boolean;
}

/** What an entry of an incident's timeline is. @public */
export const INCIDENT_ENTRY_KINDS = [
  'comment',
  'status-change',
  'attachment',
] as const;
/** What an entry of an incident's timeline is. @public */
export type IncidentEntryKind = (typeof INCIDENT_ENTRY_KINDS)[number];

/** One entry of an incident's timeline. @public */
export interface IncidentEntry {
  id: string;
  incidentId: string;
  entityRef: string;
  kind: IncidentEntryKind;
  text: string | null;
  /** For a status change: the statuses before and after. */
  fromStatus: IncidentStatus | null;
  toStatus: IncidentStatus | null;
  /** For an attachment: evidence of the same entity. */
  evidenceId: string | null;
  createdAt: string;
  createdBy: string;
}

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
const text = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');
const timestamp = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 timestamp with a zone',
});
const uuids = z
  .array(z.uuid('must be an id this API returned'))
  .max(100, 'must list at most 100 items');

const incidentFields = {
  title: required(TEXT_LIMITS.title),
  description: text(TEXT_LIMITS.text),
  detectedAt: timestamp,
  awareAt: timestamp,
  severity: oneOf(INCIDENT_SEVERITIES),
  harmCategories: z.array(oneOf(INCIDENT_HARM_CATEGORIES)).max(5),
  affectedPeople: z.strictObject({
    count: z.number().int('must be a whole number').min(0).nullable(),
    groups: z.array(required(TEXT_LIMITS.short)).max(20),
  }),
  containment: text(TEXT_LIMITS.text).nullable(),
  rootCause: text(TEXT_LIMITS.text).nullable(),
  controlIds: z
    .array(
      z.string().refine(id => ANNEX_A_CONTROL_IDS.includes(id), {
        error: issue =>
          `${JSON.stringify(issue.input)} is not an Annex A control id`,
      }),
    )
    .max(ANNEX_A_CONTROL_IDS.length),
  serious: z.boolean(),
  seriousCategory: oneOf(SERIOUS_INCIDENT_CATEGORIES).nullable(),
};

function seriousPair(
  v: { serious?: boolean; seriousCategory?: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.serious && !v.seriousCategory) {
    ctx.addIssue({
      code: 'custom',
      path: ['seriousCategory'],
      message: 'is required when the incident is serious',
    });
  }
  if (v.serious === false && v.seriousCategory) {
    ctx.addIssue({
      code: 'custom',
      path: ['seriousCategory'],
      message: 'is set only when the incident is serious',
    });
  }
}

function awareAfterDetected(
  v: { detectedAt?: string; awareAt?: string },
  ctx: z.RefinementCtx,
) {
  if (
    v.detectedAt &&
    v.awareAt &&
    Date.parse(v.awareAt) < Date.parse(v.detectedAt)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['awareAt'],
      message: 'must not be before detectedAt',
    });
  }
}

/** Body of POST .../incidents: anyone signed in may report one. @public */
export const incidentCreateSchema = z
  .strictObject({
    ...incidentFields,
    description: incidentFields.description.default(''),
    harmCategories: incidentFields.harmCategories.default([]),
    affectedPeople: incidentFields.affectedPeople.default({
      count: null,
      groups: [],
    }),
    containment: incidentFields.containment.default(null),
    rootCause: incidentFields.rootCause.default(null),
    controlIds: incidentFields.controlIds.default([]),
    serious: incidentFields.serious.default(false),
    seriousCategory: incidentFields.seriousCategory.default(null),
  })
  .superRefine(seriousPair)
  .superRefine(awareAfterDetected);
/** A new incident. @public */
export type IncidentCreate = z.input<typeof incidentCreateSchema>;

/** Body of PATCH /incidents/:id: any subset; a status change follows the transitions. @public */
export const incidentPatchSchema = z
  .strictObject({
    ...incidentFields,
    status: oneOf(INCIDENT_STATUSES),
    rejectionReason: required(TEXT_LIMITS.text),
    riskIds: uuids,
    report: z.strictObject({
      state: oneOf(INCIDENT_REPORT_STATES),
      initialSentAt: timestamp.nullable(),
      finalSentAt: timestamp.nullable(),
      authority: required(TEXT_LIMITS.short).nullable(),
    }),
  })
  .partial()
  .superRefine(seriousPair)
  .superRefine(awareAfterDetected)
  .refine(v => Object.keys(v).length > 0, {
    error: 'must change at least one field',
  });
/** Changes to an incident. @public */
export type IncidentPatch = z.input<typeof incidentPatchSchema>;

/** Body of POST /incidents/:id/entries: a comment or an attachment. @public */
export const incidentEntryCreateSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('comment'),
      text: required(TEXT_LIMITS.text),
    }),
    z.strictObject({
      kind: z.literal('attachment'),
      evidenceId: z.uuid('must be an evidence id this API returned'),
      text: text(TEXT_LIMITS.text).optional(),
    }),
  ],
  {
    error:
      'kind must be comment or attachment (status changes are made through PATCH)',
  },
);
/** A new timeline entry. @public */
export type IncidentEntryCreate = z.input<typeof incidentEntryCreateSchema>;
