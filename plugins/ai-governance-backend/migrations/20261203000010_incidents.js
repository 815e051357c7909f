// @ts-check

/*
 * Incidents: what went wrong with an AI system, from the report to its
 * closure, versioned like every record and bound to its history events;
 * and the append-only timeline entries of each (comments, status changes,
 * attachments through evidence).
 *
 * `report_due_at` is stored beside the awareness time and category it is
 * computed from so that the org-wide list can filter overdue serious
 * incidents, and the reminders find them, in SQL. Timestamps are ISO text,
 * which compares in time order on SQLite and PostgreSQL alike.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('incidents', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    table.string('title', 255).notNullable();
    table.text('description').notNullable();
    table.string('detected_at', 32).notNullable();
    table.string('aware_at', 32).notNullable();
    table.string('reporter', 255).notNullable();
    table.string('severity', 16).notNullable();
    table.text('harm_categories').notNullable();
    table.integer('affected_count');
    table.text('affected_groups').notNullable();
    table.string('status', 16).notNullable();
    table.text('rejection_reason');
    table.text('containment');
    table.text('root_cause');
    table.text('risk_ids').notNullable();
    table.text('control_ids').notNullable();
    table.boolean('serious').notNullable();
    table.string('serious_category', 48);
    table.string('report_due_at', 32);
    // 'not-reported', 'initial-report-sent' or 'final-report-sent'.
    table.string('report_state', 24).notNullable();
    table.string('report_initial_sent_at', 32);
    table.string('report_final_sent_at', 32);
    table.string('report_authority', 255);
    table.integer('version').notNullable();
    table.string('created_at', 32).notNullable();
    table.string('created_by', 255).notNullable();
    table.string('updated_at', 32).notNullable();
    table.string('updated_by', 255).notNullable();
    table.index(['entity_ref', 'row_id'], 'incidents_entity_idx');
    table.index(['status', 'serious'], 'incidents_status_idx');
  });
  await knex.schema.createTable('incident_entries', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table
      .string('incident_id', 36)
      .notNullable()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table.string('entity_ref', 255).notNullable();
    // 'comment', 'status-change' or 'attachment'.
    table.string('kind', 16).notNullable();
    table.text('text');
    table.string('from_status', 16);
    table.string('to_status', 16);
    table.string('evidence_id', 36);
    table.string('created_at', 32).notNullable();
    table.string('created_by', 255).notNullable();
    table.index(['incident_id', 'row_id'], 'incident_entries_incident_idx');
  });
};

/**
 * Drops the incidents and their entries; their history events stay in the chain.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('incident_entries');
  await knex.schema.dropTable('incidents');
};
