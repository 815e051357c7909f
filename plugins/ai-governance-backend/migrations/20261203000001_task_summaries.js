// @ts-check

/*
 * The scorecard facts of tasks (src/database/scorecardFacts.ts): per entity
 * its open revalidations, the overdue ones (which cap the level at bronze)
 * and its overdue open tasks of any kind; per owner the overdue tasks the
 * team scorecards show.
 *
 * Existing summaries were computed without tasks, so the recorded
 * definitions are dropped: reads fall back to the records until the
 * scheduled recompute rebuilds everything with the new columns.
 */

const ENTITY_FACTS = [
  'revalidation_due',
  'overdue_revalidations',
  'overdue_tasks',
];
const OWNER_MEASURES = ['overdue_tasks'];

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
 * summaries without tasks.
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
