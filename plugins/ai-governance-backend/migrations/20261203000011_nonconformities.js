// @ts-check

/*
 * Nonconformities (ISO/IEC 42001 clause 10.2) and their corrective actions,
 * versioned like every record and bound to their history events.
 *
 * Corrective actions are a child table rather than a JSON column of the
 * nonconformity: the scorecard counts overdue actions in SQL (not done, due
 * before today) and the CSV export lists them row by row, both across
 * entities, which plain columns do alike on SQLite and PostgreSQL. They are
 * still written only with their nonconformity, in its transaction, under
 * its version and in its history event: `position` keeps their order.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('nonconformities', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    table.string('source', 32).notNullable();
    table.string('source_id', 255);
    table.text('description').notNullable();
    table.text('correction');
    table.text('root_cause');
    // 'open', 'actions-planned', 'verifying' or 'closed'.
    table.string('status', 16).notNullable();
    // The latest effectiveness review; all null until one is recorded.
    table.string('review_by', 255);
    table.string('review_at', 32);
    table.string('review_result', 16);
    table.text('review_notes');
    table.text('review_evidence_ids');
    table.integer('version').notNullable();
    table.string('created_at', 32).notNullable();
    table.string('created_by', 255).notNullable();
    table.string('updated_at', 32).notNullable();
    table.string('updated_by', 255).notNullable();
    table.index(['entity_ref', 'row_id'], 'nonconformities_entity_idx');
    table.index(['status'], 'nonconformities_status_idx');
  });
  await knex.schema.createTable('corrective_actions', table => {
    table.string('id', 36).notNullable().primary();
    table
      .string('nonconformity_id', 36)
      .notNullable()
      .references('id')
      .inTable('nonconformities')
      .onDelete('CASCADE');
    // Copied from the nonconformity so the scorecard groups without a join.
    table.string('entity_ref', 255).notNullable();
    table.integer('position').notNullable();
    table.text('description').notNullable();
    table.string('owner', 255).notNullable();
    table.string('due_date', 10).notNullable();
    // 'planned', 'in-progress' or 'done'.
    table.string('status', 16).notNullable();
    table.text('evidence_ids').notNullable();
    table.unique(['nonconformity_id', 'position'], {
      indexName: 'corrective_actions_order_idx',
    });
    table.index(
      ['entity_ref', 'status', 'due_date'],
      'corrective_actions_due_idx',
    );
  });
};

/**
 * Drops nonconformities and their actions; their history events stay in the chain.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('corrective_actions');
  await knex.schema.dropTable('nonconformities');
};
