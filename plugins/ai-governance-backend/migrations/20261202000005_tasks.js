// @ts-check

/*
 * Tasks: work someone is to do on an AI system (a revalidation after a
 * material change, a reassessment, a review), versioned like every record
 * and bound to its history events.
 *
 * `open_key` is set while a task is open and the kind allows only one open
 * task per entity (a revalidation, a reassessment); completing or
 * dismissing it clears the key. The unique key on (entity, open_key) makes
 * a second open copy fail instead of being written (NULLs never collide,
 * on SQLite and PostgreSQL alike).
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('tasks', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    table.string('kind', 32).notNullable();
    table.string('cause_type', 16).notNullable();
    table.string('cause_id', 255);
    table.text('control_ids').notNullable();
    table.string('assignee', 255);
    table.string('due_at', 10).notNullable();
    // 'open', 'done' or 'dismissed'.
    table.string('status', 16).notNullable();
    table.text('outcome');
    table.text('dismiss_reason');
    table.text('evidence_ids').notNullable();
    table.string('completed_by', 255);
    table.string('completed_at', 32);
    table.string('open_key', 64);
    table.integer('version').notNullable();
    table.string('created_at', 32).notNullable();
    table.string('created_by', 255).notNullable();
    table.string('updated_at', 32).notNullable();
    table.string('updated_by', 255).notNullable();
    table.unique(['entity_ref', 'open_key'], {
      indexName: 'tasks_open_once_idx',
    });
    table.index(['entity_ref', 'row_id'], 'tasks_entity_idx');
    table.index(['assignee', 'status'], 'tasks_assignee_idx');
  });
};

/**
 * Drops the tasks; their history events stay in the chain.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('tasks');
};
