// @ts-check

/*
 * Incident notifications: one row per incident and event (reported to the
 * owner, serious to the governance office, the reminder before the Art. 73
 * report is due) the suite has notified someone of. As for tasks, the row
 * is written before the notification is sent and the unique key on
 * (incident, event) lets only one writer have it, so no notification is
 * ever sent twice.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('incident_notifications', table => {
    table.string('incident_id', 36).notNullable();
    // 'reported', 'serious' or 'report-due'.
    table.string('event', 16).notNullable();
    table.string('recipient', 255).notNullable();
    table.string('sent_at', 32).notNullable();
    table.unique(['incident_id', 'event'], {
      indexName: 'incident_notifications_once_idx',
    });
  });
};

/**
 * Drops the record of what was sent; the notifications themselves stay
 * with the notifications backend.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('incident_notifications');
};
