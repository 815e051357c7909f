import { ART6_CONDITIONS, type ClassificationAnswers } from './questions';

/*
 * The Art. 6(3) derogation: an Annex III system is not high-risk when one of
 * the conditions (a) to (d) holds and it poses no significant risk of harm,
 * never when it profiles natural persons. The validator already makes the
 * condition and the written justification required with the claim, so here a
 * claim always has both.
 */

/** Whether the derogation holds: claimed for an Annex III use, by a system that does not profile people. */
export function derogationHolds(a: ClassificationAnswers): boolean {
  return (
    a.annexIIIArea !== 'none' && a.art6Exemption && !a.profilesNaturalPersons
  );
}

/** The longest excerpt of the justification quoted in a reason; the full text stays in the answers. */
const QUOTE_LENGTH = 200;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LENGTH
    ? `${flat.slice(0, QUOTE_LENGTH - 1).trimEnd()}…`
    : flat;
}

/** The Art. 6(3) outcome for a system used in an Annex III area, then, when it holds, the condition and the reasoning it rests on. */
export function derogationReasons(a: ClassificationAnswers): string[] {
  if (a.art6Exemption && a.profilesNaturalPersons) {
    return [
      'An Art. 6(3) derogation is claimed but cannot hold: a system in an Annex III area that profiles natural persons is always high-risk (Art. 6(3)).',
    ];
  }
  if (a.art6Exemption) {
    const condition = ART6_CONDITIONS.find(o => o.value === a.art6Condition)!;
    return [
      'An Art. 6(3) derogation is claimed and the system does not profile natural persons, so this use does not make it high-risk, provided it poses no significant risk of harm and the provider documents that assessment (Art. 6(3) and Art. 6(4)).',
      `The derogation rests on condition (${
        condition.value
      }), ${condition.label.toLowerCase()}, and on the written justification kept with the assessment: “${quote(
        a.art6Justification ?? '',
      )}” (${condition.article}).`,
    ];
  }
  if (a.profilesNaturalPersons) {
    return [
      'It profiles natural persons, so this use makes it high-risk and no Art. 6(3) derogation could change that (Art. 6(3)).',
    ];
  }
  return [
    'No Art. 6(3) derogation is claimed, so this use makes it high-risk (Art. 6(2) and Art. 6(3)).',
  ];
}

/** The provider's record of a derogation that holds, dated with the Annex III duties it replaces. */
export const DEROGATION_RECORD =
  'Document why the Annex III system is not high-risk before placing it on the market or putting it into service, hand that assessment to authorities on request and register the system in the EU database (Art. 6(4) and Art. 49(2))';
