import { AUDITOR_INDEPENDENCE_RULE } from '@aigov/plugin-ai-governance-common';

/**
 * What the independence rule needs from the catalog: the owner of each AI
 * system in scope (null when it names none) and the groups each auditor is a
 * member of, all refs in lower case.
 */
export interface Independence {
  ownerOf: Map<string, string | null>;
  teamsOf: Map<string, string[]>;
}

/**
 * Why these auditors may not audit these systems, or undefined when they
 * may: an auditor who owns a system in scope, or belongs to the group that
 * owns it, would audit their own team's work. The message names the rule,
 * the auditor, the system and the owner.
 */
export function independenceProblem(
  auditors: string[],
  systems: string[],
  independence: Independence,
): string | undefined {
  for (const system of systems) {
    const owner = independence.ownerOf.get(system);
    if (!owner) continue;
    for (const auditor of auditors) {
      const own = [auditor, ...(independence.teamsOf.get(auditor) ?? [])];
      if (own.includes(owner)) {
        return `Refused by the rule of ${AUDITOR_INDEPENDENCE_RULE}: ${auditor} may not audit ${system}, which ${
          owner === auditor ? 'they own' : `their team ${owner} owns`
        }`;
      }
    }
  }
  return undefined;
}
