import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  AimsDocument,
  DocumentContent,
  DocumentVersion,
  DocumentVersionStatus,
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
