import { z } from 'zod';
import { TEXT_LIMITS } from './constants';
import { addMonthsToDay } from './days';
import { isoDateSchema } from './schemas';
import type { RecordMeta } from './types';

/*
 * Policies and procedures of the management system as versioned documents
 * (ISO/IEC 42001 5.2, 7.5, Annex A.2.2–A.2.4). A document is an org-level
 * record (its history events name AIMS_ENTITY_REF) holding every version
 * it ever had: a version is written as a `draft`, submitted (`in-approval`)
 * and then `approved` by top management or `rejected` with a reason. The
 * current version is the latest approved one; a newer draft does not
 * replace it until it is approved itself. Earlier versions stay readable.
 */

/** What a document is. @public */
export const DOCUMENT_KINDS = ['policy', 'procedure', 'other'] as const;
/** What a document is. @public */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Topics the suite looks for; `ai-policy` marks the AI policy of 5.2. @public */
export const DOCUMENT_TOPICS = ['ai-policy'] as const;
/** A topic the suite looks for. @public */
export type DocumentTopic = (typeof DOCUMENT_TOPICS)[number];

/** Where a version of a document stands. @public */
export const DOCUMENT_VERSION_STATUSES = [
  'draft',
  'in-approval',
  'approved',
  'rejected',
] as const;
/** Where a version of a document stands. @public */
export type DocumentVersionStatus = (typeof DOCUMENT_VERSION_STATUSES)[number];

/** A version's text: Markdown written in the portal, a TechDocs page or a URL. @public */
export type DocumentContent =
  | { format: 'markdown'; markdown: string }
  | { format: 'techdocs'; entityRef: string; path: string }
  | { format: 'url'; url: string };

/** One version of a document. @public */
export interface DocumentVersion {
  /** 1, 2, … in the order written. */
  number: number;
  content: DocumentContent;
  changeSummary: string;
  author: string;
  createdAt: string;
  status: DocumentVersionStatus;
  submittedAt: string | null;
  /** Why it was rejected; null unless rejected. */
  rejectReason: string | null;
  /** Who approved or rejected it, and when; null while open. */
  approvedBy: string | null;
  approvedAt: string | null;
  /** The day it takes effect, YYYY-MM-DD: asked for by the author, or the approval day. */
  effectiveFrom: string | null;
}

/** A policy, procedure or other document of the management system. @public */
export interface AimsDocument extends RecordMeta {
  id: string;
  /** Always AIMS_ENTITY_REF: documents belong to the management system. */
  entityRef: string;
  kind: DocumentKind;
  /** `ai-policy` for the AI policy (5.2); null for any other document. */
  topic: DocumentTopic | null;
  title: string;
  /** The user or group that keeps the document up to date. */
  owner: string;
  /** Months between reviews of the approved version. */
  reviewMonths: number;
  /** Every version, oldest first. */
  versions: DocumentVersion[];
  /** The number of the latest approved version; null while none is approved. */
  currentVersion: number | null;
  /** The current version's approval day plus the review cycle, YYYY-MM-DD; null while none is approved. */
  nextReviewAt: string | null;
}

/** A document in the list: its metadata and the current version's, without the versions' text. @public */
export interface AimsDocumentSummary extends Omit<AimsDocument, 'versions'> {
  /** The current version without its content; null while none is approved. */
  current: Omit<DocumentVersion, 'content'> | null;
  /** The latest version (the current one or a newer draft) without its content. */
  latest: Omit<DocumentVersion, 'content'>;
  /** The open review task of the document, if the review is due. */
  reviewTask: { id: string; dueAt: string; assignee: string | null } | null;
}

/** The rule that keeps approval to top management. @public */
export const DOCUMENT_APPROVER_RULE =
  'documents of the management system are approved by top management (ISO/IEC 42001 5.1, 5.2): the approver must hold the AIMS role top-management';
/** The four-eyes rule of document approval. @public */
export const DOCUMENT_FOUR_EYES_RULE =
  'four eyes: the author of a version may not approve it';
/** The rule of one version in the making. @public */
export const DOCUMENT_ONE_OPEN_VERSION_RULE =
  'a document has one version in the making at a time: submit it and have it approved or rejected first';

