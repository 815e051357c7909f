import { z } from 'zod';
import {
  AI_LITERACY_COURSE_ID,
  AUDITOR_COURSE_ID,
  HIGH_RISK_COURSE_ID,
  type TrainingCourse,
} from '../library/courses';
import { TEXT_LIMITS } from './constants';
import { addMonthsToDay } from './days';
import { isoDateSchema } from './schemas';
import type { RecordMeta } from './types';

/*
 * Competence and AI literacy (ISO/IEC 42001 7.2, 7.3, A.4.6; EU AI Act
 * Art. 4): who completed which course when, until when it counts, and who
 * needs which course. A training record belongs to its person: its history
 * events name the user entity.
 */

/** Where a completion stands on a day: `expiring` within the notice period. @public */
export const TRAINING_STATUSES = ['current', 'expiring', 'expired'] as const;
/** Where a completion stands on a day. @public */
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Days before its expiry a completion counts as expiring and its renewal task opens. @public */
export const TRAINING_NOTICE_DAYS = 30;

/** One person's completion of one course. @public */
export interface TrainingRecord extends RecordMeta {
  id: string;
  /** The person's user entity ref, as `userRef`: the record belongs to them. */
  entityRef: string;
  userRef: string;
  courseId: string;
  /** Completed on, YYYY-MM-DD. */
  completedAt: string;
  /** Counts until, YYYY-MM-DD; null when the course never expires. */
  expiresAt: string | null;
  /** A link to a certificate, or a note on how it was shown. */
  evidence: string;
  /** Who recorded it: the person, or the governance office for them. */
  recordedBy: string;
  /** On the day it is read. */
  status: TrainingStatus;
}

/** The status of a completion that counts until `expiresAt`, on `today` (both YYYY-MM-DD). @public */
export function trainingStatusOf(
  expiresAt: string | null,
  today: string,
  noticeDays = TRAINING_NOTICE_DAYS,
): TrainingStatus {
  if (expiresAt === null) return 'current';
  if (expiresAt < today) return 'expired';
  const notice = new Date(Date.parse(`${today}T00:00:00Z`) + noticeDays * 864e5)
    .toISOString()
    .slice(0, 10);
  return expiresAt <= notice ? 'expiring' : 'current';
}

/**
 * When a completion on `date` (YYYY-MM-DD) stops counting: `months` later,
 * the day clamped to the month's end (31 Jan + 1 month is 28 or 29 Feb). @public
 */
export function trainingExpiryOf(date: string, months: number): string {
  return addMonthsToDay(date, months);
}

/** Who a required course applies to. @public */
export type TrainingRequirement =
  /** Every person in the catalog. */
  | { courseId: string; appliesTo: 'everyone' }
  /** Members of a group owning an AI system of the high (or prohibited) tier, and users owning one. */
  | { courseId: string; appliesTo: 'high-tier-owners' }
  /** Holders of an AIMS role, e.g. `internal-auditor`. */
  | { courseId: string; appliesTo: 'aims-role'; role: string }
  /** Members of one group. */
  | { courseId: string; appliesTo: 'group'; group: string };

/** Who needs which course unless configured. @public */
export const DEFAULT_TRAINING_REQUIREMENTS: readonly TrainingRequirement[] = [
  { courseId: AI_LITERACY_COURSE_ID, appliesTo: 'everyone' },
  { courseId: HIGH_RISK_COURSE_ID, appliesTo: 'high-tier-owners' },
  {
    courseId: AUDITOR_COURSE_ID,
    appliesTo: 'aims-role',
    role: 'internal-auditor',
  },
];

/** The course catalogue and who needs which course. @public */
export interface TrainingCatalogue {
  items: TrainingCourse[];
  requirements: TrainingRequirement[];
}

/** How many of those who need a course hold it unexpired. @public */
export interface TrainingCourseCoverage {
  courseId: string;
  /** People who need it. */
  required: number;
  /** Of those, with a completion not expired today. */
  current: number;
}

/** Training coverage of a set of people. @public */
export interface TrainingCoverageFigures {
  /** People counted. */
  members: number;
  /** Of those, holding every course they need unexpired. */
  covered: number;
  /** covered / members in whole per cent; null with no members. */
  percent: number | null;
  courses: TrainingCourseCoverage[];
}

/** Coverage of one team, its members from catalog membership (its sub-teams' too). @public */
export interface TeamTrainingCoverage extends TrainingCoverageFigures {
  groupRef: string;
  title: string;
}

/** Coverage per team and of the whole organisation. @public */
export interface TrainingCoverage {
  /** The day it was counted, YYYY-MM-DD. */
  asOf: string;
  teams: TeamTrainingCoverage[];
  total: TrainingCoverageFigures;
}

const userRef = z
  .string()
  .trim()
  .max(TEXT_LIMITS.short, `must be at most ${TEXT_LIMITS.short} characters`)
  .regex(
    /^user:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
    'must be a user reference like user:default/ada',
  );

/** Body of POST /training-records. @public */
export const trainingRecordCreateSchema = z.strictObject({
  userRef,
  courseId: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(64, 'must be at most 64 characters'),
  completedAt: isoDateSchema,
  /** Defaults to completedAt plus the course's validity. */
  expiresAt: isoDateSchema.nullable().optional(),
  evidence: z
    .string()
    .trim()
    .max(TEXT_LIMITS.url, `must be at most ${TEXT_LIMITS.url} characters`)
    .default(''),
});
/** A new training record as a request sends it. @public */
export type TrainingRecordCreate = z.input<typeof trainingRecordCreateSchema>;
