// @ts-check

/*
 * The org heat map as summaries, kept like the scorecard summaries in the
 * transaction of every write that changes them:
 *
 * - `risk_cells`: per AI system, how many of its open, treating or accepted
 *   risks sit in each likelihood × impact cell, once for the inherent and
 *   once for the residual values; the rows a refresh replaces, so the
 *   totals can move by the difference.
 * - `risk_cell_totals`: the same counts over every AI system, at most
 *   2 × 25 rows, which the org-wide heat map reads instead of every risk.
 *
 * Existing summaries were computed without these tables, so the recorded
 * definitions are dropped: reads fall back to the records until the
 * scheduled recompute rebuilds everything, heat map cells included.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('risk_cells', table => {
    table.string('entity_ref', 255).notNullable();
    // 'inherent' or 'residual'.
    table.string('grid', 8).notNullable();
    table.integer('likelihood').notNullable();
    table.integer('impact').notNullable();
    table.integer('risks').notNullable();
    table.primary(['entity_ref', 'grid', 'likelihood', 'impact']);
  });
  await knex.schema.createTable('risk_cell_totals', table => {
    table.string('grid', 8).notNullable();
    table.integer('likelihood').notNullable();
    table.integer('impact').notNullable();
    table.bigInteger('risks').notNullable();
    table.primary(['grid', 'likelihood', 'impact']);
  });
  await knex('summary_definitions').delete();
};

/**
 * Derived data: dropping it loses nothing.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('risk_cell_totals');
  await knex.schema.dropTable('risk_cells');
  await knex('summary_definitions').delete();
};