/** Longest Markdown text of one version. @public */
export const MAX_DOCUMENT_MARKDOWN = 100_000;
/** Most versions one document keeps. @public */
export const MAX_DOCUMENT_VERSIONS = 200;
/** Days before a review is due that its task opens. @public */
export const DOCUMENT_REVIEW_NOTICE_DAYS = 30;

const text = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
const ownerRef = required(TEXT_LIMITS.short).regex(
  /^(user|group):[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
  'must be a user or group reference like group:default/ai-governance-office',
);
const entityRef = required(TEXT_LIMITS.short).regex(
  /^[a-z0-9]+:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
  'must be a full entity reference like component:default/aims-handbook',
);

/** Body schema of a version's content. @public */
export const documentContentSchema = z.discriminatedUnion(
  'format',
  [
    z.strictObject({
      format: z.literal('markdown'),
      markdown: required(MAX_DOCUMENT_MARKDOWN),
    }),
    z.strictObject({
      format: z.literal('techdocs'),
      entityRef,
      path: text(TEXT_LIMITS.url)
        .regex(/^[^\s?#]*$/, 'must be a page path such as policies/ai-policy/')
        .default(''),
    }),
    z.strictObject({
      format: z.literal('url'),
      url: z
        .url({
          protocol: /^https?$/,
          error: 'must be an http(s) URL',
        })
        .max(TEXT_LIMITS.url, `must be at most ${TEXT_LIMITS.url} characters`),
    }),
  ],
  { error: 'must have format markdown, techdocs or url' },
);

const versionFields = {
  content: documentContentSchema,
  changeSummary: required(TEXT_LIMITS.text),
  effectiveFrom: isoDateSchema.nullable().optional(),
};

const documentFields = {
  kind: oneOf(DOCUMENT_KINDS),
  topic: oneOf(DOCUMENT_TOPICS).nullable(),
  title: required(TEXT_LIMITS.title),
  owner: ownerRef,
  reviewMonths: z
    .number({ error: 'must be a whole number of months' })
    .int('must be a whole number of months')
    .min(1, 'must be at least 1 month')
    .max(60, 'must be at most 60 months'),
};

/** Body of POST /aims/policies: a document and its first version, a draft. @public */
export const documentCreateSchema = z
  .strictObject({
    ...documentFields,
    topic: documentFields.topic.default(null),
    reviewMonths: documentFields.reviewMonths.default(12),
    ...versionFields,
    changeSummary: versionFields.changeSummary.default('First version'),
  })
  .refine(v => v.topic !== 'ai-policy' || v.kind === 'policy', {
    path: ['topic'],
    error: 'ai-policy is the topic of a document of kind policy',
  });
/** A new document as a request sends it. @public */
export type DocumentCreate = z.input<typeof documentCreateSchema>;

/** Body of PATCH /aims/policies/:id: the metadata to change. @public */
export const documentPatchSchema = z
  .strictObject(documentFields)
  .partial()
  .refine(v => Object.keys(v).length > 0, {
    error: 'must change at least one field',
  });
/** A change to a document's metadata. @public */
export type DocumentPatch = z.input<typeof documentPatchSchema>;

/** Body of POST /aims/policies/:id/versions: a new draft. @public */
export const documentVersionCreateSchema = z.strictObject(versionFields);
/** A new version as a request sends it. @public */
export type DocumentVersionCreate = z.input<typeof documentVersionCreateSchema>;

/** Body of …/approve: the day it takes effect, if not the author's or today. @public */
export const documentApproveSchema = z.strictObject({
  effectiveFrom: isoDateSchema.optional(),
});
/** Approving a version. @public */
export type DocumentApprove = z.input<typeof documentApproveSchema>;

/** Body of …/reject. @public */
export const documentRejectSchema = z.strictObject({
  reason: required(TEXT_LIMITS.text),
});
/** Rejecting a version. @public */
export type DocumentReject = z.input<typeof documentRejectSchema>;

/** The latest approved version of the versions, if any. @public */
export function currentDocumentVersion(
  versions: DocumentVersion[],
): DocumentVersion | undefined {
  return [...versions].reverse().find(v => v.status === 'approved');
}

/** The day `months` after `date` (an ISO timestamp or day), YYYY-MM-DD: when a review falls due; the end of a shorter month is its last day. @public */
export function reviewDueDay(date: string, months: number): string {
  return addMonthsToDay(date, months);
}
