// @ts-check

/*
 * Training records of the AI management system (ISO/IEC 42001 7.2, 7.3;
 * EU AI Act Art. 4): one row per completion of a course by a person,
 * versioned like every record and bound to its history events.
 *
 * `entity_ref` is the person's user entity ref: a record belongs to its
 * person, and its history events name them. The course catalogue is
 * configuration, not a table, so `course_id` refers to it by id.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('training_records', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    table.string('course_id', 64).notNullable();
    table.string('completed_at', 10).notNullable();
    // NULL for a course that never expires.
    table.string('expires_at', 10);
    table.text('evidence').notNullable();
    table.string('recorded_by', 255).notNullable();
    table.integer('version').notNullable();
    table.string('created_at', 32).notNullable();
    table.string('created_by', 255).notNullable();
    table.string('updated_at', 32).notNullable();
    table.string('updated_by', 255).notNullable();
    // A person's records per course (coverage, renewals), and the expiry scan.
    table.index(['entity_ref', 'course_id'], 'training_records_user_idx');
    table.index(['expires_at'], 'training_records_expiry_idx');
  });
};

/**
 * Drops the training records; their history events stay in the chain.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('training_records');
};
