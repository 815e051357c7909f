// @ts-check

/*
 * Objectives of the AI management system (ISO/IEC 42001 6.2, 9.1): one row
 * per objective, versioned like every record and bound to its history
 * events; `entity_ref` is always the management system's own reference
 * (AIMS_ENTITY_REF of -common). The current value of an objective's measure
 * is computed when read, so it is not stored here.
 *
 * Its history is one snapshot per objective and UTC day, written by the
 * daily job: the unique key on (objective_id, day) is what keeps it to one
 * row when replicas run the job at once (their inserts ignore the
 * conflict), and what makes re-running a day harmless.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aims_objectives', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    table.string('title', 255).notNullable();
    table.text('description').notNullable();
    table.string('owner', 255).notNullable();
    table.string('measure', 64).notNullable();
    table.double('target_value').notNullable();
    // 'at-least' or 'at-most'.
    table.string('target_direction', 16).notNullable();
    table.string('due_date', 10).notNullable();
    table.integer('version').notNullable();
    table.string('created_at', 32).notNullable();
    table.string('created_by', 255).notNullable();
    table.string('updated_at', 32).notNullable();
    table.string('updated_by', 255).notNullable();
  });
  await knex.schema.createTable('aims_objective_snapshots', table => {
    table.increments('row_id');
    table.string('objective_id', 36).notNullable();
    // The UTC day, YYYY-MM-DD.
    table.string('day', 10).notNullable();
    table.double('value').notNullable();
    table.string('recorded_at', 32).notNullable();
    table.unique(['objective_id', 'day'], {
      indexName: 'aims_objective_snapshots_day_uq',
    });
  });
};

/**
 * Drops the objectives and their snapshots; their history events stay in
 * the chain.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aims_objective_snapshots');
  await knex.schema.dropTable('aims_objectives');
};
