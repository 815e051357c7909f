import type { AimsClauseStatus } from '@aigov/plugin-ai-governance-common';

/** A clause status in words. */
export const AIMS_STATUS_LABELS: Record<AimsClauseStatus, string> = {
  'not-assessed': 'Not assessed',
  gap: 'Gap',
  partial: 'Partly met',
  implemented: 'Implemented',
};

/** Why the edit button is disabled; the wording follows the default policy. */
export const AIMS_UPDATE_DENIED =
  'Only the governance office can assess the clauses of the management system';

/**
 * Evidence links as the dialog's text has them, one per line: a URL, or a
 * title, a space and the URL last.
 */
export function linksToText(links: { title?: string; url: string }[]): string {
  return links.map(l => (l.title ? `${l.title} ${l.url}` : l.url)).join('\n');
}

/** The lines of the dialog's text as links: the last word is the URL, the rest its title. */
export function textToLinks(text: string): { title?: string; url: string }[] {
  return text
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
    .map(line => {
      const at = line.lastIndexOf(' ');
      if (at < 0) return { url: line };
      return { title: line.slice(0, at).trim(), url: line.slice(at + 1) };
    });
}
