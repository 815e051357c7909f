import {
  describeScopeFilter,
  type AimsClausePrefill,
  type AimsScopeRecord,
} from '@aigov/plugin-ai-governance-common';

/** What the 4.2 and 4.3 pre-fills read of the AIMS scope record. */
export type ScopeFigures = Pick<
  AimsScopeRecord,
  'statement' | 'boundaries' | 'filter' | 'interestedParties'
> & {
  /** False before the scope is first recorded. */
  defined: boolean;
  /** AI systems the filter puts in scope now. */
  systemsInScope: number;
};

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`;

/**
 * Scope determined (4.3): implemented when a statement, its boundaries and
 * at least one AI system are in scope; partial when the record lacks one of
 * them; a gap before it is recorded (the default filter applies meanwhile).
 */
export function scopePrefill(s: ScopeFigures): AimsClausePrefill {
  if (!s.defined) {
    return {
      status: 'gap',
      reason: `No AIMS scope is recorded yet; until it is, ${describeScopeFilter(
        s.filter,
      ).replace(/^Every/, 'every')} counts as in scope`,
    };
  }
  const systems = plural(s.systemsInScope, 'AI system');
  const missing = [
    ...(s.boundaries ? [] : ['its boundaries']),
    ...(s.systemsInScope > 0 ? [] : ['an AI system in scope']),
  ];
  if (missing.length > 0) {
    return {
      status: 'partial',
      reason: `The scope statement is recorded but lacks ${missing.join(
        ' and ',
      )} (${systems} in scope)`,
    };
  }
  return {
    status: 'implemented',
    reason: `The scope statement and its boundaries are recorded; ${systems} in scope: ${describeScopeFilter(
      s.filter,
    ).replace(/^Every/, 'every')}`,
  };
}

/**
 * Interested parties (4.2): implemented when parties are recorded and each
 * has at least one requirement, partial when some lack one, a gap when none
 * is recorded.
 */
export function interestedPartiesPrefill(s: ScopeFigures): AimsClausePrefill {
  const parties = s.interestedParties;
  if (!s.defined || parties.length === 0) {
    return {
      status: 'gap',
      reason: 'No interested party is recorded in the AIMS scope yet',
    };
  }
  const without = parties.filter(p => p.requirements.length === 0);
  if (without.length > 0) {
    return {
      status: 'partial',
      reason: `${plural(
        without.length,
        'interested party',
        'interested parties',
      )} of ${parties.length} without a requirement: ${without
        .map(p => p.name)
        .join(', ')}`,
    };
  }
  const requirements = parties.reduce((n, p) => n + p.requirements.length, 0);
  return {
    status: 'implemented',
    reason: `${plural(
      parties.length,
      'interested party',
      'interested parties',
    )} recorded with ${plural(requirements, 'requirement')}`,
  };
}
