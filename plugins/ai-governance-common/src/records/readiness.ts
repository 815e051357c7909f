import { z } from 'zod';

/*
 * Certification readiness of the AI management system (ISO/IEC 42001):
 * what a stage 1 auditor asks to see (the documented information, each
 * present or missing with why), operating evidence on a reproducible sample
 * of the AI systems in scope (stage 2), and the certification calendar
 * (surveillance audits and recertification). Computed when read; nothing of
 * it is stored.
 */

/** The documented information a stage 1 audit looks for, in the order it is walked. @public */
export const READINESS_STAGE1_ITEMS = [
  'scope',
  'ai-policy',
  'objectives',
  'risk-assessment-process',
  'risk-treatment',
  'soa',
  'impact-assessment-process',
  'competence',
  'audit-programme',
  'audit-results',
  'management-review',
  'nonconformities',
] as const;
/** One item of the stage 1 checklist. @public */
export type ReadinessStage1ItemId = (typeof READINESS_STAGE1_ITEMS)[number];

/** A stage 1 item: whether the suite's records hold it, where to see it, and why. @public */
export interface ReadinessStage1Item {
  id: ReadinessStage1ItemId;
  title: string;
  /** The clause of ISO/IEC 42001 it answers, e.g. `6.1.2`. */
  clause: string;
  present: boolean;
  /** A portal path where the record is kept. */
  link?: string;
  /** The records behind the answer, e.g. "4 of 6 AI systems in scope have …". */
  why: string;
}

/** The stage 1 checklist with its progress. @public */
export interface ReadinessStage1 {
  items: ReadinessStage1Item[];
  presentCount: number;
  total: number;
}

/** The operating evidence checked on each sampled system. @public */
export const READINESS_CHECKS = [
  'risk-assessment',
  'impact-assessment',
  'controls',
  'reviews',
] as const;
/** One check of a sampled system. @public */
export type ReadinessCheckId = (typeof READINESS_CHECKS)[number];

/** A check of a sampled system, pass or fail with why. @public */
export interface ReadinessCheck {
  id: ReadinessCheckId;
  title: string;
  pass: boolean;
  why: string;
}

/** The Annex A controls of a sampled system, as stage 2 looks at them. @public */
export interface ReadinessControlCounts {
  /** Controls decided applicable. */
  applicable: number;
  /** Of those, implemented. */
  implemented: number;
  /** Of the implemented, with evidence that has not expired. */
  evidenced: number;
  /** Implemented controls without unexpired evidence, by control id. */
  missingEvidence: string[];
}

/** One AI system of the stage 2 sample. @public */
export interface ReadinessSampledSystem {
  entityRef: string;
  title: string | null;
  /** Its Governance tab in the portal. */
  link: string;
  /** Every check passed. */
  pass: boolean;
  checks: ReadinessCheck[];
  controls: ReadinessControlCounts;
}

/** The stage 2 sample: the same sample id draws the same systems. @public */
export interface ReadinessStage2 {
  sampleId: string;
  /** The sample size asked for; fewer systems when fewer are in scope. */
  size: number;
  /** AI systems in scope the sample is drawn from. */
  inScope: number;
  systems: ReadinessSampledSystem[];
}

/** The dates of the certification calendar. @public */
export const SURVEILLANCE_EVENT_KINDS = [
  'stage-1',
  'stage-2',
  'certificate',
  'surveillance-1',
  'surveillance-2',
  'recertification',
] as const;
/** A date of the certification calendar. @public */
export type SurveillanceEventKind = (typeof SURVEILLANCE_EVENT_KINDS)[number];

/** One date of the certification calendar. @public */
export interface SurveillanceEvent {
  kind: SurveillanceEventKind;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Before today. */
  past: boolean;
}

/** The certification calendar from configuration. @public */
export interface ReadinessSurveillance {
  certified: boolean;
  certificateDate: string | null;
  certificationBody: string | null;
  events: SurveillanceEvent[];
  /** Said when no certificate is held. */
  note?: string;
}

/** `GET /readiness`. @public */
export interface Readiness {
  stage1: ReadinessStage1;
  stage2: ReadinessStage2;
  surveillance: ReadinessSurveillance;
}

/** The largest stage 2 sample the API draws. @public */
export const READINESS_MAX_SAMPLE_SIZE = 100;

/** `?sampleId=&size=` of `GET /readiness`, shared by the API and the page. @public */
export const readinessQuerySchema = z.strictObject({
  sampleId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, - or _')
    .optional(),
  size: z.coerce
    .number({ error: 'must be a positive whole number' })
    .int('must be a positive whole number')
    .min(1, 'must be a positive whole number')
    .max(
      READINESS_MAX_SAMPLE_SIZE,
      `must be at most ${READINESS_MAX_SAMPLE_SIZE}`,
    )
    .optional(),
});
/** `?sampleId=&size=` of `GET /readiness`. @public */
export type ReadinessQuery = z.input<typeof readinessQuerySchema>;
