// @ts-check

/*
 * The incident counts of the team scorecards (src/database/scorecardFacts.ts):
 * per entity every incident still open (reported, triaged, being
 * investigated or remediated), serious or not; per owner the open incidents
 * and the open serious ones the Teams table shows.
 *
 * Existing summaries were computed without these counts, so the recorded
 * definitions are dropped: reads fall back to the records until the
 * scheduled recompute rebuilds everything with the new columns.
 */

const ENTITY_FACTS = ['open_incidents'];
const OWNER_MEASURES = ['open_incidents', 'open_serious_incidents'];

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('entity_summaries', table => {
    for (const fact of ENTITY_FACTS)
      table.integer(fact).notNullable().defaultTo(0);
  });
  await knex.schema.alterTable('owner_summaries', table => {
    for (const measure of OWNER_MEASURES)
      table.bigInteger(measure).notNullable().defaultTo(0);
  });
  await knex('summary_definitions').delete();
};

/**
 * Derived data: dropping it loses nothing; the older SQL recomputes the
 * summaries without the team incident counts.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('owner_summaries', table => {
    table.dropColumns(...OWNER_MEASURES);
  });
  await knex.schema.alterTable('entity_summaries', table => {
    table.dropColumns(...ENTITY_FACTS);
  });
  await knex('summary_definitions').delete();
};
