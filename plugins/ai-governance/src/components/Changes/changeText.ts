import type { ChangeRecord } from '@aigov/plugin-ai-governance-common';

/** The fields the sync compares, in words. */
const FIELD_LABELS: Record<string, string> = {
  'spec.riskTier': 'EU AI Act risk tier',
  'spec.purpose': 'Purpose',
  'spec.type': 'Type',
  'spec.lifecycle': 'Lifecycle',
  'spec.owner': 'Owner',
};

const MODEL = /^spec\.models\[(.+?)\](?:\.(version|supplier))?$/;
const DEPENDENCY = /^spec\.dependsOn\[(.+)\]$/;

/** What changed in words: `spec.models[pd].version` → `Model pd: version`. */
export function fieldLabel(field: string): string {
  const model = MODEL.exec(field);
  if (model) return `Model ${model[1]}${model[2] ? `: ${model[2]}` : ''}`;
  const dependency = DEPENDENCY.exec(field);
  if (dependency) return `AI dependency ${dependency[1]}`;
  return FIELD_LABELS[field] ?? field;
}

/** A before or after value for people: text as it is, a dash for none, other JSON written out. */
export function valueText(value: ChangeRecord['before']): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A full commit hash is shortened the way Git hosts show it. */
export const shortCommit = (commit: string): string =>
  /^[0-9a-f]{40}$/i.test(commit) ? commit.slice(0, 7) : commit;

/**
 * A link to the commit on its Git host, when the location names a GitHub
 * or GitLab repository URL; undefined otherwise (then the commit shows as
 * text). Only these two are linked: their commit pages have a known path.
 */
export function commitUrl(
  location: string | null,
  commit: string,
): string | undefined {
  const url = location?.replace(/^url:/, '');
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const [owner, repo] = parsed.pathname.split('/').filter(Boolean);
  if (!owner || !repo) return undefined;
  const base = `${parsed.origin}/${owner}/${repo}`;
  const sha = encodeURIComponent(commit);
  if (parsed.hostname === 'github.com') return `${base}/commit/${sha}`;
  if (parsed.hostname.startsWith('gitlab.')) return `${base}/-/commit/${sha}`;
  return undefined;
}
