import type {
  AiActRole,
  AimsIssue,
  AimsIssueKind,
  AimsScopeExclusion,
  InterestedParty,
} from '@aigov/plugin-ai-governance-common';

/** An EU AI Act role in words. */
export const AI_ACT_ROLE_LABELS: Record<AiActRole, string> = {
  provider: 'Provider',
  deployer: 'Deployer',
  importer: 'Importer',
  distributor: 'Distributor',
  'product-manufacturer': 'Product manufacturer',
  'authorised-representative': 'Authorised representative',
};

/** Where an issue arises, in words. */
export const ISSUE_KIND_LABELS: Record<AimsIssueKind, string> = {
  internal: 'Internal',
  external: 'External',
};

/** Why the Edit buttons of scope and roles are disabled; the wording follows the default policy. */
export const CONTEXT_UPDATE_DENIED =
  'Only the governance office can change the scope, context and roles of the management system';

/** A comma- or line-separated list as its items. */
export const itemsOf = (text: string): string[] =>
  text
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean);

const SEPARATOR = ' | ';

/*
 * The dialog edits the lists as lines, one item a line, its parts
 * separated by " | ". Lines are matched back to the items read (by their
 * text), so an unchanged issue keeps its id and the date it was last changed.
 */

/** Exclusions as lines: `aisystem:default/x | why`. */
export const exclusionsToText = (list: AimsScopeExclusion[]) =>
  list.map(e => `${e.entityRef}${SEPARATOR}${e.justification}`).join('\n');

/** Lines back to exclusions; a line without a justification keeps it empty for the schema to refuse. */
export const textToExclusions = (text: string): AimsScopeExclusion[] =>
  lines(text).map(([entityRef, ...rest]) => ({
    entityRef,
    justification: rest.join(SEPARATOR),
  }));

/** Issues as lines: `internal | description | effect`. */
export const issuesToText = (list: AimsIssue[]) =>
  list
    .map(i => [i.kind, i.description, i.effect].filter(Boolean).join(SEPARATOR))
    .join('\n');

/** Lines back to issues, keeping the id of an issue whose text is unchanged. */
export function textToIssues(text: string, earlier: AimsIssue[]) {
  return lines(text).map(([kind, description = '', ...effect]) => {
    const item = {
      kind: kind.toLocaleLowerCase('en-GB') as AimsIssueKind,
      description,
      effect: effect.join(SEPARATOR),
    };
    const same = earlier.find(
      i => i.kind === item.kind && i.description === item.description,
    );
    return same ? { id: same.id, ...item } : item;
  });
}

/** Parties as lines: `name | requirement | requirement …`. */
export const partiesToText = (list: InterestedParty[]) =>
  list.map(p => [p.name, ...p.requirements].join(SEPARATOR)).join('\n');

/** Lines back to parties; a party of the same name keeps its id and feedback. */
export function textToParties(text: string, earlier: InterestedParty[]) {
  return lines(text).map(([name, ...requirements]) => {
    const same = earlier.find(p => p.name === name);
    return {
      ...(same ? { id: same.id } : {}),
      name,
      requirements,
      feedback: same?.feedback ?? [],
    };
  });
}

function lines(text: string): string[][] {
  return text
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
    .map(l => l.split('|').map(part => part.trim()));
}
