// @ts-check

/*
 * Governance records of the AI governance plugin.
 *
 * Timestamps are UTC ISO 8601 text (`2026-11-27T10:00:00.000Z`) and dates are
 * `YYYY-MM-DD` text: both sort correctly as strings and read back the same on
 * SQLite and PostgreSQL. JSON is stored as text.
 */

/**
 * @param {import('knex').Knex.CreateTableBuilder} table
 */
function recordMeta(table) {
  table.integer('version').notNullable().defaultTo(1);
  table.string('created_at', 32).notNullable();
  table.string('created_by', 255).notNullable();
  table.string('updated_at', 32).notNullable();
  table.string('updated_by', 255).notNullable();
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // Catalog snapshots, refreshed on a schedule and whenever a record is
  // written, so scorecards and permission filters run as SQL joins.
  await knex.schema.createTable('governed_entities', table => {
    table.string('entity_ref', 255).primary();
    table.string('kind', 64).notNullable();
    table.string('title', 255);
    table.string('owner_ref', 255);
    table.string('risk_tier', 32);
    table.text('purpose');
    table.string('lifecycle', 64);
    table.string('synced_at', 32).notNullable();
    table.index(['owner_ref'], 'governed_entities_owner_idx');
    table.index(['kind'], 'governed_entities_kind_idx');
  });
  await knex.schema.createTable('catalog_groups', table => {
    table.string('group_ref', 255).primary();
    table.string('parent_ref', 255);
    table.index(['parent_ref'], 'catalog_groups_parent_idx');
  });

  await knex.schema.createTable('risks', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    table.string('title', 255).notNullable();
    table.text('description').notNullable().defaultTo('');
    table.string('category', 255).notNullable();
    table.string('source', 255);
    table.string('lifecycle_stage', 32).notNullable();
    table.integer('likelihood').notNullable();
    table.integer('impact').notNullable();
    table.integer('score').notNullable();
    table.string('level', 16).notNullable();
    table.string('treatment', 16).notNullable();
    table.text('treatment_plan').notNullable().defaultTo('');
    table.text('control_ids').notNullable().defaultTo('[]');
    table.integer('residual_likelihood');
    table.integer('residual_impact');
    table.integer('residual_score');
    table.string('residual_level', 16);
    table.string('owner_ref', 255);
    table.string('status', 16).notNullable();
    table.string('due_date', 10);
    table.string('next_review_date', 10);
    table.string('accepted_by', 255);
    table.string('accepted_at', 32);
    table.string('acceptance_expires_at', 10);
    recordMeta(table);
    table.index(['entity_ref', 'row_id'], 'risks_entity_idx');
    table.index(['entity_ref', 'status', 'level'], 'risks_entity_status_idx');
  });

  await knex.schema.createTable('control_statuses', table => {
    table.string('entity_ref', 255).notNullable();
    table.string('control_id', 16).notNullable();
    table.boolean('applicable').notNullable();
    table.text('justification');
    table.string('status', 16).notNullable();
    table.string('owner_ref', 255);
    table.string('due_date', 10);
    recordMeta(table);
    table.primary(['entity_ref', 'control_id']);
  });

  await knex.schema.createTable('evidence', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    table.string('title', 255).notNullable();
    table.string('kind', 32).notNullable();
    table.text('url');
    table.string('file_name', 255);
    table.string('media_type', 255);
    table.bigInteger('size');
    table.string('sha256', 64);
    table.string('collected_at', 32).notNullable();
    table.string('expires_at', 32);
    recordMeta(table);
    table.index(['entity_ref', 'row_id'], 'evidence_entity_idx');
  });
  await knex.schema.createTable('evidence_links', table => {
    table.string('evidence_id', 36).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('target_type', 16).notNullable();
    table.string('target_id', 64).notNullable();
    table.primary(['evidence_id', 'target_type', 'target_id']);
    table.index(
      ['entity_ref', 'target_type', 'target_id'],
      'evidence_links_target_idx',
    );
  });
  // Uploaded evidence, content-addressed: identical files share one row and
  // nothing is ever overwritten.
  await knex.schema.createTable('evidence_blobs', table => {
    table.string('sha256', 64).primary();
    table.bigInteger('size').notNullable();
    table.binary('content').notNullable();
    table.string('created_at', 32).notNullable();
  });

  await knex.schema.createTable('assessments', table => {
    table.increments('row_id');
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 255).notNullable();
    table.string('type', 32).notNullable();
    table.text('answers').notNullable();
    table.text('result');
    table.string('status', 16).notNullable();
    table.string('approved_by', 255);
    table.string('approved_at', 32);
    recordMeta(table);
    table.index(['entity_ref', 'type', 'status'], 'assessments_entity_idx');
  });

  // Append-only, hash-chained history: one row per change.
  await knex.schema.createTable('history', table => {
    table.bigInteger('seq').primary();
    table.string('at', 32).notNullable();
    table.string('actor', 255).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('record_type', 16).notNullable();
    table.string('record_id', 64).notNullable();
    table.string('action', 32).notNullable();
    table.text('before');
    table.text('after');
    table.string('prev_hash', 64).notNullable();
    table.string('hash', 64).notNullable();
    table.index(['entity_ref', 'seq'], 'history_entity_idx');
  });

  if (knex.client.config.client === 'pg') {
    await knex.raw(`
      CREATE FUNCTION ai_governance_history_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'history is append-only';
      END;
      $$ LANGUAGE plpgsql`);
    await knex.raw(`
      CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history
      FOR EACH ROW EXECUTE FUNCTION ai_governance_history_append_only()`);
  } else {
    await knex.raw(`
      CREATE TRIGGER history_no_update BEFORE UPDATE ON history
      BEGIN SELECT RAISE(ABORT, 'history is append-only'); END`);
    await knex.raw(`
      CREATE TRIGGER history_no_delete BEFORE DELETE ON history
      BEGIN SELECT RAISE(ABORT, 'history is append-only'); END`);
  }
};

/**
 * Drops every governance record, history included: for development only.
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('history');
  if (knex.client.config.client === 'pg') {
    await knex.raw(
      'DROP FUNCTION IF EXISTS ai_governance_history_append_only()',
    );
  }
  for (const table of [
    'assessments',
    'evidence_blobs',
    'evidence_links',
    'evidence',
    'control_statuses',
    'risks',
    'catalog_groups',
    'governed_entities',
  ]) {
    await knex.schema.dropTable(table);
  }
};
