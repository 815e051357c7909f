import {
  parseEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import type {
  DocumentContent,
  DocumentKind,
  DocumentVersionStatus,
} from '@aigov/plugin-ai-governance-common';

/** A document kind in words. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  policy: 'Policy',
  procedure: 'Procedure',
  other: 'Other document',
};

/** A version status in words. */
export const VERSION_STATUS_LABELS: Record<DocumentVersionStatus, string> = {
  draft: 'Draft',
  'in-approval': 'In approval',
  approved: 'Approved',
  rejected: 'Rejected',
};

/** Why writing is disabled; the wording follows the default policy. */
export const POLICY_UPDATE_DENIED =
  'Only the governance office writes documents of the management system';
/** Why writing one document is disabled. */
export const documentWriteDenied = (owner: string) =>
  `Only the governance office or the document's owner (${owner}) writes its versions`;
/** Why approving is disabled for someone outside top management. */
export const NOT_TOP_MANAGEMENT =
  'Only top management approves or rejects documents: you do not hold the AIMS role top-management';
/** Why approving one's own version is disabled. */
export const OWN_VERSION =
  'You wrote this version: another member of top management approves it (four eyes)';

/** Where the TechDocs page of a version is, as a portal path. */
export function techDocsPath(entityRef: string, path: string): string {
  let ref: CompoundEntityRef;
  try {
    ref = parseEntityRef(entityRef);
  } catch {
    return '/docs';
  }
  const page = path.replace(/^\/+/, '');
  return `/docs/${ref.namespace}/${ref.kind.toLocaleLowerCase('en-US')}/${
    ref.name
  }/${page}`;
}

/** Where a version's text is when it is not written in the portal. */
export function contentLink(
  content: DocumentContent,
): { href: string; label: string } | undefined {
  if (content.format === 'techdocs') {
    return {
      href: techDocsPath(content.entityRef, content.path),
      label: `TechDocs of ${content.entityRef}${
        content.path ? ` (${content.path})` : ''
      }`,
    };
  }
  if (content.format === 'url')
    return { href: content.url, label: content.url };
  return undefined;
}
