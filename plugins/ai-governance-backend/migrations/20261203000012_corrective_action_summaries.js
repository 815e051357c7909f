// @ts-check

/*
 * The scorecard fact of corrective actions (src/database/scorecardFacts.ts):
 * per entity the actions of its nonconformities not done and past their due
 * date, which count among the overdue items that keep it from gold (and in
 * the owners' overdue measure, whose column is already there).
 *
 * Existing summaries were computed without corrective actions, so the
 * recorded definitions are dropped: reads fall back to the records until
 * the scheduled recompute rebuilds everything with the new column.
 */

const ENTITY_FACTS = ['overdue_corrective_actions'];

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('entity_summaries', table => {
    for (const fact of ENTITY_FACTS)
      table.integer(fact).notNullable().defaultTo(0);
  });
  await knex('summary_definitions').delete();
};

/**
 * Derived data: dropping it loses nothing; the older SQL recomputes the
 * summaries without corrective actions.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('entity_summaries', table => {
    table.dropColumns(...ENTITY_FACTS);
  });
  await knex('summary_definitions').delete();
};
