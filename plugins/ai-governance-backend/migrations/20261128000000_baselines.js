// @ts-check

/*
 * Initial governance records created in one request (by the onboarding
 * templates). One row per entity: the request id makes a retried request
 * return what the first one created instead of creating it twice.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('baselines', table => {
    table.string('entity_ref', 255).primary();
    table.string('request_id', 255).notNullable();
    table.string('created_at', 32).notNullable();
    table.string('created_by', 255).notNullable();
    // { assessmentId, riskIds, controlIds } as JSON text.
    table.text('record_ids').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('baselines');
};
