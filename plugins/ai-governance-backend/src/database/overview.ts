import type { Knex } from 'knex';
import {
  getAnnexAControl,
  type OverdueItem,
  type RiskHeatMap,
} from '@aigov/plugin-ai-governance-common';
import { HEAT_MAP_COUNTED } from './riskCells';

/** A SQL condition over `governed_entities g`, with named bindings; `unrestricted` when it is every AI system the caller could see anyway. */
export type EntityScope = {
  sql: string;
  bindings: Record<string, unknown>;
  unrestricted?: boolean;
};

const rowsOf = (result: any): any[] =>
  Array.isArray(result) ? result : result.rows;

/** Open risks per likelihood × impact (and per residual values), counted in SQL over the records of the scope, most severe cell first. */
export async function riskHeatMap(
  db: Knex,
  scope: EntityScope,
): Promise<RiskHeatMap> {
  const count = async (l: string, i: string) =>
    rowsOf(
      await db.raw(
        `SELECT r.${l} AS likelihood, r.${i} AS impact, COUNT(*) AS count
         FROM risks r JOIN governed_entities g ON g.entity_ref = r.entity_ref
         WHERE ${HEAT_MAP_COUNTED(l)} AND (${scope.sql})
         GROUP BY r.${l}, r.${i} ORDER BY r.${l} DESC, r.${i} DESC`,
        scope.bindings,
      ),
    ).map(row => ({
      likelihood: Number(row.likelihood),
      impact: Number(row.impact),
      count: Number(row.count),
    }));
  return {
    inherent: await count('likelihood', 'impact'),
    residual: await count('residual_likelihood', 'residual_impact'),
  };
}

/**
 * What is past its date across the scope, most overdue first: treatments
 * and reviews of risks, controls not implemented by their due date, and
 * expired evidence. Each kind is limited in SQL before merging.
 */
export async function overdueItems(
  db: Knex,
  scope: EntityScope,
  options: { today: string; now: string; limit: number },
): Promise<OverdueItem[]> {
  const b = {
    ...scope.bindings,
    today: options.today,
    now: options.now,
    limit: options.limit,
  };
  const query = async (sql: string) => rowsOf(await db.raw(sql, b));
  const from = (table: string, alias: string) =>
    `FROM ${table} ${alias} JOIN governed_entities g ON g.entity_ref = ${alias}.entity_ref WHERE (${scope.sql})`;
  const [treatments, reviews, controls, evidence] = await Promise.all([
    query(`SELECT r.entity_ref, r.id, r.title, r.due_date AS due, r.owner_ref AS owner ${from(
      'risks',
      'r',
    )}
      AND r.status IN ('open', 'treating') AND r.due_date < :today ORDER BY r.due_date LIMIT :limit`),
    query(`SELECT r.entity_ref, r.id, r.title, CASE WHEN r.status = 'accepted' AND r.acceptance_expires_at < :today
        THEN r.acceptance_expires_at ELSE r.next_review_date END AS due, r.owner_ref AS owner ${from(
          'risks',
          'r',
        )}
      AND r.status NOT IN ('closed', 'proposed') AND (r.next_review_date < :today OR (r.status = 'accepted' AND r.acceptance_expires_at < :today))
      ORDER BY due LIMIT :limit`),
    query(`SELECT c.entity_ref, c.control_id AS id, c.due_date AS due, c.owner_ref AS owner ${from(
      'control_statuses',
      'c',
    )}
      AND c.applicable AND c.status <> 'implemented' AND c.due_date < :today ORDER BY c.due_date LIMIT :limit`),
    query(`SELECT e.entity_ref, e.id, e.title, e.expires_at AS due, NULL AS owner ${from(
      'evidence',
      'e',
    )}
      AND e.expires_at <= :now ORDER BY e.expires_at LIMIT :limit`),
  ]);
  const item =
    (type: OverdueItem['type']) =>
    (row: any): OverdueItem => ({
      entityRef: row.entity_ref,
      type,
      id: row.id,
      title:
        row.title ??
        `${row.id} ${getAnnexAControl(row.id)?.title ?? ''}`.trim(),
      due: String(row.due).slice(0, 10),
      owner: row.owner ?? null,
    });
  return [
    ...treatments.map(item('treatment')),
    ...reviews.map(item('review')),
    ...controls.map(item('control')),
    ...evidence.map(item('evidence')),
  ]
    .sort((x, y) => x.due.localeCompare(y.due))
    .slice(0, options.limit);
}
