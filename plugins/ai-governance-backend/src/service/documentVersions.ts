import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  DOCUMENT_FOUR_EYES_RULE,
  DOCUMENT_ONE_OPEN_VERSION_RULE,
  type AimsDocument,
  type AimsDocumentSummary,
  type DocumentContent,
  type DocumentVersion,
  type DocumentVersionStatus,
} from '@aigov/plugin-ai-governance-common';
import type { DocumentValues } from '../database/AimsDocumentStore';

/*
 * The versions of a document: how a draft is written, which version a
 * step may act on, and the versions list with one version changed. Versions
 * are only added and moved forward; none is ever removed.
 */

/** A parsed new version. */
export interface ParsedVersion {
  content: DocumentContent;
  changeSummary: string;
  effectiveFrom?: string | null;
}

/** A version without its text, as lists show it. */
export const withoutContent = ({ content: _, ...rest }: DocumentVersion) =>
  rest;

/** Version `number`, a draft written by `actor` now. */
export function draftVersion(
  number: number,
  body: ParsedVersion,
  actor: string,
  now: string,
): DocumentVersion {
  return {
    number,
    content: body.content,
    changeSummary: body.changeSummary,
    author: actor,
    createdAt: now,
    status: 'draft',
    submittedAt: null,
    rejectReason: null,
    approvedBy: null,
    approvedAt: null,
    effectiveFrom: body.effectiveFrom ?? null,
  };
}

/** The version, which must exist (404) and be `status` (409 naming the move to `to`). */
export function versionIn(
  doc: AimsDocument,
  number: number,
  status: DocumentVersionStatus,
  to: string,
): DocumentVersion {
  const version = doc.versions.find(v => v.number === number);
  if (!version) {
    throw new NotFoundError(
      `Document ${doc.id} has no version ${number} (it has ${doc.versions.length})`,
    );
  }
  if (version.status !== status) {
    throw new ConflictError(
      `Version ${number} of document ${doc.id} is ${version.status}: only a ${status} version is ${to}; a version moves draft → in-approval → approved or rejected`,
    );
  }
  return version;
}

/** The document's versions with version `number` changed by `values`. */
export function withVersion(
  doc: AimsDocument,
  number: number,
  values: Partial<DocumentVersion>,
): DocumentValues {
  return {
    versions: doc.versions.map(v =>
      v.number === number ? { ...v, ...values } : v,
    ),
  };
}

/** The list's summary of a document: versions without their text, and its open review task. */
export function summaryOf(
  { versions, ...doc }: AimsDocument,
  review: { id: string; dueAt: string; assignee: string | null } | undefined,
): AimsDocumentSummary {
  const current = versions.find(v => v.number === doc.currentVersion);
  return {
    ...doc,
    current: current ? withoutContent(current) : null,
    latest: withoutContent(versions[versions.length - 1]),
    reviewTask: review
      ? { id: review.id, dueAt: review.dueAt, assignee: review.assignee }
      : null,
  };
}

/** A version of a document kept before the portal kept it (the demo's seed file). */
export interface PastVersion extends ParsedVersion {
  author: string;
  /** When it was written, an ISO timestamp; submitted then too unless a draft. */
  writtenAt: string;
  status: DocumentVersionStatus;
  /** Who approved or rejected it, and when; required unless open. */
  decidedBy?: string;
  decidedAt?: string;
  rejectReason?: string;
}

/**
 * The versions of a past document as stored: numbered in order, each
 * decided one by someone other than its author (four eyes), only the last
 * one open, and an approved one effective from its approval day unless it
 * says otherwise.
 */
export function pastVersions(
  title: string,
  versions: PastVersion[],
): DocumentVersion[] {
  return versions.map((v, i) => {
    const open = v.status === 'draft' || v.status === 'in-approval';
    const where = `Document "${title}" version ${i + 1}`;
    if (open && i < versions.length - 1) {
      throw new ConflictError(`${where}: ${DOCUMENT_ONE_OPEN_VERSION_RULE}`);
    }
    if (!open && (!v.decidedBy || !v.decidedAt)) {
      throw new ConflictError(`${where} is ${v.status} but names no decider`);
    }
    if (!open && v.decidedBy === v.author) {
      throw new ConflictError(`${where}: ${DOCUMENT_FOUR_EYES_RULE}`);
    }
    return {
      ...draftVersion(i + 1, v, v.author, v.writtenAt),
      status: v.status,
      submittedAt: v.status === 'draft' ? null : v.writtenAt,
      rejectReason: v.status === 'rejected' ? v.rejectReason ?? '' : null,
      approvedBy: open ? null : v.decidedBy!,
      approvedAt: open ? null : v.decidedAt!,
      effectiveFrom:
        v.status === 'approved'
          ? v.effectiveFrom ?? v.decidedAt!.slice(0, 10)
          : v.effectiveFrom ?? null,
    };
  });
}
