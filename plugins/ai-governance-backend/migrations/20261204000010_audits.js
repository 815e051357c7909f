// @ts-check

/*
 * The internal audit programme of the AI management system (ISO/IEC 42001
 * 9.2): one row per audit, versioned like every record and bound to its
 * history events. Its findings are a JSON list in the row: they are only
 * added, always read with their audit, and a finding's nonconformity is a
 * record of its own (nonconformities.source_id names the audit and finding).
 *
 * `entity_ref` is always the management system's own reference
 * (AIMS_ENTITY_REF of -common), as on aims_clause_assessments.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('audits', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    table.integer('year').notNullable();
    table.string('title', 255).notNullable();
    // JSON { clauses, controls, systems } and a JSON list of user refs.
    table.text('scope').notNullable();
    table.text('auditors').notNullable();
    table.string('lead_auditor', 255).notNullable();
    table.string('planned_start', 10).notNullable();
    table.string('planned_end', 10).notNullable();
    // 'planned', 'in-progress', 'completed' or 'cancelled'.
    table.string('status', 16).notNullable();
    table.text('cancel_reason');
    table.text('summary').notNullable();
    table.string('completed_at', 32);
    table.text('findings').notNullable();
    table.integer('version').notNullable();
    table.string('created_at', 32).notNullable();
    table.string('created_by', 255).notNullable();
    table.string('updated_at', 32).notNullable();
    table.string('updated_by', 255).notNullable();
    // The programme of a year, and the 9.2 pre-fill by status.
    table.index(['year', 'planned_start'], 'audits_year_idx');
    table.index(['status', 'completed_at'], 'audits_status_idx');
  });
};

/**
 * Drops the audits; their history events stay in the chain.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('audits');
};
