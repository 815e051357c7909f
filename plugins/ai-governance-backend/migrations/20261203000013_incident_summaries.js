// @ts-check

/*
 * The scorecard fact of incidents (src/database/scorecardFacts.ts): per
 * entity its serious incidents still open (reported, triaged, being
 * investigated or remediated), any one of which caps the system at bronze.
 *
 * Existing summaries were computed without incidents, so the recorded
 * definitions are dropped: reads fall back to the records until the
 * scheduled recompute rebuilds everything with the new column.
 */

const ENTITY_FACTS = ['open_serious_incidents'];

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
 * summaries without incidents.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('entity_summaries', table => {
    table.dropColumns(...ENTITY_FACTS);
  });
  await knex('summary_definitions').delete();
};
