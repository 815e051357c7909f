// @ts-check

/*
 * Scorecard summaries, kept in the transaction of every write that changes
 * them, so scorecards are read rather than recomputed over every record:
 *
 * - `entity_summaries`: one row per governed entity with the facts the
 *   scorecard SQL computes (src/database/scorecardFacts.ts declares them per
 *   record type), its level, the date and moment it was computed for, and
 *   `fresh_until`, the moment its facts next change by the clock alone
 *   (a due date passing, evidence expiring; NULL: never).
 * - `owner_summaries`: the org roll-up's measures per owner, the sum of the
 *   owner's AI systems' rows, so the org scorecard reads one row per owner.
 * - `summary_definitions`: the rules (risk appetite, compliance thresholds)
 *   and the fingerprint of the SQL the summaries were computed with; a
 *   replica whose rules or SQL differ does not trust them.
 *
 * The tables start empty: the plugin's scheduled recompute fills them (until
 * then scorecards are computed from the records, as before).
 */

const FACTS = [
  'has_purpose',
  'applicable',
  'not_applicable',
  'implemented',
  'implemented_without_evidence',
  'overdue_controls',
  'open_low',
  'open_medium',
  'open_high',
  'open_critical',
  'untreated',
  'overdue_reviews',
  'overdue_treatments',
  'evidence_total',
  'evidence_expired',
  'risk_approved',
  'impact_approved',
];

const MEASURES = [
  'systems',
  'level_none',
  'level_bronze',
  'level_silver',
  'level_gold',
  'implemented',
  'applicable',
  'open_high_or_critical',
  'untreated',
  'overdue',
  'expired_evidence',
];

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('entity_summaries', table => {
    table.string('entity_ref', 255).primary();
    table.string('kind', 64).notNullable();
    table.string('title', 255);
    table.string('owner_ref', 255);
    table.string('risk_tier', 32);
    for (const fact of FACTS) table.integer(fact).notNullable().defaultTo(0);
    table.string('level', 8).notNullable();
    // The date (YYYY-MM-DD) and moment (ISO 8601) the facts were computed for.
    table.string('as_of', 10).notNullable();
    table.string('computed_at', 32).notNullable();
    table.string('fresh_until', 32);
    // Permission-restricted roll-ups read the rows of the owners allowed.
    table.index(['owner_ref', 'kind'], 'entity_summaries_owner_idx');
    // The aging job and every roll-up look up the rows that went stale.
    table.index(['fresh_until'], 'entity_summaries_fresh_idx');
    table.index(['computed_at'], 'entity_summaries_computed_idx');
  });
  await knex.schema.createTable('owner_summaries', table => {
    table.string('owner_ref', 255).primary();
    for (const measure of MEASURES)
      table.bigInteger(measure).notNullable().defaultTo(0);
  });
  await knex.schema.createTable('summary_definitions', table => {
    table.integer('id').primary();
    table.text('rules').notNullable();
    table.string('definitions_key', 64).notNullable();
    table.string('computed_at', 32).notNullable();
  });
};

/**
 * The summaries are derived data: dropping them loses nothing.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('summary_definitions');
  await knex.schema.dropTable('owner_summaries');
  await knex.schema.dropTable('entity_summaries');
};
