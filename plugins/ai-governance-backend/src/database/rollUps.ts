import type { ScorecardRules } from '@aigov/plugin-ai-governance-common';
import {
  bindingsAt,
  COUNTED,
  type FactScope,
  ROLL_UP_MEASURES,
  scoredSql,
  STALE,
} from './scorecardFacts';
import { refsScope } from './SummaryStore';

/*
 * The scorecard statements: one entity's facts from the records, and the
 * org roll-up, from the records (the definition) or from the summaries
 * (what is read). Both roll-ups add up per-owner parts over the group tree
 * in the same way, so they can only differ in what they add up.
 */

/** A permission condition over the facts (alias `f`), with named bindings. */
export type FactsRestriction = {
  sql: string;
  bindings: Record<string, unknown>;
};

/** A statement with named bindings, as `knex.raw` takes it. */
export interface ScorecardQuery {
  sql: string;
  bindings: Record<string, unknown>;
}

/**
 * The facts of one entity and the level the SQL rules give, from the
 * records: the definition the summaries are held to.
 */
export function entityScorecardQuery(
  rules: ScorecardRules,
  now: Date,
  entityRef: string,
): ScorecardQuery {
  return {
    sql: scoredSql(rules, column => `${column} = :entityRef`),
    bindings: { ...bindingsAt(rules, now.toISOString()), entityRef },
  };
}

const measures = (x: string, sign = '') =>
  ROLL_UP_MEASURES.map(m => `${sign}(${m.sql(x)}) AS ${m.name}`).join(', ');

/**
 * Rows per group from per-owner parts (`owner_ref` and the measures): each
 * owner's rows count for every group above it in the tree (any depth).
 */
function rollUpSql(parts: string): string {
  const names = ROLL_UP_MEASURES.map(m => m.name);
  return `
    WITH RECURSIVE closure(ancestor, descendant) AS (
      SELECT group_ref, group_ref FROM catalog_groups
      UNION
      SELECT cg.parent_ref, c.descendant FROM closure c
      JOIN catalog_groups cg ON cg.group_ref = c.ancestor
      WHERE cg.parent_ref IS NOT NULL
    ),
    parts AS (${parts}),
    owners AS (
      SELECT owner_ref, ${names.map(n => `SUM(${n}) AS ${n}`).join(', ')}
      FROM parts GROUP BY owner_ref
    )
    SELECT COALESCE(cl.ancestor, o.owner_ref) AS group_ref,
      ${names.map(n => `SUM(o.${n}) AS ${n}`).join(', ')}
    FROM owners o
    LEFT JOIN closure cl ON cl.descendant = o.owner_ref
    GROUP BY COALESCE(cl.ancestor, o.owner_ref)
    HAVING SUM(o.systems) > 0
    ORDER BY group_ref`;
}

/**
 * The org roll-up computed from the records: a row per owning group over
 * the AI systems it owns directly or through its child groups. What the
 * summaries must add up to, and what is read while they cannot be trusted.
 */
export function liveOrgRollUpQuery(
  rules: ScorecardRules,
  now: Date,
  restrict?: FactsRestriction,
): ScorecardQuery {
  const parts = `SELECT f.owner_ref, ${measures('f')}
      FROM (${scoredSql(rules)}) f
      WHERE ${COUNTED('f')} ${restrict ? `AND (${restrict.sql})` : ''}`;
  return {
    sql: rollUpSql(parts),
    bindings: {
      ...bindingsAt(rules, now.toISOString()),
      ...(restrict?.bindings ?? {}),
    },
  };
}

/**
 * The org roll-up from the summaries: the owners' totals (or, under a
 * permission condition, the rows of the systems allowed), with the stale
 * summaries swapped for their facts computed from the records. `stale` is
 * the list of stale refs, or 'query' to select them in SQL. The statement
 * `Scorecards.byOwner` runs, exported so that bench/records.mjs times it.
 */
export function orgRollUpQuery(
  rules: ScorecardRules,
  now: Date,
  options: { restrict?: FactsRestriction; stale?: string[] | 'query' } = {},
): ScorecardQuery {
  const { restrict, stale = [] } = options;
  let staleScope: FactScope | undefined;
  let staleBindings: Record<string, unknown> = {};
  if (stale === 'query') {
    staleScope = column =>
      `${column} IN (SELECT st.entity_ref FROM entity_summaries st WHERE ${STALE(
        'st',
      )})`;
  } else if (stale.length) {
    ({ scope: staleScope, bindings: staleBindings } = refsScope(
      stale,
      'stale',
    ));
  }
  const allowed = restrict ? `AND (${restrict.sql})` : '';
  const live = staleScope
    ? `SELECT f.owner_ref, ${measures('f')}
        FROM (${scoredSql(rules, staleScope)}) f WHERE ${COUNTED(
        'f',
      )} ${allowed}`
    : undefined;
  let parts: string;
  if (restrict) {
    parts = `SELECT f.owner_ref, ${measures('f')} FROM entity_summaries f
      WHERE ${COUNTED('f')} ${allowed}
      ${staleScope ? `AND NOT (${staleScope('f.entity_ref')})` : ''}`;
  } else {
    parts = `SELECT owner_ref, ${ROLL_UP_MEASURES.map(m => m.name).join(
      ', ',
    )} FROM owner_summaries`;
    if (staleScope) {
      parts += `
      UNION ALL
      SELECT s.owner_ref, ${measures('s', '-')} FROM entity_summaries s
      WHERE ${COUNTED('s')} AND ${staleScope('s.entity_ref')}`;
    }
  }
  if (live)
    parts += `
      UNION ALL
      ${live}`;
  return {
    sql: rollUpSql(parts),
    bindings: {
      ...bindingsAt(rules, now.toISOString()),
      ...staleBindings,
      ...(restrict?.bindings ?? {}),
    },
  };
}
