// @ts-check

/*
 * The management reviews of the AI management system (ISO/IEC 42001 9.3):
 * one row per review, versioned like every record and bound to its history
 * events. `inputs` is the JSON snapshot assembled when the review was
 * created and never written again; decisions and actions are JSON lists
 * replaced as a whole. An action's status lives in its task (kind
 * `review-action`, cause `management-review`), so the row keeps only the
 * task's id.
 *
 * `entity_ref` is always the management system's own reference
 * (AIMS_ENTITY_REF of -common), as on audits.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('management_reviews', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    table.string('title', 255).notNullable();
    table.string('planned_at', 10).notNullable();
    table.string('held_at', 10);
    table.string('chair', 255).notNullable();
    // JSON lists: user refs, decision texts, actions without their status.
    table.text('attendees').notNullable();
    table.text('decisions').notNullable();
    table.text('actions').notNullable();
    // 'planned', 'held' or 'closed'.
    table.string('status', 16).notNullable();
    table.text('inputs').notNullable();
    table.string('closed_at', 32);
    table.integer('version').notNullable();
    table.string('created_at', 32).notNullable();
    table.string('created_by', 255).notNullable();
    table.string('updated_at', 32).notNullable();
    table.string('updated_by', 255).notNullable();
    // The list by planned date, and the 9.3 pre-fill by status and date held.
    table.index(['planned_at'], 'management_reviews_planned_idx');
    table.index(['status', 'held_at'], 'management_reviews_status_idx');
  });
};

/**
 * Drops the reviews; their history events and their actions' tasks stay.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('management_reviews');
};
