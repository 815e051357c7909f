// @ts-check

/*
 * Task notifications: one row per task and event (opened, due, escalated)
 * the suite has notified someone of. The row is written before the
 * notification is sent and the unique key on (task, event) lets only one
 * writer have it, so two replicas never send the same notification twice,
 * and a re-send (which the notifications backend would show as unread
 * again) never happens.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('task_notifications', table => {
    table.string('task_id', 36).notNullable();
    // 'opened', 'due' or 'escalated'.
    table.string('event', 16).notNullable();
    // The entity the notification went to: the assignee, or whom it escalated to.
    table.string('recipient', 255).notNullable();
    table.string('sent_at', 32).notNullable();
    table.unique(['task_id', 'event'], {
      indexName: 'task_notifications_once_idx',
    });
  });
};

/**
 * Drops the record of what was sent; the notifications themselves stay
 * with the notifications backend.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('task_notifications');
};
